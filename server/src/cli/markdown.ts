// `--format markdown`: a pull-request comment. One row per file, then the findings, capped so the
// comment stays readable, with the count of the rest.

import { changeSummary } from './changes';
import { summarise, type FileResult } from './check';
import { cell, checklistTable, LEGEND } from './checklistTable';

export const MAX_LISTED_FINDINGS = 50;

const ICON = { error: '🔴', warning: '🟠', info: '🔵', hint: '⚪' } as const;

/** The personas the checked records name, each with the records that name it: whom the change affects. */
function personasAffected(files: FileResult[]): string[] {
  const byId = new Map<string, string[]>();
  for (const f of files) for (const id of f.personas ?? []) byId.set(id, [...(byId.get(id) ?? []), f.path]);
  if (byId.size === 0) return [];
  const out = ['**Personas affected**', ''];
  for (const [id, paths] of [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out.push(`- \`${cell(id)}\`: ${paths.map((p) => `\`${cell(p)}\``).join(', ')}`);
  return [...out, ''];
}

export function formatMarkdown(files: FileResult[], maxListed = MAX_LISTED_FINDINGS): string {
  const s = summarise(files);
  const out = ['## Customer Lens', ''];
  if (files.length === 0) {
    out.push('No decision records or specs to check.');
    return out.join('\n');
  }
  out.push(
    `Checked ${s.files} file${s.files === 1 ? '' : 's'}: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info, ${s.hints} hint${s.hints === 1 ? '' : 's'}.`,
    '',
    ...checklistTable(files),
    '',
    LEGEND,
    '',
    ...changeSummary(files),
    ...personasAffected(files),
  );
  let listed = 0;
  let rest = 0;
  for (const f of files) {
    if (f.findings.length === 0) continue;
    const room = Math.max(0, maxListed - listed);
    const shown = f.findings.slice(0, room);
    rest += f.findings.length - shown.length;
    if (shown.length === 0) continue;
    out.push(`### \`${cell(f.path)}\``, '');
    for (const d of shown) out.push(`- ${ICON[d.severity]} **${d.severity}** line ${d.range.start.line + 1}: ${cell(d.message)} (\`${d.rule}\`)`);
    out.push('');
    listed += shown.length;
  }
  if (rest > 0) out.push(`…and ${rest} more finding${rest === 1 ? '' : 's'} not listed here; run \`customer-lens check\` to see them all.`, '');
  return out.join('\n').trimEnd();
}
