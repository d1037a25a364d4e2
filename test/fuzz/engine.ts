// Fuzzing the engine with fast-check: documents generated from fragments or taken from the corpus and
// mutated, random paths, configs and config texts. Properties: analyze() and loadConfig() never throw,
// every range lies inside its text, and the same input always gives the same findings. The editor
// features built on an analysis (hover, completion, code actions) are called too and must not throw.

import { deepStrictEqual } from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver';
import { CONCEPTS, defaultConfig, Glob, loadConfig, RULE_IDS, type Analysis, type Config, type ConceptId, type Finding } from '../../server/src/engine';
import { analyze } from '../helpers/engine';
import { SEVERITY_SETTINGS, type RuleSetting } from '../../server/src/engine/config/defaults';
import { codeActions } from '../../server/src/lsp/codeActions';
import { completionsAt } from '../../server/src/lsp/completion';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { hoverAt } from '../../server/src/lsp/hover';
import {
  ALL_HEADINGS, commentArb, corpusSample, eolArb, fenceArb, frontMatterArb, joinLines, lineLengths, LOCALES, pathArb,
  rangeProblem, snippetArb, TRICKY_WORDS, WEIRD_STRINGS, type CorpusDoc,
} from './fragments';

// ---------------------------------------------------------------------------------------------------------
// Documents: a base (generated or from the corpus) and a list of mutations, applied in order.

type Base = { from: 'corpus'; index: number } | { from: 'generated'; lines: string[]; eol: string };

type Mutation =
  | { op: 'splice'; at: number; remove: number; insert: string }
  | { op: 'truncate'; at: number }
  | { op: 'duplicateLines'; at: number; count: number; times: number }
  | { op: 'prepend'; text: string }
  | { op: 'eol'; eol: string }
  | { op: 'bom' }
  | { op: 'repeat'; times: number };

export interface DocRecipe {
  base: Base;
  mutations: Mutation[];
}

/** A fraction of the text's length, in ten-thousandths: where a mutation applies, whatever the length. */
const fraction = fc.integer({ min: 0, max: 10000 });
const at = (f: number, length: number) => Math.floor((f / 10000) * length);

const insertArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: snippetArb },
  { weight: 2, arbitrary: fc.array(snippetArb, { maxLength: 6 }).map((xs) => xs.join('\n')) },
  { weight: 1, arbitrary: fc.record({ s: fc.constantFrom(...WEIRD_STRINGS, ...ALL_HEADINGS), n: fc.integer({ min: 2, max: 400 }) }).map(({ s, n }) => s.repeat(n)) },
);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('splice' as const), at: fraction, remove: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 5000 })), insert: insertArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fraction }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicateLines' as const), at: fraction, count: fc.integer({ min: 1, max: 12 }), times: fc.integer({ min: 1, max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('prepend' as const), text: fc.oneof(frontMatterArb.map((f) => `${f}\n`), frontMatterArb, commentArb.map((c) => `${c}\n`)) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('eol' as const), eol: eolArb }) },
  { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), times: fc.integer({ min: 2, max: 20 }) }) },
);

function docRecipeArb(corpusSize: number): fc.Arbitrary<DocRecipe> {
  const generated = fc.record({
    from: fc.constant('generated' as const),
    lines: fc.array(fc.oneof({ weight: 6, arbitrary: snippetArb }, { weight: 1, arbitrary: fenceArb }), { maxLength: 40 }),
    eol: eolArb,
  });
  const corpus = fc.record({ from: fc.constant('corpus' as const), index: fc.integer({ min: 0, max: Math.max(0, corpusSize - 1) }) });
  return fc.record({
    base: corpusSize > 0 ? fc.oneof(corpus, generated) : generated,
    mutations: fc.array(mutationArb, { maxLength: 6 }),
  });
}

/** Documents are cut to this size unless told otherwise (the fuzz runs pass smaller sizes, for speed). */
export const MAX_DOC_CHARS = 300_000;

