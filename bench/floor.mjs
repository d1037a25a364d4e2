// The floor: stock markdown-it's block parse of every file the CLI checks, in one Node process, and nothing
// else. The parser is the package as published, in its CommonMark preset, called through its public API: no
// setting of the engine's, no class of ours.
//
//   node bench/floor.mjs <folder> [--yaml]
//
// With --yaml, it also reads each Markdown file's front matter and each YAML file with the `yaml` package, as
// the engine must (parseDocument, then toJS): what the one YAML path costs beside the parse.
// Prints one JSON line: { files, bytes, tokens, yamlDocuments }.

import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { CHECKED, walk } from './lib.mjs';

const folder = process.argv[2];
const withYaml = process.argv.includes('--yaml');
// Loaded only with --yaml: the floor itself loads markdown-it and nothing else.
const parseDocument = withYaml ? (await import('yaml')).parseDocument : undefined;
if (!folder) {
  process.stderr.write('usage: node bench/floor.mjs <folder> [--yaml]\n');
  process.exit(2);
}

const md = new MarkdownIt('commonmark');
let files = 0;
let bytes = 0;
let tokens = 0;
let yamlDocuments = 0;
/** A Markdown file's front matter: the text between a first line `---` and the next `---` or `...`. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
for (const path of walk(folder, (name) => CHECKED.test(name))) {
  const text = readFileSync(path, 'utf8');
  // The block parse alone, which is what a linter of sections needs; md.parse would also parse every inline.
  const out = [];
  md.block.parse(text, md, {}, out);
  if (withYaml) {
    const yaml = /\.ya?ml$/i.test(path) ? text : FRONT_MATTER.exec(text)?.[1];
    if (yaml !== undefined) {
      parseDocument(yaml, { uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'error' }).toJS({ maxAliasCount: 50 });
      yamlDocuments++;
    }
  }
  files++;
  bytes += text.length;
  tokens += out.length;
}
process.stdout.write(`${JSON.stringify({ files, bytes, tokens, yamlDocuments })}\n`);
