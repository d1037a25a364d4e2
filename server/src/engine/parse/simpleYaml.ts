// The common shape of front matter read without the YAML library: `key: value` lines with text, quoted text
// or a whole number, and keys followed by a list of `- item` lines. Anything else (nesting, flow
// collections, anchors, multi-line text, other numbers, booleans, ...) is left to the YAML library, which reads it all; this only saves its cost,
// most of which is warming up, on the front matter nearly every record has. For every text it accepts, it
// gives what the library path gives (test/unit/simpleYaml.test.ts compares the two on generated texts).

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

/** A whole number YAML reads as a number ("42", "0042"), short enough to be exact. */
const WHOLE_NUMBER = /^[0-9]{1,15}$/;

/**
 * The value a one-line scalar stands for, or undefined when it is not plain text, a simple quoted string
 * or a whole number, or may be read otherwise by YAML.
 */
function scalar(raw: string): string | number | undefined {
  const value = raw.trimEnd();
  if (value.length === 0 || value.includes('\t')) return undefined;
  if (WHOLE_NUMBER.test(value)) return Number(value);
  const q = value.charCodeAt(0);
  if (q === 34 /* " */) {
    const body = value.slice(1, -1);
    return value.length >= 2 && value.endsWith('"') && !body.includes('"') && !body.includes('\\') ? body : undefined;
  }
  if (q === 39 /* ' */) {
    const body = value.slice(1, -1);
    return value.length >= 2 && value.endsWith("'") && !body.includes("'") ? body : undefined;
  }
  if (INDICATOR.test(value) || value.includes(': ') || value.includes(' #') || value.endsWith(':') || NOT_TEXT.test(value)) return undefined;
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
  const values = new Map<string, string | number | (string | number)[]>();
  let list: { entry: YamlEntry; items: (string | number)[]; indent: number } | undefined;
  const closeList = (): boolean => {
    if (!list) return true;
    if (list.items.length === 0) return false; // a key with no value: null, left to the library
    values.set(list.entry.key, list.items);
    list.entry.text = list.items.map(String).join('\n');
    list = undefined;
    return true;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line.length === 0) return undefined; // blank lines and comments change where a value ends
    const item = list ? ITEM.exec(line) : null;
    if (list && item) {
      if (list.items.length > 0 && item[1].length !== list.indent) return undefined;
      const value = scalar(item[2]);
      if (value === undefined) return undefined;
      list.indent = item[1].length;
      list.items.push(value);
      list.entry.endLine = Math.min(index.lineCount, firstLine + n + 1);
      continue;
    }
    if (!closeList()) return undefined;
    const m = KEY.exec(line);
    if (!m || NOT_TEXT.test(m[1]) || m[1] === '__proto__') return undefined;
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
      if (m[2] !== undefined) return undefined; // `key:` followed by spaces only
      list = { entry, items: [], indent: 0 };
      continue;
    }
    const value = scalar(m[2]);
    if (value === undefined) return undefined;
    values.set(key, value);
    entry.text = String(value);
  }
  if (!closeList() || entries.length === 0) return undefined;
  // A key written twice keeps its last value, as the library's toJS() does.
  for (const e of entries) {
    const value = values.get(e.key);
    e.value = Array.isArray(value) ? [...value] : value;
  }
  return { entries, error: undefined, notAMap: false };
}
