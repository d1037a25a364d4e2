// A record's row of the decision map: each concept's cell, from an analysis (the CLI, the editor) or from a
// `check --format json` entry (merged maps). Thin is a present section that a substance rule asks more of;
// suppressed is a missing or hollow one whose finding a `customer-lens-disable` comment silenced.

import { SUBSTANCE } from '../engine/judge';
import { RULES } from '../engine/rules';
import { CONCEPTS, type ConceptId, type Kind, type Status } from '../engine/types';
import type { Cell } from './model';

export interface ConceptFacts {
  concept: ConceptId;
  state: 'present' | 'hollow' | 'missing';
  required: boolean;
  /** 1-based line of the concept's heading, when it has one. */
  line?: number;
}

export interface FindingFacts {
  rule: string;
  concept?: ConceptId;
  message: string;
}

export interface SuppressedFacts {
  rule: string;
  concept?: ConceptId;
  reason: string;
}

const SUBSTANCE_RULES = new Set(SUBSTANCE.map((s) => s.rule));

const unique = (items: string[]) => [...new Set(items)];

export function cellsOf(concepts: readonly ConceptFacts[], findings: readonly FindingFacts[], suppressed: readonly SuppressedFacts[]): Record<ConceptId, Cell> {
  const cells = {} as Record<ConceptId, Cell>;
  for (const concept of CONCEPTS) {
    const fact = concepts.find((c) => c.concept === concept);
    if (!fact) {
      cells[concept] = { state: 'not-required', required: false };
      continue;
    }
    const cell: Cell = { state: fact.state, required: fact.required, ...(fact.line !== undefined ? { line: fact.line } : {}) };
    if (fact.state === 'missing' && !fact.required) cell.state = 'not-required';
    else if (fact.state === 'present') {
      const thin = findings.filter((f) => f.concept === concept && SUBSTANCE_RULES.has(f.rule));
      if (thin.length > 0) cell.state = 'thin';
      if (thin.length > 0) cell.note = unique(thin.map((f) => f.message)).join(' ');
    } else {
      const silenced = suppressed.filter((s) => s.concept === concept || s.rule === concept);
      const open = findings.some((f) => f.concept === concept);
      if (silenced.length > 0 && !open) {
        cell.state = 'suppressed';
        cell.note = unique(silenced.map((s) => s.reason)).join('; ');
      }
    }
    cells[concept] = cell;
  }
  return cells;
}

export type JsonConceptState = 'present' | 'hollow' | 'missing' | 'not-required';

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
export function cellsFromJson(kind: Kind, status: Status, states: Partial<Record<ConceptId, JsonConceptState>>, diagnostics: readonly JsonDiagnosticFacts[]): { cells: Record<ConceptId, Cell>; notes: string[] } {
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
