// A row of a merged map from a `check --format json` entry: its concepts' states and its diagnostics.

import { SUBSTANCE } from '../engine/rules';
import { RULES } from '../engine/rules';
import type { ComparedState } from '../engine/compare';
import { CONCEPTS, type ConceptId, type Kind, type Status } from '../engine/types';
import { cellsOf, type ConceptFacts, type FindingFacts } from './cells';
import type { Cell } from './model';

export interface JsonDiagnosticFacts {
  rule: string;
  message: string;
  line: number;
}

/**
 * Cells from a JSON entry. Its diagnostics do not say their concept: a substance rule that judges one concept
 * places itself; names-no-customer is placed by another substance finding on its line, or by being the only
 * candidate present; otherwise it goes in the record's notes. Suppressions are not in the JSON. A missing
 * concept is a required one (else it would be not-required); whether a written one is required, the rules say
 * from the kind and status, as with the default config.
 */
export function cellsFromJson(kind: Kind, status: Status, states: Partial<Record<ConceptId, ComparedState>>, diagnostics: readonly JsonDiagnosticFacts[]): { cells: Record<ConceptId, Cell>; notes: string[] } {
  const notes: string[] = [];
  const located: FindingFacts[] = [];
  const lineConcept = new Map<number, ConceptId>();
  for (const d of diagnostics) {
    const rule = SUBSTANCE.find((s) => s.rule === d.rule);
    if (rule && rule.concepts.length === 1) lineConcept.set(d.line, rule.concepts[0]);
  }
  for (const d of diagnostics) {
    const rule = SUBSTANCE.find((s) => s.rule === d.rule);
    if (!rule) continue;
    const present = rule.concepts.filter((c) => states[c] === 'present');
    const concept = rule.concepts.length === 1 ? rule.concepts[0] : (lineConcept.get(d.line) ?? (present.length === 1 ? present[0] : undefined));
    if (concept) located.push({ rule: d.rule, concept, message: d.message });
    else notes.push(`line ${d.line}: ${d.message} (${d.rule})`);
  }
  const concepts: ConceptFacts[] = [];
  for (const concept of CONCEPTS) {
    const state = states[concept];
    if (state === undefined || state === 'not-required') continue;
    const required = state === 'missing' || RULES.some((r) => r.concept?.id === concept && r.concept.required(kind, status));
    concepts.push({ concept, state, required });
  }
  return { cells: cellsOf(concepts, located, []), notes };
}