export function buildDocument(recipe: DocRecipe, corpus: CorpusDoc[], maxChars = MAX_DOC_CHARS): string {
  let text = recipe.base.from === 'corpus' ? corpus[recipe.base.index]?.text ?? '' : joinLines(recipe.base.lines, recipe.base.eol);
  for (const m of recipe.mutations) {
    switch (m.op) {
      case 'splice': {
        const i = at(m.at, text.length);
        text = text.slice(0, i) + m.insert + text.slice(i + m.remove);
        break;
      }
      case 'truncate':
        text = text.slice(0, at(m.at, text.length));
        break;
      case 'duplicateLines': {
        const lines = text.split('\n');
        const i = at(m.at, lines.length);
        const block = lines.slice(i, i + m.count);
        const copies: string[] = [];
        for (let k = 0; k < m.times; k++) copies.push(...block);
        lines.splice(i, 0, ...copies);
        text = lines.join('\n');
        break;
      }
      case 'prepend':
        text = m.text + text;
        break;
      case 'eol':
        text = joinLines(text.split(/\r\n|\r|\n/), m.eol);
        break;
      case 'bom':
        text = `\uFEFF${text}`;
        break;
      case 'repeat':
        if (text.length * m.times <= maxChars) text = text.repeat(m.times);
        break;
    }
    if (text.length > maxChars) text = text.slice(0, maxChars);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------------------
// Configs: Config objects of the right shape with random content, and config files' texts.

const globArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'records/**/*.md', '**/*.md', '*.md', 'docs/**', '**', '*', '', ' ', '/', './x/**', '{a,b}/*.md', '{', '}', '[', ']', '[a-', '[!a]*.md',
    '[]', '**/**/**/**/**/**/*', '{a,{b,{c,{d,e}}}}', '{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}', '\\*', '**/node_modules/**',
    '(a+)+$', '.*', '^$', '?', '??????????', '[[[[', 'a/../../b', 'C:\\docs\\*.md', '🙂/**', '**/*.{md,yaml}',
  ),
  fc.string({ maxLength: 20 }),
  fc.record({ s: fc.constantFrom('{', '{a,', '*', '**/', '[a]'), n: fc.integer({ min: 1, max: 60 }) }).map(({ s, n }) => s.repeat(n)),
  fc.integer({ min: 1, max: 5000 }).map((n) => `${'{'.repeat(n)}a${'}'.repeat(n)}`),
);

const severityArb = fc.constantFrom<RuleSetting>(...SEVERITY_SETTINGS);
const ruleKeyArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...RULE_IDS) }, fc.constantFrom(...TRICKY_WORDS), fc.string({ maxLength: 10 }));
const conceptArb = fc.constantFrom<ConceptId>(...CONCEPTS);
const synonymArb = fc.oneof(fc.constantFrom(...ALL_HEADINGS, ...TRICKY_WORDS, ...WEIRD_STRINGS, '(a+)+$', '.*', '[', '\\', 'a'.repeat(5000)), fc.string({ maxLength: 25 }));

const kindSettingsArb = fc.record({
  include: fc.array(globArb, { maxLength: 4 }),
  exclude: fc.array(globArb, { maxLength: 4 }),
  concepts: fc.option(fc.uniqueArray(conceptArb, { maxLength: 7 }), { nil: undefined }),
});

/** Config objects of the documented shape, with anything inside. */
export const configObjectArb: fc.Arbitrary<Config> = fc
  .record({
    decision: kindSettingsArb,
    spec: kindSettingsArb,
    persona: kindSettingsArb,
    rules: fc.dictionary(ruleKeyArb, severityArb, { maxKeys: 8 }),
    headings: fc.dictionary(conceptArb, fc.array(synonymArb, { maxLength: 4 }), { maxKeys: 7 }),
  })
  .map(({ decision, spec, persona, rules, headings }) => {
    const strip = (k: typeof decision) => (k.concepts === undefined ? { include: k.include, exclude: k.exclude } : k);
    return { kinds: { decision: strip(decision), spec: strip(spec), persona: strip(persona) }, rules, headings };
  });

const configLineArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'kinds:', '  decision:', '  spec:', '  persona:', '    include: ["records/**/*.md"]', '    exclude: ["records/drafts/**"]', '    include: "*.md"',
    '    include: 42', '    include: [1, 2, {a: b}]', '    include: ["{a,b"]', '    include: ["["]', '    concepts: [customer-impact, bogus]',
    '    concepts: customer-impact', '    foo: bar', '  other:', '  decision: 3', 'rules:', '  customer-evidence: warning', '  customer-impact: off',
    '  customer-impact: false', '  customer-impact: ERROR', '  customer-impact: loud', '  customer-impact: [error]', '  no-such-rule: error',
    '  constructor: error', '  __proto__: error', 'headings:', '  customer-impact: ["Was ändert sich für Nutzer"]', '  customer-impact: "Effetti"',
    '  customer-impact: [1, null, ""]', '  bogus: [x]', '  value-created: {a: 1}', 'rules: [a, b]', 'kinds: decision', 'headings: 5',
    '$schema: ./schemas/customer-lens.schema.json', 'unknown: 1', '- a list', 'just text', '---', '...', '%YAML 1.2', '\tkinds:',
    'a: &x {customer-impact: error}', 'rules: *x', 'rules: *nothing', '<<: *x', '? [complex]', ': no key', '"unclosed', "'unclosed",
    'kinds: {decision: {include: [a', 'rules: !!map {a: b}', 'x: !!binary aGk=', `${'k'.repeat(3000)}: v`, '#', '# comment',
  ),
  fc.constantFrom(...WEIRD_STRINGS),
  fc.record({ indent: fc.constantFrom('', '  ', '    ', '\t'), k: fc.oneof(ruleKeyArb, fc.constantFrom('kinds', 'rules', 'headings', 'include', 'exclude', 'concepts')), v: fc.oneof(severityArb, globArb, fc.string({ maxLength: 10 })) }).map(
    ({ indent, k, v }) => `${indent}${k}: ${v}`,
  ),
);

export const configTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ lines: fc.array(configLineArb, { maxLength: 12 }), eol: eolArb }).map(({ lines, eol }) => joinLines(lines, eol)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.record({ s: configLineArb, n: fc.integer({ min: 2, max: 60 }) }).map(({ s, n }) => `${s}\n`.repeat(n)) },
  // Nesting: shallow enough to be read, or deep enough to be refused (it would overflow the YAML composer).
  { weight: 1, arbitrary: fc.record({ s: fc.constantFrom('- ', '[', '{a: ', ': ', '? ', '  a:\n'), n: fc.oneof(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 60, max: 300 })) }).map(({ s, n }) => `rules: ${s.repeat(n)}x`) },
);

type ConfigChoice = { from: 'none' } | { from: 'defaults' } | { from: 'object'; config: Config } | { from: 'text'; text: string };

const configChoiceArb: fc.Arbitrary<ConfigChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ from: 'none' as const }) },
  { weight: 1, arbitrary: fc.constant({ from: 'defaults' as const }) },
  { weight: 2, arbitrary: configObjectArb.map((config) => ({ from: 'object' as const, config })) },
  { weight: 2, arbitrary: configTextArb.map((text) => ({ from: 'text' as const, text })) },
);

// ---------------------------------------------------------------------------------------------------------
// Cases and properties.

export interface EngineCase {
  doc: DocRecipe;
  path: string;
  config: ConfigChoice;
  locale: string | undefined;
  /** Where hover, completion and code actions are asked, as fractions of the line count and line length (or past them). */
  position: { line: number; character: number; beyond: boolean };
  /** Whether the second run gets a fresh copy of the config (nothing cached) or the same object (caches reused). */
  freshConfig: boolean;
}

