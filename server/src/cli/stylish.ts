// `--format stylish`: findings grouped by file, for people at a terminal. Each message is wrapped to the
// terminal's width (80 columns when there is no terminal) under its own column, so a line never runs past the
// edge; the rule id ends the finding. The last line sums the run up, and says it passed only when it did.

import type { Severity } from '../engine';
import { summarise, type ChecklistEntry, type FileResult } from './check';
import type { ComparedState } from '../engine/compare';

const COLOURS: Record<Severity | 'dim' | 'bold', string> = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  hint: '\x1b[90m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
};

export interface StylishOptions {
  colour: boolean;
  /** Columns to fit in. */
  width: number;
  /** The run's exit code: the summary line says "passed" (✔) only for 0, and is left out for 2. */
  exitCode: number;
  /** Each file's checklist under its findings, clean files included. */
  explain?: boolean;
}

/** Splits `text` into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

const MARKS: Record<ComparedState, string> = { present: '✔', hollow: '⚠', missing: '✖', 'not-required': '-' };

/** The checklist under a file's findings: each concept, its state, and the heading or label that counted, with its line. */
function explainLines(checklist: readonly ChecklistEntry[]): { text: string; dim: boolean }[] {
  const rows = checklist.map((c) => {
    const state: ComparedState = c.state === 'missing' && !c.required ? 'not-required' : c.state;
    return { state, concept: c.concept, where: c.label !== undefined ? `"${c.label}", line ${c.line}` : '' };
  });
  const conceptWidth = Math.max(...rows.map((r) => r.concept.length));
  const stateWidth = Math.max(...rows.map((r) => r.state.length));
  return [
    { text: '  checklist:', dim: false },
    ...rows.map((r) => ({ text: `    ${MARKS[r.state]} ${r.concept.padEnd(conceptWidth)}  ${r.state.padEnd(stateWidth)}  ${r.where}`.trimEnd(), dim: r.state === 'not-required' })),
  ];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatStylish(files: FileResult[], options: StylishOptions): string {
  const paint = (c: keyof typeof COLOURS, s: string) => (options.colour ? `${COLOURS[c]}${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const f of files) {
    if (f.findings.length === 0 && !(options.explain && f.checklist)) continue;
    const meta = `(${f.kind === 'config' || f.kind === 'persona' ? f.kind : `${f.kind}, ${f.status}`})`;
    if (f.path.length + 1 + meta.length <= options.width) out.push(`${paint('bold', f.path)} ${paint('dim', meta)}`);
    else out.push(paint('bold', f.path), `  ${paint('dim', meta)}`);
    const at = (d: (typeof f.findings)[number]) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    const posWidth = f.findings.reduce((w, d) => Math.max(w, at(d).length), 0);
    const sevWidth = f.findings.reduce((w, d) => Math.max(w, d.severity.length), 0);
    const indent = 2 + posWidth + 2 + sevWidth + 2;
    const room = Math.max(20, options.width - indent);
    for (const d of f.findings) {
      const lines = wrap(d.message, room);
      const last = lines.length - 1;
      // The rule id closes the last line when it fits there, else it takes a line of its own.
      const ruleFits = lines[last].length + 2 + d.rule.length <= room;
      lines.forEach((text, i) => {
        const lead = i === 0 ? `  ${paint('dim', at(d).padStart(posWidth))}  ${paint(d.severity, d.severity.padEnd(sevWidth))}  ` : ' '.repeat(indent);
        out.push(`${lead}${text}${i === last && ruleFits ? `  ${paint('dim', d.rule)}` : ''}`);
      });
      if (!ruleFits) out.push(`${' '.repeat(indent)}${paint('dim', d.rule)}`);
    }
    if (options.explain && f.checklist) for (const line of explainLines(f.checklist)) out.push(line.dim ? paint('dim', line.text) : line.text);
    out.push('');
  }
  if (options.exitCode === 2) return out.join('\n').trimEnd();
  const s = summarise(files);
  const clean = files.filter((f) => f.findings.length === 0).length;
  const total = s.errors + s.warnings + s.infos + s.hints;
  const counts = [s.errors > 0 && plural(s.errors, 'error'), s.warnings > 0 && plural(s.warnings, 'warning'), s.infos > 0 && `${s.infos} info`, s.hints > 0 && plural(s.hints, 'hint')]
    .filter((c) => c !== false)
    .join(', ');
  const line =
    s.files === 0
      ? 'no decision records or specs to check'
      : total === 0
        ? `${plural(s.files, 'file')} checked: nothing to report`
        : `${plural(total, 'finding')} in ${plural(s.files - clean, 'file')}: ${counts}${clean > 0 ? `; ${plural(clean, 'file')} clean` : ''}`;
  const [mark, colour] = options.exitCode !== 0 ? ['✖', 'error' as const] : total > 0 ? ['⚠', 'warning' as const] : ['✔', 'info' as const];
  wrap(line, Math.max(20, options.width - 2)).forEach((text, i) => out.push(paint(colour, `${i === 0 ? mark : ' '} ${text}`)));
  return out.join('\n');
}
