// Reads `.customer-lens.yaml`. Every problem becomes an `invalid-config` finding at its line, and the
// parts that are valid still apply: a broken config never stops documents from being checked.

import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { MAX_HEADING_WORDS } from '../concepts';
import { Glob, GlobError } from '../glob';
import { catalogFor, format, type ConfigMessages } from '../l10n';
import { parseYamlGuarded, refusalText } from '../parse/yamlGuard';
import { LineIndex, visibleLine, words } from '../text';
import type { ConceptId, FileKind, Finding, Range } from '../types';
import { CONCEPTS, LANGUAGES } from '../types';
import { defaultConfig, SEVERITY_SETTINGS, SIGNALS, type Config, type RuleSetting, type Signal } from './defaults';

export const INVALID_CONFIG = 'invalid-config';

export interface LoadedConfig {
  config: Config;
  findings: Finding[];
}

/**
 * Every check matches its path against every glob, so the globs' total size is bounded (a glob alone is
 * bounded by glob.ts): about 250 globs of 64 characters, twenty times what a large monorepo's config needs.
 */
export const MAX_GLOB_CHARACTERS = 16_384;
/** Extra headings per concept. */
export const MAX_HEADINGS = 100;
/** Extra words per signal, all languages together: every section's words are looked up among them. */
export const MAX_WORDS = 500;

class Reporter {
  readonly findings: Finding[] = [];
  /** The characters of the globs read so far, against MAX_GLOB_CHARACTERS. */
  globCharacters = 0;
  constructor(
    private readonly index: LineIndex,
    /** The messages in the reader's language. */
    readonly m: ConfigMessages,
  ) {}

  rangeOf(node: Node | null | undefined): Range {
    if (!node || !node.range) return this.index.lineRange(0);
    // Positions from the LineIndex, not YAML's line counter: YAML breaks lines at \n only, LSP at a lone \r too.
    const clamp = (p: Range['start']) => ({ line: p.line, character: Math.min(p.character, this.index.line(p.line).length) });
    const start = clamp(this.index.positionAt(node.range[0]));
    const e = clamp(this.index.positionAt(Math.max(node.range[0], node.range[1])));
    const end = e.line === start.line ? e : { line: start.line, character: this.index.line(start.line).length };
    return { start, end };
  }

  /** `message`: a template of the catalog, filled with `values`. */
  report(node: Node | null | undefined, message: string, values: Record<string, string | number> = {}): void {
    this.findings.push({ rule: INVALID_CONFIG, severity: 'error', message: format(message, values), range: this.rangeOf(node) });
  }
}

function globProblem(e: unknown, m: ConfigMessages): string {
  return e instanceof GlobError ? format(m[e.problem], e.values) : m.globMalformed;
}

/**
 * The map's scalar keys and their values; a key written twice is reported here, in linear time (YAML's own
 * check compares every key with every other), and the last one applies.
 */
function entries(map: YAMLMap, r: Reporter): { key: string; keyNode: Node; value: Node | null }[] {
  const seen = new Set<string>();
  const out: { key: string; keyNode: Node; value: Node | null }[] = [];
  for (const p of map.items as Pair<Node, Node | null>[]) {
    if (!isScalar(p.key)) continue;
    const key = String((p.key as { value: unknown }).value);
    if (seen.has(key)) r.report(p.key, r.m.yamlInvalid, { problem: r.m.keysNotUnique });
    seen.add(key);
    out.push({ key, keyNode: p.key as Node, value: p.value });
  }
  return out;
}

function stringList(value: Node | null, where: string, r: Reporter): string[] | undefined {
  if (isScalar(value) && typeof value.value === 'string') return [value.value];
  if (!isSeq(value)) {
    r.report(value, r.m.notAList, { setting: where });
    return undefined;
  }
  const out: string[] = [];
  for (const item of value.items as Node[]) {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) out.push(String(item.value));
    else r.report(item, r.m.notStrings, { setting: where });
  }
  return out;
}

