// `--format stylish`: findings grouped by file, readable in a terminal; colour only on a TTY.

import type { Severity } from '../engine';
import { summarise, type FileResult } from './check';

const COLOURS: Record<Severity | 'dim' | 'bold', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  hint: '\x1b[90m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
};

export function formatStylish(files: FileResult[], colour: boolean): string {
  const paint = (c: keyof typeof COLOURS, s: string) => (colour ? `${COLOURS[c]}${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const f of files) {
    if (f.findings.length === 0) continue;
    const meta = f.kind === 'config' ? 'config' : `${f.kind}, ${f.status}`;
    out.push(`${paint('bold', f.path)} ${paint('dim', `(${meta})`)}`);
    const width = f.findings.reduce((w, d) => Math.max(w, `${d.range.start.line + 1}:${d.range.start.character + 1}`.length), 0);
    for (const d of f.findings) {
      const pos = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padStart(width);
      out.push(`  ${paint('dim', pos)}  ${paint(d.severity, d.severity.padEnd(7))}  ${d.message}  ${paint('dim', d.rule)}`);
    }
    out.push('');
  }
  const s = summarise(files);
  const clean = files.filter((f) => f.findings.length === 0).length;
  const total = s.errors + s.warnings + s.infos + s.hints;
  const counts = `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info, ${s.hints} hint${s.hints === 1 ? '' : 's'}`;
  const line = `${total} finding${total === 1 ? '' : 's'} (${counts}) in ${s.files} file${s.files === 1 ? '' : 's'}; ${clean} with nothing to report`;
  out.push(s.errors > 0 ? paint('error', `✖ ${line}`) : total > 0 ? paint('warning', `⚠ ${line}`) : paint('info', `✔ ${line}`));
  return out.join('\n');
}
