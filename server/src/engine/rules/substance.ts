// The shape of the four substance rules: a customer section that says something, but not what it must
// (who, how they feel, a number, a source). judge.ts decides; the hover shows the same verdicts.

import { HISTORY } from '../classify';
import { SUBSTANCE } from '../judge';
import type { Catalog } from '../l10n';
import type { RuleDefinition } from './rule';

export function substanceRule(id: string, description: string, message: (c: Catalog) => string): RuleDefinition {
  if (!SUBSTANCE.some((s) => s.rule === id)) throw new Error(`${id} is not a substance rule of judge.ts`);
  return {
    id,
    description,
    defaultSeverity: () => 'info',
    note: 'quiet on rejected, deprecated and superseded records',
    check(ctx) {
      // History is not rewritten: these rules ask for more words, which a closed record will not get.
      if (HISTORY.includes(ctx.status)) return;
      for (const s of ctx.conceptSections) {
        for (const v of ctx.judgement(s)) {
          if (v.rule === id && !v.met) ctx.report(s.labelRange, message(ctx.catalog), v.concept);
        }
      }
    },
  };
}