function globs(value: Node | null, where: string, r: Reporter): string[] {
  const list = stringList(value, where, r) ?? [];
  const out: string[] = [];
  for (const [i, g] of list.entries()) {
    const item = isSeq(value) ? (value.items[i] as Node) : value;
    if (r.globCharacters > MAX_GLOB_CHARACTERS) return out;
    try {
      r.globCharacters += new Glob(g).size;
    } catch (e) {
      r.report(item, r.m.globInvalid, { setting: where, problem: globProblem(e, r.m) });
      continue;
    }
    if (r.globCharacters > MAX_GLOB_CHARACTERS) {
      r.report(item, r.m.globsTooMuch, { setting: where, limit: MAX_GLOB_CHARACTERS.toLocaleString('en') });
      return out;
    }
    out.push(g);
  }
  return out;
}

function readKinds(node: Node | null, config: Config, r: Reporter): void {
  if (!isMap(node)) return r.report(node, r.m.kindsNotAMap);
  for (const { key, keyNode, value } of entries(node, r)) {
    if (key !== 'decision' && key !== 'spec' && key !== 'persona') {
      r.report(keyNode, r.m.unknownKind, { kind: key });
      continue;
    }
    const kind: FileKind = key;
    if (!isMap(value)) {
      r.report(value ?? keyNode, r.m.kindNotAMap, { kind });
      continue;
    }
    for (const s of entries(value, r)) {
      if (s.key === 'include') config.kinds[kind].include = globs(s.value, `kinds.${kind}.include`, r);
      else if (s.key === 'exclude') config.kinds[kind].exclude = globs(s.value, `kinds.${kind}.exclude`, r);
      else if (s.key === 'concepts') {
        const list = stringList(s.value, `kinds.${kind}.concepts`, r);
        if (!list) continue;
        const known = list.filter((c): c is ConceptId => (CONCEPTS as readonly string[]).includes(c));
        for (const c of list) {
          if (!known.includes(c as ConceptId)) r.report(s.value, r.m.unknownConceptIn, { concept: c, setting: `kinds.${kind}.concepts`, concepts: CONCEPTS.join(', ') });
        }
        // A list of nothing but typos would switch every check off; the defaults apply instead.
        if (known.length > 0 || list.length === 0) config.kinds[kind].concepts = known;
      } else r.report(s.keyNode, r.m.unknownKindSetting, { setting: `kinds.${kind}.${s.key}` });
    }
  }
}

function readRules(node: Node | null, ruleIds: readonly string[], config: Config, r: Reporter): void {
  if (!isMap(node)) return r.report(node, r.m.rulesNotAMap);
  for (const { key, keyNode, value } of entries(node, r)) {
    if (!ruleIds.includes(key)) {
      r.report(keyNode, r.m.unknownRule, { rule: key });
      continue;
    }
    if (key === INVALID_CONFIG) {
      r.report(keyNode, r.m.ruleNotConfigurable, { rule: INVALID_CONFIG });
      continue;
    }
    const setting = isScalar(value) ? value.value : undefined;
    const normalised = setting === false ? 'off' : typeof setting === 'string' ? setting.toLowerCase() : undefined;
    if (normalised && (SEVERITY_SETTINGS as readonly string[]).includes(normalised)) config.rules[key] = normalised as RuleSetting;
    else r.report(value ?? keyNode, r.m.badSeverity, { rule: key });
  }
}

function readHeadings(node: Node | null, config: Config, r: Reporter): void {
  if (!isMap(node)) return r.report(node, r.m.headingsNotAMap);
  for (const { key, keyNode, value } of entries(node, r)) {
    if (!(CONCEPTS as readonly string[]).includes(key)) {
      r.report(keyNode, r.m.unknownConcept, { concept: key, concepts: CONCEPTS.join(', ') });
      continue;
    }
    const list = stringList(value, `headings.${key}`, r);
    if (!list) continue;
    if (list.length > MAX_HEADINGS) r.report(value, r.m.headingsTooMany, { concept: key, limit: MAX_HEADINGS });
    config.headings[key as ConceptId] = list.slice(0, MAX_HEADINGS).filter((heading, i) => {
      if (words(heading).length <= MAX_HEADING_WORDS) return heading.trim().length > 0;
      const item = isSeq(value) ? (value.items[i] as Node) : value;
      r.report(item, r.m.headingTooLong, { concept: key, heading: heading.length > 60 ? `${heading.slice(0, 60)}…` : heading, limit: MAX_HEADING_WORDS });
      return false;
    });
  }
}

