// Reads `.customer-lens.yaml`. Every problem becomes an `invalid-config` finding at its line, and the
// parts that are valid still apply: a broken config never stops documents from being checked.

import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { Glob, GlobError } from '../glob';
import { en } from '../l10n/en';
import { parseYamlGuarded } from '../parse/yamlGuard';
import { LineIndex, visibleLine } from '../text';
import type { ConceptId, Finding, Kind, Range } from '../types';
import { CONCEPTS } from '../types';
import { defaultConfig, SEVERITY_SETTINGS, type Config, type RuleSetting } from './defaults';

export const INVALID_CONFIG = 'invalid-config';

export interface LoadedConfig {
  config: Config;
  findings: Finding[];
}

class Reporter {
  readonly findings: Finding[] = [];
  constructor(private readonly index: LineIndex) {}

  rangeOf(node: Node | null | undefined): Range {
    if (!node || !node.range) return this.index.lineRange(0);
    // Positions from the LineIndex, not YAML's line counter: YAML breaks lines at \n only, LSP at a lone \r too.
    const clamp = (p: Range['start']) => ({ line: p.line, character: Math.min(p.character, this.index.line(p.line).length) });
    const start = clamp(this.index.positionAt(node.range[0]));
    const e = clamp(this.index.positionAt(Math.max(node.range[0], node.range[1])));
    const end = e.line === start.line ? e : { line: start.line, character: this.index.line(start.line).length };
    return { start, end };
  }

  report(node: Node | null | undefined, message: string): void {
    this.findings.push({ rule: INVALID_CONFIG, severity: 'error', message, range: this.rangeOf(node) });
  }
}

/**
 * The map's scalar keys and their values; a key written twice is reported here, in linear time (YAML's own
 * check compares every key with every other: minutes for a megabyte of keys), and the last one applies.
 */
function entries(map: YAMLMap, r: Reporter): { key: string; keyNode: Node; value: Node | null }[] {
  const seen = new Set<string>();
  const out: { key: string; keyNode: Node; value: Node | null }[] = [];
  for (const p of map.items as Pair<Node, Node | null>[]) {
    if (!isScalar(p.key)) continue;
    const key = String((p.key as { value: unknown }).value);
    if (seen.has(key)) r.report(p.key, 'not valid YAML: Map keys must be unique');
    seen.add(key);
    out.push({ key, keyNode: p.key as Node, value: p.value });
  }
  return out;
}

function stringList(value: Node | null, where: string, r: Reporter): string[] | undefined {
  if (isScalar(value) && typeof value.value === 'string') return [value.value];
  if (!isSeq(value)) {
    r.report(value, `${where} must be a list of strings`);
    return undefined;
  }
  const out: string[] = [];
  for (const item of value.items as Node[]) {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) out.push(String(item.value));
    else r.report(item, `${where} must hold strings only`);
  }
  return out;
}

function globs(value: Node | null, where: string, r: Reporter): string[] {
  const list = stringList(value, where, r) ?? [];
  return list.filter((g, i) => {
    try {
      new Glob(g);
      return true;
    } catch (e) {
      const item = isSeq(value) ? (value.items[i] as Node) : value;
      r.report(item, `${where}: ${e instanceof GlobError ? e.message : 'invalid glob'}`);
      return false;
    }
  });
}

function readKinds(node: Node | null, config: Config, r: Reporter): void {
  if (!isMap(node)) return r.report(node, '`kinds` must map `decision` and `spec` to their settings');
  for (const { key, keyNode, value } of entries(node, r)) {
    if (key !== 'decision' && key !== 'spec') {
      r.report(keyNode, `unknown kind "${key}": use decision or spec`);
      continue;
    }
    const kind: Kind = key;
    if (!isMap(value)) {
      r.report(value ?? keyNode, `kinds.${kind} must hold include, exclude or concepts`);
      continue;
    }
    for (const s of entries(value, r)) {
      if (s.key === 'include') config.kinds[kind].include = globs(s.value, `kinds.${kind}.include`, r);
      else if (s.key === 'exclude') config.kinds[kind].exclude = globs(s.value, `kinds.${kind}.exclude`, r);
      else if (s.key === 'concepts') {
        const list = stringList(s.value, `kinds.${kind}.concepts`, r);
        if (!list) continue;
        const known = list.filter((c): c is ConceptId => (CONCEPTS as readonly string[]).includes(c));
        for (const c of list) if (!known.includes(c as ConceptId)) r.report(s.value, `unknown concept "${c}" in kinds.${kind}.concepts: use ${CONCEPTS.join(', ')}`);
        // A list of nothing but typos would switch every check off; the defaults apply instead.
        if (known.length > 0 || list.length === 0) config.kinds[kind].concepts = known;
      } else r.report(s.keyNode, `unknown setting kinds.${kind}.${s.key}: use include, exclude or concepts`);
    }
  }
}

