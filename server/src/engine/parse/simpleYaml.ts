// The common shape of front matter and YAML records, read without the YAML library: `key: value` lines whose
// value is text, quoted text without escapes, a plain number, a boolean or null, `key: []`, keys followed by a
// list of `- item` lines or by indented `key: value` lines, blank lines and comments. Anything else (deeper
// nesting, flow collections, anchors, multi-line text, escapes, other numbers, ...) is left to the library,
// which reads it all; this only saves its cost, most of which is warming up, on the front matter nearly every
// record has. For every text it accepts it gives what the library path gives: test/unit/speed.test.ts
// compares the two on generated texts.

import type { LineIndex } from '../text';
import { MAX_YAML_BYTES } from './yamlDepth';
import type { YamlEntry, YamlMap } from './yamlMap';

/** A key as a person writes one: words of letters, digits, `_` and `-`, single spaces between. */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+)*):(?: +(.*))?$/;
const ITEM = /^( *)- +(.*)$/;

/** Plain scalars that YAML 1.2's core schema reads as null, a boolean or a number rather than text. */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** First characters that make a plain scalar something else: an indicator, a quote, a comment. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** A number YAML reads as one ("42", "0042", "1.10"), short enough for Number() to read it the same. */
const SIMPLE_NUMBER = /^[0-9]{1,15}(?:\.[0-9]{1,15})?$/;
/** The booleans and nulls of YAML 1.2's core schema. */
const CORE_WORDS = new Map<string, boolean | null>([
  ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
  ['null', null], ['Null', null], ['NULL', null], ['~', null],
]);

/**
 * The value a one-line scalar stands for, or undefined when it is not plain text, a quoted string without
 * escapes, a plain number, a boolean or null, or may be read otherwise by YAML.
 */
function scalar(raw: string): Scalar | undefined {
  if (raw.includes('\t')) return undefined;
  const q = raw.charCodeAt(0);
  if (q === 34 /* " */ || q === 39 /* ' */) {
    // A quoted string with no escapes, then nothing or a comment.
    const close = raw.indexOf(raw[0], 1);
    if (close < 0) return undefined;
    const body = raw.slice(1, close);
    const rest = raw.slice(close + 1);
    if (q === 34 && body.includes('\\')) return undefined;
    return rest.trim().length === 0 || /^ +#/.test(rest) ? body : undefined;
  }
  // A comment starts at a # after a space.
  const hash = raw.indexOf(' #');
  const value = (hash >= 0 ? raw.slice(0, hash) : raw).trimEnd();
  if (value.length === 0) return undefined;
  if (SIMPLE_NUMBER.test(value)) return Number(value);
  const word = CORE_WORDS.get(value);
  if (word !== undefined) return word;
  if (INDICATOR.test(value) || value.includes(': ') || value.endsWith(':') || NOT_TEXT.test(value)) return undefined;
  return value;
}

/**
 * Reads `text` (starting at line `firstLine` of the document) when it has only the simple shapes above;
 * undefined otherwise, and the caller asks the YAML library.
 */
export function readSimpleYamlMap(text: string, firstLine: number, index: LineIndex): YamlMap | undefined {
  if (text.length > MAX_YAML_BYTES) return undefined; // refused by the library path, with its message
  const lines = text.split('\n');
  const entries: YamlEntry[] = [];
  const values = new Map<string, Value>();
  // A key with no value on its line: the list or the map of `key: value` lines below it.
  let block: Block | undefined;
  const closeBlock = (): void => {
    if (!block) return;
    const { entry, items, pairs } = block;
    block = undefined;
    if (items.length > 0) {
      values.set(entry.key, items);
      entry.text = items.map(textOf).filter((t) => t.length > 0).join('\n');
    } else if (pairs.length > 0) {
      values.set(entry.key, objectOf(pairs));
      entry.text = pairsText(pairs);
    } else values.set(entry.key, null); // a key with nothing below it: null
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.includes('\t')) return undefined;
    // Blank lines and whole-line comments change no value, and a value ends on its last line of text.
    if (line.trim().length === 0 || line.trimStart().startsWith('#')) continue;
    if (block) {
      const indent = line.length - line.trimStart().length;
      const item = block.pairs.length === 0 ? ITEM.exec(line) : null;
      const nested = !item && block.items.length === 0 && line.startsWith(' ') ? KEY.exec(line.trimStart()) : null;
      if (item || nested) {
        if (block.indent >= 0 && indent !== block.indent) return undefined;
        block.indent = indent;
        const value = scalar((item ? item[2] : nested?.[2]) ?? '');
        if (value === undefined) return undefined;
        if (item) block.items.push(value);
        else if (nested && isPlainKey(nested[1])) block.pairs.push([nested[1], value]);
        else return undefined;
        block.entry.endLine = Math.min(index.lineCount, firstLine + n + 1);
        continue;
      }
    }
    closeBlock();
    const m = KEY.exec(line);
    if (!m || !isPlainKey(m[1])) return undefined;
    const key = m[1];
    const line0 = firstLine + n;
    const entry: YamlEntry = {
      key,
      value: undefined,
      text: '',
      keyRange: { start: { line: line0, character: 0 }, end: { line: line0, character: key.length } },
      line: line0,
      endLine: Math.min(index.lineCount, line0 + 1),
    };
    entries.push(entry);
    if (m[2] === undefined || m[2].trim().length === 0) {
      block = { entry, items: [], pairs: [], indent: -1 };
      continue;
    }
    if (m[2].trim() === '[]') {
      values.set(key, []);
      continue;
    }
    const value = scalar(m[2]);
    if (value === undefined) return undefined;
    values.set(key, value);
    entry.text = textOf(value);
  }
  closeBlock();
  if (entries.length === 0) return undefined;
  // A key written twice keeps its last value, as the library's toJS() does.
  for (const e of entries) {
    const value = values.get(e.key);
    e.value = Array.isArray(value) ? [...value] : value !== null && typeof value === 'object' ? { ...value } : value;
  }
  return { entries, error: undefined, notAMap: false };
}

type Scalar = string | number | boolean | null;

/** A scalar's text as the library path gives it: nothing for null. */
function textOf(value: Scalar): string {
  return value === null ? '' : String(value);
}

type Value = Scalar | Scalar[] | Record<string, Scalar>;

/** A map's value as the library's toJS() gives it: a key written twice keeps its last value. */
function objectOf(pairs: [string, Scalar][]): Record<string, Scalar> {
  const map: Record<string, Scalar> = {};
  for (const [k, v] of pairs) map[k] = v;
  return map;
}

/** A map's text as the library path gives it: `key: value` lines, every pair. */
function pairsText(pairs: [string, Scalar][]): string {
  return pairs.map(([k, v]) => `${k}: ${textOf(v)}`).join('\n');
}

interface Block {
  entry: YamlEntry;
  items: Scalar[];
  pairs: [string, Scalar][];
  /** The indentation of its lines, once the first is read; -1 before. */
  indent: number;
}

/** A key YAML reads as that text: not null, a boolean or a number, and not one that would set a prototype. */
function isPlainKey(key: string): boolean {
  return !NOT_TEXT.test(key) && key !== '__proto__';
}
