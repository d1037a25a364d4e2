// A record's row of the decision map: each concept's cell, from an analysis (the CLI, the editor) or from a
// `check --format json` entry (merged maps). Thin is a present section that a substance rule asks more of;
// suppressed is a missing or hollow one whose finding a `customer-lens-disable` comment silenced.

import { SUBSTANCE } from '../engine/rules';
import { CONCEPTS, type ConceptId } from '../engine/types';
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
