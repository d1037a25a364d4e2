import { format } from '../l10n';
import { scanSuppressions } from '../suppress';
import { docsUrl, type Rule } from './rule';
import { RULE_IDS } from './ids';

const rule: Rule = {
  id: 'invalid-suppression',
  description: 'A customer-lens-disable comment names real rules and gives its reason after `--`.',
  docs: docsUrl('invalid-suppression'),
  defaultSeverity: () => 'warning',
  check(ctx) {
    const scan = scanSuppressions(ctx.document, RULE_IDS);
    for (const c of scan.unreasoned) ctx.report(c.range, ctx.catalog.messages.invalidSuppression);
    for (const u of scan.unknownRules) ctx.report(u.comment.range, format(ctx.catalog.messages.unknownSuppressedRule, { rule: u.rule }));
  },
};
export default rule;