export function engineCaseArb(corpusSize: number): fc.Arbitrary<EngineCase> {
  return fc.record({
    doc: docRecipeArb(corpusSize),
    path: pathArb,
    config: configChoiceArb,
    locale: fc.constantFrom(...LOCALES),
    position: fc.record({ line: fraction, character: fraction, beyond: fc.boolean() }),
    freshConfig: fc.boolean(),
  });
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const STATUSES = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded'];

function checkFindings(findings: Finding[], lines: number[], where: string): string | undefined {
  if (!Array.isArray(findings)) return `${where}: findings is not an array`;
  for (const f of findings) {
    if (!RULE_IDS.includes(f.rule)) return `${where}: unknown rule ${JSON.stringify(f.rule)}`;
    if (!SEVERITIES.includes(f.severity)) return `${where}: ${f.rule} has severity ${JSON.stringify(f.severity)}`;
    if (typeof f.message !== 'string' || f.message.length === 0) return `${where}: ${f.rule} has no message`;
    const p = rangeProblem(f.range, lines);
    if (p) return `${where}: ${f.rule} range ${p}`;
  }
  return undefined;
}

/** Whether a loaded config has the documented shape, with only values that the loader accepts. */
function configProblem(config: Config): string | undefined {
  for (const kind of ['decision', 'spec'] as const) {
    const k = config.kinds[kind];
    if (!k || !Array.isArray(k.include) || !Array.isArray(k.exclude)) return `kinds.${kind} lacks include/exclude lists`;
    for (const g of [...k.include, ...k.exclude]) {
      if (typeof g !== 'string') return `kinds.${kind} holds a non-string glob`;
      try {
        new Glob(g);
      } catch (e) {
        return `kinds.${kind} kept a glob that does not compile: ${JSON.stringify(g)} (${String(e)})`;
      }
    }
    if (k.concepts && !k.concepts.every((c) => (CONCEPTS as readonly string[]).includes(c))) return `kinds.${kind}.concepts holds an unknown concept`;
  }
  for (const [rule, setting] of Object.entries(config.rules)) {
    if (!RULE_IDS.includes(rule)) return `rules kept the unknown rule ${JSON.stringify(rule)}`;
    if (!SEVERITY_SETTINGS.includes(setting)) return `rules.${rule} kept ${JSON.stringify(setting)}`;
  }
  for (const [concept, list] of Object.entries(config.headings)) {
    if (!(CONCEPTS as readonly string[]).includes(concept)) return `headings kept the unknown concept ${JSON.stringify(concept)}`;
    if (!Array.isArray(list) || !list.every((h) => typeof h === 'string')) return `headings.${concept} is not a list of strings`;
  }
  return undefined;
}

/** Checks loadConfig on a text: never throws, findings inside the text, a valid config out. */
export function checkConfigText(text: string): { problem?: string; config?: Config } {
  let loaded: ReturnType<typeof loadConfig>;
  let again: ReturnType<typeof loadConfig>;
  try {
    loaded = loadConfig(text, RULE_IDS);
    again = loadConfig(text, RULE_IDS);
  } catch (e) {
    return { problem: `loadConfig threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}` };
  }
  const lines = lineLengths(text);
  const p = checkFindings(loaded.findings, lines, 'loadConfig') ?? configProblem(loaded.config);
  if (p) return { problem: p };
  try {
    deepStrictEqual(again, loaded);
  } catch {
    return { problem: 'loadConfig gave different results for the same text' };
  }
  return { config: loaded.config };
}

function positionFor(c: EngineCase, lines: number[]): { line: number; character: number } {
  const { beyond } = c.position;
  const line = beyond ? Math.floor((c.position.line / 10000) * (lines.length + 5)) : Math.min(lines.length - 1, at(c.position.line, lines.length));
  const length = lines[line] ?? 0;
  const character = beyond ? Math.floor((c.position.character / 10000) * (length + 50)) : at(c.position.character, length + 1);
  return { line, character };
}

/** Runs one case; returns what went wrong, or undefined. */
export function checkEngineCase(c: EngineCase, corpus: CorpusDoc[], maxChars = MAX_DOC_CHARS): string | undefined {
  const text = buildDocument(c.doc, corpus, maxChars);
  const lines = lineLengths(text);
  let config: Config | undefined;
  if (c.config.from === 'defaults') config = defaultConfig();
  else if (c.config.from === 'object') config = c.config.config;
  else if (c.config.from === 'text') {
    const loaded = checkConfigText(c.config.text);
    if (loaded.problem) return loaded.problem;
    config = loaded.config;
  }
  let first: Analysis;
  let second: Analysis;
  try {
    first = analyze({ path: c.path, text, config, locale: c.locale });
  } catch (e) {
    return `analyze threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
  }
  try {
    // The same config object (its caches reused) or a fresh copy: neither may change the outcome.
    second = analyze({ path: c.path, text, config: config && c.freshConfig ? structuredClone(config) : config, locale: c.locale });
  } catch (e) {
    return `analyze threw the second time only: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
  }
  const p = checkFindings(first.findings, lines, 'analyze');
  if (p) return p;
  if (first.kind !== undefined && first.kind !== 'decision' && first.kind !== 'spec') return `kind ${String(first.kind)}`;
  if (!STATUSES.includes(first.status)) return `status ${String(first.status)}`;
  try {
    deepStrictEqual(second.findings, first.findings);
    deepStrictEqual(second.kind, first.kind);
    deepStrictEqual(second.status, first.status);
  } catch {
    return 'the same input gave different findings';
  }
  // The editor features on this analysis, at an in-range or out-of-range position.
  const position = positionFor(c, lines);
  const lineText = text.split(/\r\n|\r|\n/)[position.line] ?? '';
  const diagnostics: Diagnostic[] = first.findings.map(toDiagnostic);
  try {
    hoverAt(first, position, c.locale ?? 'en', true);
    completionsAt(first, position, lineText, true, c.locale ?? 'en');
    const range = { start: position, end: { line: position.line + 1, character: 0 } };
    const actions = [
      ...codeActions(first, { uri: 'file:///x.md', range, diagnostics, only: undefined }, c.locale ?? 'en'),
      ...codeActions(first, { uri: 'file:///x.md', range, diagnostics, only: ['source.fixAll'] }, c.locale ?? 'en'),
    ];
    for (const a of actions) {
      for (const edits of Object.values(a.edit?.changes ?? {})) {
        for (const e of edits) {
          const q = rangeProblem(e.range, lines);
          if (q) return `code action "${a.title}" edits outside the document: ${q}`;
        }
      }
    }
  } catch (e) {
    return `an editor feature threw: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
  }
  return undefined;
}

export interface FuzzResult {
  cases: number;
  failures: number;
  /** The first failures found (at most 5), each with the seed and case that reproduce it. */
  examples: string[];
  /** The first failing case, shrunk by fast-check to a smaller one that still fails. */
  shrunk?: string;
  seed: number;
  ms: number;
}

function describeCase(c: EngineCase, corpus: CorpusDoc[]): string {
  const base = c.doc.base.from === 'corpus' ? `corpus ${corpus[c.doc.base.index]?.path}` : 'generated';
  return `${base}; path ${JSON.stringify(c.path)}; locale ${String(c.locale)}; case ${fc.stringify(c).slice(0, 1500)}`;
}

/**
 * Runs `runs` engine cases from `seed` (random when omitted). Every case is run and counted; failing cases
 * are collected, and the first one is then shrunk to a small reproduction.
 */
export interface EngineFuzzOptions {
  /** How many corpus files seed the mutated documents (spread evenly over the corpus); 300 by default. */
  corpusFiles?: number;
  /** Each corpus file is cut to this many characters before mutation; 8,000 by default. */
  seedChars?: number;
  /** No document grows beyond this many characters; 60,000 by default. Bigger ones have their own tests. */
  maxDocChars?: number;
  /** Called every 10,000 cases. */
  onProgress?: (cases: number, failures: number) => void;
}

export function fuzzEngine(runs: number, seed: number = Date.now() ^ (Math.random() * 0x7fffffff), options: EngineFuzzOptions = {}): FuzzResult {
  const started = Date.now();
  const corpus = corpusSample(options.corpusFiles ?? 300, options.seedChars ?? 8_000);
  const maxChars = options.maxDocChars ?? 60_000;
  const arb = engineCaseArb(corpus.length);
  let cases = 0;
  let failures = 0;
  const examples: string[] = [];
  const counting = fc.property(arb, (c) => {
    cases++;
    if (cases % 10_000 === 0) options.onProgress?.(cases, failures);
    const problem = checkEngineCase(c, corpus, maxChars);
    if (problem) {
      failures++;
      if (examples.length < 5) examples.push(`${problem.split('\n').slice(0, 4).join(' | ')}\n    ${describeCase(c, corpus)}`);
    }
    return true;
  });
  fc.assert(counting, { seed, numRuns: runs });
  let shrunk: string | undefined;
  if (failures > 0) {
    const strict = fc.property(arb, (c) => checkEngineCase(c, corpus, maxChars) === undefined);
    const details = fc.check(strict, { seed, numRuns: runs });
    if (details.failed && details.counterexample) {
      const c = details.counterexample[0];
      shrunk = `${checkEngineCase(c, corpus, maxChars)?.split('\n').slice(0, 4).join(' | ')}\n    text ${JSON.stringify(buildDocument(c.doc, corpus, maxChars)).slice(0, 600)}\n    ${describeCase(c, corpus)}`;
    }
  }
  return { cases, failures, examples, shrunk, seed, ms: Date.now() - started };
}
