// With --since, what a pull request did to each changed record's customer concepts ("Customer impact: missing
// → present", "Value created: still missing"), and the coverage of those records before and after.

import { catalogFor, CONCEPTS, type ConceptId } from '../engine';
import type { ChecklistEntry, FileResult } from './check';
import { cell } from './checklistTable';
import { conceptStates, type JsonConceptState } from './json';

const WORD: Record<JsonConceptState, string> = { present: 'present', hollow: 'empty or placeholder', missing: 'missing', 'not-required': 'not asked' };

function counts(checklist: readonly ChecklistEntry[]): { present: number; required: number } {
  const required = checklist.filter((c) => c.required);
  return { present: required.filter((c) => c.state === 'present').length, required: required.length };
}

function pct(present: number, required: number): string {
  return required > 0 ? `${Math.round((present / required) * 1000) / 10}%` : 'n/a';
}

/** One line per concept the record is asked for or has: what the change did to it. */
function conceptLines(f: FileResult, heading: (c: ConceptId) => string): string[] {
  const now = conceptStates(f.checklist ?? []);
  const before = f.base ? conceptStates(f.base.checklist) : undefined;
  const lines: string[] = [];
  for (const c of CONCEPTS) {
    const after = now[c];
    const was = before?.[c];
    if (after === 'not-required' && (was === undefined || was === 'not-required')) continue;
    if (was === undefined) lines.push(`${heading(c)}: ${WORD[after]}`);
    else if (was !== after) lines.push(`${heading(c)}: ${WORD[was]} → ${WORD[after]}`);
    else if (after !== 'present') lines.push(`${heading(c)}: still ${WORD[after]}`);
  }
  return lines;
}

/** The section of the PR comment and the step summary; none when the run was not a --since one. */
export function changeSummary(files: FileResult[]): string[] {
  const changed = files.filter((f) => f.kind !== 'config' && f.base !== undefined);
  if (changed.length === 0) return [];
  const heading = (c: ConceptId) => catalogFor('en').concepts[c].heading;
  let before = { present: 0, required: 0 };
  let after = { present: 0, required: 0 };
  const out = ['### What this change does for the customer', ''];
  for (const f of changed) {
    const now = counts(f.checklist ?? []);
    const was = f.base ? counts(f.base.checklist) : { present: 0, required: 0 };
    after = { present: after.present + now.present, required: after.required + now.required };
    before = { present: before.present + was.present, required: before.required + was.required };
    out.push(`- \`${cell(f.path)}\`${f.base === null ? ' **(new)**' : ''}`);
    const lines = conceptLines(f, heading);
    for (const line of lines.length > 0 ? lines : ['every customer concept still present']) out.push(`  - ${line}`);
  }
  out.push(
    '',
    `Coverage of the changed records: ${pct(before.present, before.required)} → ${pct(after.present, after.required)} ` +
      `(${before.present}/${before.required} → ${after.present}/${after.required} required concepts present; a new record counts from nothing).`,
    '',
  );
  return out;
}
