// The floor: what reading and block-parsing every Markdown file costs in one Node process, with the same
// markdown-it settings as the engine (CommonMark, inline parsing disabled). Nothing is checked.
//
//   node bench/floor.mjs <folder>... [--mode block|full|read]
//
// block (default): read + core parse with the inline rules disabled, as the engine does.
// full: read + full parse with inlines, for reference.  read: read only.
// Prints one JSON line: { mode, files, bytes, tokens, ms }.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const MarkdownIt = require('markdown-it');

const args = process.argv.slice(2);
const mode = args.includes('--mode') ? args[args.indexOf('--mode') + 1] : 'block';
const roots = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--mode');
if (roots.length === 0 || !['block', 'full', 'read'].includes(mode)) {
  process.stderr.write('usage: node bench/floor.mjs <folder>... [--mode block|full|read]\n');
  process.exit(2);
}

const MARKDOWN = /\.(?:md|markdown)$/i;

function walk(dir, out) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== '.git') walk(path, out);
    } else if (e.isFile() && MARKDOWN.test(e.name)) out.push(path);
  }
  return out;
}

const started = performance.now();
const md = new MarkdownIt('commonmark');
if (mode === 'block') md.core.ruler.disable(['inline', 'text_join']);
let files = 0;
let bytes = 0;
let tokens = 0;
for (const path of roots.flatMap((root) => walk(root, []))) {
  const text = readFileSync(path, 'utf8');
  files++;
  bytes += text.length;
  if (mode !== 'read') tokens += md.parse(text, {}).length;
}
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ mode, files, bytes, tokens, ms: Math.round(ms) })}\n`);
