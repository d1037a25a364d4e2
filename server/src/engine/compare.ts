// A record compared with an earlier version of itself: what happened to each customer concept, and the coverage
// before and after. The CLI's pull-request summary and the editor's diff hover word the same comparison.

import { CONCEPTS, type ConceptId, type ConceptReport } from './types';

/** A concept's state as the contract names it: present, hollow, missing, or not-required (absent and not asked for). */
export type ComparedState = 'present' | 'hollow' | 'missing' | 'not-required';

/** What a checklist says of a concept; the engine's ConceptReport and the CLI's checklist entry both are one. */
export type ConceptEntry = Pick<ConceptReport, 'concept' | 'state' | 'required'>;

export interface ConceptChange {
  concept: ConceptId;
  /** The state before; undefined when the record is new. */
  was?: ComparedState;
  now: ComparedState;
}

export function conceptStates(checklist: readonly ConceptEntry[]): Record<ConceptId, ComparedState> {
  const out = {} as Record<ConceptId, ComparedState>;
  for (const concept of CONCEPTS) {
    const entry = checklist.find((c) => c.concept === concept);
    out[concept] = !entry || (entry.state === 'missing' && !entry.required) ? 'not-required' : entry.state;
  }
  return out;
}

/**
 * The concepts worth a line, in the catalog's order: every one of a new record that is asked for or written,
 * and of an older one each that changed or is still not present. A concept present on both sides is left out.
 */
export function conceptChanges(before: readonly ConceptEntry[] | undefined, after: readonly ConceptEntry[]): ConceptChange[] {
  const now = conceptStates(after);
  const was = before ? conceptStates(before) : undefined;
  const out: ConceptChange[] = [];
  for (const concept of CONCEPTS) {
    const a = now[concept];
    const b = was?.[concept];
    if (a === 'not-required' && (b === undefined || b === 'not-required')) continue;
    if (b === undefined) out.push({ concept, now: a });
    else if (b !== a || a !== 'present') out.push({ concept, was: b, now: a });
  }
  return out;
}

export interface RequiredCount {
  present: number;
  required: number;
}

/** The required concepts present and required: coverage's numerator and denominator. */
export function requiredCount(checklist: readonly ConceptEntry[]): RequiredCount {
  const required = checklist.filter((c) => c.required);
  return { present: required.filter((c) => c.state === 'present').length, required: required.length };
}

/** Required concepts present ÷ required, over one record or many. */
export interface Coverage extends RequiredCount {
  /** A percentage with at most one decimal; undefined when nothing is required. */
  percent?: number;
}

/** A percentage with at most one decimal; undefined when nothing is required. */
export function coveragePercent(count: RequiredCount): number | undefined {
  return count.required > 0 ? Math.round((count.present / count.required) * 1000) / 10 : undefined;
}