function readRules(node: Node | null, ruleIds: readonly string[], config: Config, r: Reporter): void {
  if (!isMap(node)) return r.report(node, '`rules` must map rule ids to error, warning, info, hint or off');
  for (const { key, keyNode, value } of entries(node, r)) {
    if (!ruleIds.includes(key)) {
      r.report(keyNode, `unknown rule "${key}"`);
      continue;
    }
    if (key === INVALID_CONFIG) {
      r.report(keyNode, `${INVALID_CONFIG} cannot be configured: a broken config is always reported`);
      continue;
    }
    const setting = isScalar(value) ? value.value : undefined;
    const normalised = setting === false ? 'off' : typeof setting === 'string' ? setting.toLowerCase() : undefined;
    if (normalised && (SEVERITY_SETTINGS as readonly string[]).includes(normalised)) config.rules[key] = normalised as RuleSetting;
    else r.report(value ?? keyNode, `rules.${key} must be error, warning, info, hint or off`);
  }
}

function readHeadings(node: Node | null, config: Config, r: Reporter): void {
  if (!isMap(node)) return r.report(node, '`headings` must map concepts to lists of extra headings');
  for (const { key, keyNode, value } of entries(node, r)) {
    if (!(CONCEPTS as readonly string[]).includes(key)) {
      r.report(keyNode, `unknown concept "${key}": use ${CONCEPTS.join(', ')}`);
      continue;
    }
    const list = stringList(value, `headings.${key}`, r);
    if (list) config.headings[key as ConceptId] = list.filter((h) => h.trim().length > 0).slice(0, 100);
  }
}

/** Parses a config file's text; `ruleIds` are the ids a `rules` entry may name. */
export function loadConfig(text: string, ruleIds: readonly string[]): LoadedConfig {
  const config = defaultConfig();
  const index = new LineIndex(text);
  const r = new Reporter(index);
  let doc;
  try {
    const parsed = parseYamlGuarded(text, { prettyErrors: false, uniqueKeys: false });
    if ('refused' in parsed) {
      const m = en.messages;
      r.report(null, `not valid YAML: ${parsed.refused === 'too-large' ? m.yamlTooLarge : parsed.refused === 'too-many-errors' ? m.yamlTooManyErrors : m.yamlTooDeep}`);
      return { config, findings: r.findings };
    }
    doc = parsed;
  } catch (e) {
    r.report(null, `not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return { config, findings: r.findings };
  }
  // The first hundred syntax errors: a broken megabyte can hold half a million, and each becomes a diagnostic.
  for (const e of doc.errors.slice(0, 100)) {
    const pos = index.positionAt(e.pos[0]);
    r.findings.push({ rule: INVALID_CONFIG, severity: 'error', message: `not valid YAML: ${e.message.split('\n')[0]}`, range: index.lineRange(visibleLine(index, pos.line)) });
  }
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) return { config, findings: r.findings };
  if (!isMap(root)) {
    r.report(root, 'the config must be a mapping with kinds, rules or headings');
    return { config, findings: r.findings };
  }
  for (const { key, keyNode, value } of entries(root, r)) {
    if (key === 'kinds') readKinds(value, config, r);
    else if (key === 'rules') readRules(value, ruleIds, config, r);
    else if (key === 'headings') readHeadings(value, config, r);
    else if (key !== '$schema') r.report(keyNode, `unknown setting "${key}": use kinds, rules or headings`);
  }
  return { config, findings: r.findings };
}
