import { format } from '../l10n';
import type { RuleDefinition } from './rule';

const rule: RuleDefinition = {
  id: 'unused-persona',
  description: 'A persona card that no decision or spec references.',
  defaultSeverity: () => 'info',
  checkPersona(ctx) {
    if (ctx.personas?.usedBy?.(ctx.card.id) === 0) ctx.report(ctx.card.anchor, format(ctx.catalog.messages.unusedPersona, { id: ctx.card.id }));
  },
};
export default rule;
