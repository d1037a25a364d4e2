// The worst shapes of text for memory: one CLI run per shape on a file of it, as long as the limits allow (just
// under the line limit, or the size limit for long lines), against a run on a one-line record. The figure is
// peak resident memory over that baseline, per byte of text; the size and line limits are set from it
// (server/src/engine/config/defaults.ts).

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, expectStatus, log, runNode } from './lib.mjs';

const MAX_LINES = 100_000;
const MAX_BYTES = 16 * 1024 * 1024;

/** Each shape as one repeated unit of text. */
export const SHAPES = {
  'empty `#` headings': '#\n',
  'setext headings': 'a\n=\n',
  '`##` headings with a word': '## x\n',
  'bold labels': '**Customer impact:** x\n\n',
  'list labels': '- Customer impact: x\n',
  'empty list items': '-\n',
  'block quotes': '>\n',
  'HTML comments': '<!-- a -->\n\n',
  'status lines': 'Status: accepted\n',
  'long prose lines (16 MiB)': `${'The shop owners will see their invoices split by shop from May. '.repeat(160)}\n\n`,
};

/** The shape's text: as many units as fit under the line limit and the size limit. */
function textOf(unit) {
  const lines = unit.split('\n').length - 1;
  const count = Math.min(Math.floor((MAX_LINES - 10) / lines), Math.floor((MAX_BYTES - 100) / unit.length));
  return `# Shape\n\n${unit.repeat(count)}`;
}

export function memoryRuns({ tmp }) {
  const dir = path.join(tmp, 'memory', 'docs', 'adr');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, '0001.md'), '# One line\n');
  const base = expectStatus('baseline', runNode([CLI, 'check', path.join(dir, '0001.md')], { cwd: tmp, tmp, usage: true }), [0, 1]).rssKb;
  const shapes = [];
  for (const [name, unit] of Object.entries(SHAPES)) {
    const text = textOf(unit);
    const file = path.join(dir, '0001.md');
    writeFileSync(file, text);
    const r = expectStatus(name, runNode([CLI, 'check', file, '--format', 'json'], { cwd: tmp, tmp, usage: true }), [0, 1]);
    const shape = { name, bytes: text.length, lines: text.split('\n').length, peakKb: r.rssKb, bytesPerByte: ((r.rssKb - base) * 1024) / text.length };
    log(`bench: memory, ${name}: ${(shape.bytes / 2 ** 20).toFixed(2)} MiB, peak ${(r.rssKb / 1024).toFixed(0)} MB, ${shape.bytesPerByte.toFixed(1)} B per byte`);
    shapes.push(shape);
  }
  return { baseKb: base, shapes };
}
