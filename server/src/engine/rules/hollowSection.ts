// The shape of empty-section and placeholder-text: a customer section that is there but says nothing.

import { format, type Catalog } from '../l10n';
import type { Hollowness } from '../types';
import type { RuleDefinition } from './rule';

export function hollowSectionRule(
  id: string,
  description: string,
  hollowness: Exclude<Hollowness, 'no-impact'>,
  message: (catalog: Catalog) => string,
): RuleDefinition {
  return {
    id,
    description,
    defaultSeverity: () => 'warning',
    check(ctx) {
      for (const s of ctx.conceptSections) {
        if (ctx.hollowness(s) !== hollowness) continue;
        const concept = s.concepts[0];
        ctx.report(s.labelRange, format(message(ctx.catalog), { label: s.label, prompt: ctx.catalog.concepts[concept].prompt }), concept);
      }
    },
  };
}
