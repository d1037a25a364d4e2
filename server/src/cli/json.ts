// `--format json`: the contract's one JSON object.

import { CONCEPTS, type ConceptId, type Finding } from '../engine';
import { summarise, type ChecklistEntry, type FileResult } from './check';

/** The contract's state of each concept: present, hollow, missing, or not-required (absent and not asked for). */
export type JsonConceptState = 'present' | 'hollow' | 'missing' | 'not-required';

export function conceptStates(checklist: readonly ChecklistEntry[]): Record<ConceptId, JsonConceptState> {
  const out = {} as Record<ConceptId, JsonConceptState>;
  for (const concept of CONCEPTS) {
    const entry = checklist.find((c) => c.concept === concept);
    out[concept] = !entry || (entry.state === 'missing' && !entry.required) ? 'not-required' : entry.state;
  }
  return out;
}

export function toJsonDiagnostic(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  };
}

export function formatJson(files: FileResult[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: files.map((f) => ({
        path: f.path,
        kind: f.kind,
        status: f.status,
        // A config file has no concepts: the key is left out rather than filled with states it cannot have.
        ...(f.checklist ? { concepts: conceptStates(f.checklist) } : {}),
        // With --since: the record at the merge base, or null when the change adds it.
        ...(f.base !== undefined ? { base: f.base && { status: f.base.status, concepts: conceptStates(f.base.checklist) } } : {}),
        ...(f.personas ? { personas: f.personas } : {}),
        diagnostics: f.findings.map(toJsonDiagnostic),
      })),
      summary: summarise(files),
    },
    null,
    2,
  );
}
