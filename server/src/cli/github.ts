// `--format github`: workflow commands that GitHub turns into annotations on the pull request's diff.

import type { Severity } from '../engine';
import { changeSummary } from './changes';
import { summarise, type FileResult } from './check';
import { checklistTable, LEGEND } from './checklistTable';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** A workflow command's message: `%`, CR and LF escaped. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(files: FileResult[]): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of f.findings) {
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`Customer Lens: ${d.rule}`)}`,
      ];
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.join('\n');
}

/** The run summary (GITHUB_STEP_SUMMARY): every file's checklist. */
export function githubStepSummary(files: FileResult[]): string {
  const s = summarise(files);
  return [
    '## Customer Lens',
    '',
    `${s.files} file${s.files === 1 ? '' : 's'} checked: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} info, ${s.hints} hints.`,
    '',
    ...(files.length > 0 ? [...checklistTable(files), '', LEGEND] : ['No decision records or specs to check.']),
    '',
    ...changeSummary(files),
  ].join('\n');
}
