// The floor: stock markdown-it's block parse of every file the CLI checks, in one Node process, and nothing
// else. The parser is the package as published, in its CommonMark preset, called through its public API: no
// setting of the engine's, no class of ours.
//
//   node bench/floor.mjs <folder>
//
// Prints one JSON line: { files, bytes, tokens }.

import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { CHECKED, walk } from './lib.mjs';

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('usage: node bench/floor.mjs <folder>\n');
  process.exit(2);
}

const md = new MarkdownIt('commonmark');
let files = 0;
let bytes = 0;
let tokens = 0;
for (const path of walk(folder, (name) => CHECKED.test(name))) {
  const text = readFileSync(path, 'utf8');
  // The block parse alone, which is what a linter of sections needs; md.parse would also parse every inline.
  const out = [];
  md.block.parse(text, md, {}, out);
  files++;
  bytes += text.length;
  tokens += out.length;
}
process.stdout.write(`${JSON.stringify({ files, bytes, tokens })}\n`);
