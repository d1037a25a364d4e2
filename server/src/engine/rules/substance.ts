// The shape of the four substance rules: a customer section that says something, but not what it must
// (who, how they feel, a number, a source). judge.ts decides whether a section gives the rule's signal; the
// hover shows the same verdicts.

import { HISTORY } from '../classify';
import type { Signal } from '../config/defaults';
import type { Catalog } from '../l10n';
import type { ConceptId } from '../types';
import type { RuleDefinition } from './rule';

export function substanceRule(id: string, description: string, signal: Signal, concepts: readonly ConceptId[], message: (c: Catalog) => string): RuleDefinition {
  return {
    id,
    description,
    substance: { signal, concepts },
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
