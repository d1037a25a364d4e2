// With --since, what a pull request did to each changed record's customer concepts ("Customer impact: missing
// → present", "Value created: still missing"), and the coverage of those records before and after. The
// comparison is the engine's (engine/compare.ts); this is its English wording for a PR comment.

import { catalogFor, conceptChanges, coveragePercent, requiredCount, type ComparedState, type ConceptChange, type RequiredCount } from '../engine';
import type { FileResult } from './check';
import { cell } from './checklistTable';

const WORD: Record<ComparedState, string> = { present: 'present', hollow: 'empty or placeholder', missing: 'missing', 'not-required': 'not asked' };

function pct(count: RequiredCount): string {
  const p = coveragePercent(count);
  return p === undefined ? 'n/a' : `${p}%`;
}

function changeLine({ concept, was, now }: ConceptChange): string {
  const heading = catalogFor('en').concepts[concept].heading;
  if (was === undefined) return `${heading}: ${WORD[now]}`;
  return was === now ? `${heading}: still ${WORD[now]}` : `${heading}: ${WORD[was]} → ${WORD[now]}`;
}

/** The section of the PR comment and the step summary; none when the run was not a --since one. */
export function changeSummary(files: FileResult[]): string[] {
  const changed = files.filter((f) => f.kind !== 'config' && f.base !== undefined);
  if (changed.length === 0) return [];
  const before = { present: 0, required: 0 };
  const after = { present: 0, required: 0 };
  const out = ['### What this change does for the customer', ''];
  for (const f of changed) {
    const now = requiredCount(f.checklist ?? []);
    const was = f.base ? requiredCount(f.base.checklist) : { present: 0, required: 0 };
    after.present += now.present;
    after.required += now.required;
    before.present += was.present;
    before.required += was.required;
    out.push(`- \`${cell(f.path)}\`${f.base === null ? ' **(new)**' : ''}`);
    const lines = conceptChanges(f.base?.checklist, f.checklist ?? []).map(changeLine);
    for (const line of lines.length > 0 ? lines : ['every customer concept still present']) out.push(`  - ${line}`);
  }
  out.push(
    '',
    `Coverage of the changed records: ${pct(before)} → ${pct(after)} ` +
      `(${before.present}/${before.required} → ${after.present}/${after.required} required concepts present; a new record counts from nothing).`,
    '',
  );
  return out;
}