/**
 * `words`: per signal, a list of plain words or phrases, or a map of languages to such lists (the language
 * keys only sort them: every word counts in every document, as the built-in words do).
 */
function readWords(node: Node | null, config: Config, r: Reporter): void {
  if (!isMap(node)) return r.report(node, r.m.wordsNotAMap);
  for (const { key, keyNode, value } of entries(node, r)) {
    if (!(SIGNALS as readonly string[]).includes(key)) {
      r.report(keyNode, r.m.unknownSignal, { setting: key });
      continue;
    }
    const signal = key as Signal;
    const lists: { where: string; value: Node | null }[] = [];
    if (isMap(value)) {
      for (const lang of entries(value, r)) {
        if ((LANGUAGES as readonly string[]).includes(lang.key)) lists.push({ where: `words.${signal}.${lang.key}`, value: lang.value });
        else r.report(lang.keyNode, r.m.unknownLanguage, { setting: `words.${signal}.${lang.key}` });
      }
    } else lists.push({ where: `words.${signal}`, value });
    const all: string[] = [];
    for (const list of lists) {
      const items = stringList(list.value, list.where, r) ?? [];
      const room = MAX_WORDS - all.length;
      if (items.length > room) r.report(list.value, r.m.wordsTooMany, { setting: `words.${signal}`, limit: MAX_WORDS });
      all.push(...items.slice(0, Math.max(0, room)).filter((w) => words(w).length > 0));
    }
    (config.words ??= {})[signal] = all;
  }
}

/**
 * Parses a config file's text; `ruleIds` are the ids a `rules` entry may name. Messages are in `locale`'s
 * language (English by default); a YAML syntax error keeps the YAML library's words inside them.
 */
export function loadConfig(text: string, ruleIds: readonly string[], locale?: string): LoadedConfig {
  const config = defaultConfig();
  const index = new LineIndex(text);
  const messages = catalogFor(locale).messages;
  const r = new Reporter(index, messages.config);
  let doc;
  try {
    const parsed = parseYamlGuarded(text, { prettyErrors: false, uniqueKeys: false });
    if ('refused' in parsed) {
      const problem = refusalText(parsed.refused, messages);
      r.report(null, r.m.yamlInvalid, { problem });
      return { config, findings: r.findings };
    }
    doc = parsed;
  } catch (e) {
    r.report(null, r.m.yamlInvalid, { problem: e instanceof Error ? e.message.split('\n')[0] : String(e) });
    return { config, findings: r.findings };
  }
  // The first hundred syntax errors: a broken megabyte can hold half a million, and each becomes a diagnostic.
  for (const e of doc.errors.slice(0, 100)) {
    const pos = index.positionAt(e.pos[0]);
    const message = format(r.m.yamlInvalid, { problem: e.message.split('\n')[0] });
    r.findings.push({ rule: INVALID_CONFIG, severity: 'error', message, range: index.lineRange(visibleLine(index, pos.line)) });
  }
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) return { config, findings: r.findings };
  if (!isMap(root)) {
    r.report(root, r.m.notAMapping);
    return { config, findings: r.findings };
  }
  for (const { key, keyNode, value } of entries(root, r)) {
    if (key === 'kinds') readKinds(value, config, r);
    else if (key === 'rules') readRules(value, ruleIds, config, r);
    else if (key === 'headings') readHeadings(value, config, r);
    else if (key === 'words') readWords(value, config, r);
    else if (key !== '$schema') r.report(keyNode, r.m.unknownSetting, { setting: key });
  }
  return { config, findings: r.findings };
}
