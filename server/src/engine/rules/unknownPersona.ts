import { format } from '../l10n';
import { knows } from '../personas/directory';
import type { RuleDefinition } from './rule';

// Only in a workspace that keeps persona cards: elsewhere `customers: shop-owners` is just a name.
const rule: RuleDefinition = {
  id: 'unknown-persona',
  description: 'A record references a persona id that no persona card defines.',
  note: 'only in a workspace with at least one persona card',
  defaultSeverity: () => 'warning',
  check(ctx) {
    const personas = ctx.personas;
    if (!personas || personas.cards.length === 0) return;
    for (const ref of ctx.references) {
      if (ref.via === 'key' && !knows(personas, ref.id)) ctx.report(ref.range, format(ctx.catalog.messages.unknownPersona, { id: ref.id }));
    }
  },
};
export default rule;
