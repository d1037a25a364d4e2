#!/usr/bin/env node
// How the concepts read on the corpus, every file a spec (as the benchmark runs it): for each concept how many
// documents count it present; for a seeded random sample, the heading or label that made it present; and the
// headings that named a concept at a base commit and do not now, the one-word generic ones first.
//
//   node bench/concepts.mjs [--base REF] [--seed N] [--sample N]
//
// The engine of the current tree and of REF (default: the commit issue #15's heading work started from) are each
// bundled with esbuild into a temporary folder and run in this process. Markdown on stdout (docs/concepts.md
// records a run); progress on stderr. CUSTOMER_LENS_CORPUS points at another corpus.

import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { ALL_SPECS_CONFIG, CHECKED, CORPUS, log, REPO, walk } from './lib.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const baseRef = option('--base', 'd4d46ce');
const seed = Number(option('--seed', '15'));
const sampleSize = Number(option('--sample', '20'));

if (!existsSync(CORPUS)) {
  log(`concepts: no corpus at ${CORPUS}: set CUSTOMER_LENS_CORPUS`);
  process.exit(2);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'customer-lens-concepts-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const require = createRequire(import.meta.url);

/** The engine of a source tree, bundled into one CommonJS file and loaded. */
async function engineOf(root, name) {
  const outfile = path.join(tmp, `${name}.cjs`);
  await build({ entryPoints: [path.join(root, 'server/src/engine/index.ts')], bundle: true, platform: 'neutral', format: 'cjs', outfile, logLevel: 'error', mainFields: ['module', 'main'] });
  return require(outfile);
}

let commit;
try {
  commit = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${baseRef}^{commit}`], { cwd: REPO, encoding: 'utf8' }).trim();
} catch {
  log(`concepts: unknown git ref "${baseRef}"`);
  process.exit(2);
}
const baseTree = path.join(tmp, 'base');
mkdirSync(baseTree);
execSync(`git archive --format=tar ${commit} | tar -x -C "${baseTree}"`, { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
symlinkSync(realpathSync(path.join(REPO, 'node_modules')), path.join(baseTree, 'node_modules'), 'dir');
log(`concepts: bundling the engine of the current tree and of ${baseRef} (${commit.slice(0, 10)})`);
const current = await engineOf(REPO, 'current');
const base = await engineOf(baseTree, 'base');

/** Each checked document's concept reports, with the section that named each concept. */
function readAll(lib) {
  const engine = lib.createEngine();
  const config = lib.loadConfig(ALL_SPECS_CONFIG).config;
  const out = new Map();
  for (const file of walk(CORPUS, (n) => CHECKED.test(n))) {
    const rel = path.relative(CORPUS, file).split(path.sep).join('/');
    const analysis = engine.analyze({ path: rel, text: readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), config });
    if (!analysis.kind) continue;
    out.set(rel, analysis.concepts.map((c) => ({ concept: c.concept, state: c.state, label: c.section?.label, line: c.section ? c.section.labelRange.start.line + 1 : undefined, source: c.section?.source })));
  }
  return out;
}
log('concepts: reading the corpus with both engines');
const now = readAll(current);
const before = readAll(base);
const matcher = current.createEngine().matcherFor();

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const lines = [];
const print = (...xs) => lines.push(...xs);
const concepts = current.CONCEPTS;
print(`Corpus: ${now.size} documents read as specs. Base: \`${baseRef}\`. Sample seed: ${seed}.`, '');
print('### Documents where each concept is present', '', '| concept | present now | present at base | hollow now |', '|---|--:|--:|--:|');
for (const c of concepts) {
  const count = (run, state) => [...run.values()].filter((reports) => reports.some((r) => r.concept === c && r.state === state)).length;
  print(`| \`${c}\` | ${count(now, 'present')} | ${count(before, 'present')} | ${count(now, 'hollow')} |`);
}

const present = [...now.entries()].flatMap(([file, reports]) => reports.filter((r) => r.state === 'present').map((r) => ({ file, ...r })));
present.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.concept < b.concept ? -1 : 1));
const draw = random(seed);
const sample = [];
const pool = [...present];
while (sample.length < sampleSize && pool.length > 0) sample.push(pool.splice(Math.floor(draw() * pool.length), 1)[0]);
sample.sort((a, b) => (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : a.file < b.file ? -1 : 1));
print('', `### A random sample of ${sample.length} present concepts, and what made each present`, '', '| concept | document | line | heading, label or key |', '|---|---|--:|---|');
for (const s of sample) print(`| \`${s.concept}\` | ${cell(s.file)} | ${s.line} | ${cell(s.label)} (${s.source}) |`);

/** What counted at the base and does not now, and what counts now and did not. */
const lost = [];
const gained = [];
for (const [file, reports] of before) {
  const after = now.get(file) ?? [];
  for (const r of reports) {
    const a = after.find((x) => x.concept === r.concept);
    if (r.state !== 'missing' && a?.state === 'missing') lost.push({ file, ...r });
  }
  for (const a of after) {
    const r = reports.find((x) => x.concept === a.concept);
    if (a.state !== 'missing' && r?.state === 'missing') gained.push({ file, ...a });
  }
}
const generic = lost.filter((l) => matcher.genericWord(l.label) !== undefined);
const other = lost.filter((l) => matcher.genericWord(l.label) === undefined);
const table = (rows) => ['| concept | document | line | heading, label or key |', '|---|---|--:|---|', ...rows.map((l) => `| \`${l.concept}\` | ${cell(l.file)} | ${l.line} | ${cell(l.label)} |`)];
print('', `### One-word generic headings that counted at the base and do not now: ${generic.length}`, '', ...(generic.length > 0 ? table(generic) : ['None.']));
print('', `### Other headings that counted at the base and do not now (another sense, a team of ours, code): ${other.length}`, '', ...(other.length > 0 ? table(other) : ['None.']));
print('', `### Concepts missing at the base and found now (bold lines alone, and the like): ${gained.length}`, '', ...(gained.length > 0 ? table(gained) : ['None.']));
process.stdout.write(`${lines.join('\n')}\n`);
