import { format } from '../l10n';
import type { RuleDefinition } from './rule';

const rule: RuleDefinition = {
  id: 'invalid-suppression',
  description: 'A customer-lens-disable comment names real rules and gives its reason after `--`.',
  defaultSeverity: () => 'warning',
  // A suppression cannot hide what is wrong with suppressions.
  unsuppressible: true,
  check(ctx) {
    for (const c of ctx.suppressions.unreasoned) ctx.report(c.range, ctx.catalog.messages.invalidSuppression);
    for (const u of ctx.suppressions.unknownRules) ctx.report(u.comment.range, format(ctx.catalog.messages.unknownSuppressedRule, { rule: u.rule }));
  },
};
export default rule;
