// The common shape of front matter and YAML records, read without the YAML library: block mappings and block
// lists nested a few levels deep (lists of mappings included), whose values are text, quoted text without
// escapes, plain numbers, booleans, nulls, `[]`, `{}` or a one-line list of plain words (`[a, b]`), with blank
// lines and comments between them. Anything else (multi-line text, anchors, tags, escapes, other numbers,
// other flow collections, deeper nesting, ...) is left to the library, which reads it all; this only saves
// its cost, most of which is warming up, on the front matter and records nearly every project writes. For
// every text it accepts it gives what the library path gives: test/unit/speed.test.ts compares the two on
// generated texts.

import type { LineIndex } from '../text';
import { MAX_YAML_BYTES } from './yamlDepth';
import type { YamlEntry, YamlMap } from './yamlMap';

/** A key as a person writes one: words of letters, digits, `_` and `-`, single spaces between. */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+)*):(?: +(.*))?$/;

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

/** A one-line list of plain words: `[a, b-c, d e]`, then nothing or a comment. */
const FLOW_LIST = /^\[([^[\]{}"'#,]*(?:,[^[\]{}"'#,]*)*)\](?: +#.*)?$/;

/**
 * Characters the simple shapes leave to the library: tabs, which YAML reads by context; line breaks other
 * than \n; and the control characters, byte-order marks and non-characters YAML does not allow in text.
 */
const UNUSUAL = /[\x00-\x08\t\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

/** Nesting deeper than this is left to the library, which guards its own depth. */
const MAX_DEPTH = 16;

type Scalar = string | number | boolean | null;

/** What a value is, as far as the library's toJS() and the entries' texts need to know. */
type Node =
  | { kind: 'scalar'; value: Scalar }
  | { kind: 'list'; items: Node[] }
  | { kind: 'map'; pairs: [string, Node][] };

const NULL_NODE: Node = { kind: 'scalar', value: null };

/** The library path refuses to guess: every way out of the simple shapes ends the reading. */
class NotSimple extends Error {}
const NOT_SIMPLE = new NotSimple();

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
  return plain(value);
}

/** A plain scalar's value, already cut from its comment; undefined when YAML may read it otherwise. */
function plain(value: string): Scalar | undefined {
  if (SIMPLE_NUMBER.test(value)) return Number(value);
  const word = CORE_WORDS.get(value);
  if (word !== undefined) return word;
  if (INDICATOR.test(value) || value.includes(': ') || value.endsWith(':') || NOT_TEXT.test(value)) return undefined;
  return value;
}

/** `[a, b]` as a list node, or undefined when the text is not such a list. */
function flowList(raw: string): Node | undefined {
  const m = FLOW_LIST.exec(raw);
  if (!m) return undefined;
  const inside = m[1].trim();
  if (inside.length === 0) return { kind: 'list', items: [] };
  const items: Node[] = [];
  for (const part of inside.split(',')) {
    const item = part.trim();
    // An empty item (`[a,,b]`, `[a, ]`) or one that YAML's flow context reads otherwise.
    if (item.length === 0 || item.includes(':') || part.includes('\t')) return undefined;
    const value = plain(item);
    if (value === undefined) return undefined;
    items.push({ kind: 'scalar', value });
  }
  return { kind: 'list', items };
}

/** The value on a key's line (after `key: `), when it is all on that line. */
function inlineValue(raw: string): Node {
  const trimmed = raw.trim();
  if (trimmed === '[]' || trimmed === '[ ]') return { kind: 'list', items: [] };
  if (trimmed === '{}') return { kind: 'map', pairs: [] };
  if (trimmed.startsWith('[')) {
    const list = flowList(trimmed);
    if (list) return list;
    throw NOT_SIMPLE;
  }
  const value = scalar(raw);
  if (value === undefined) throw NOT_SIMPLE;
  return { kind: 'scalar', value };
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32) i++;
  return i;
}

/** Whether a line, from `col`, starts a list item: `-` then a space or the line's end. */
function isItemAt(line: string, col: number): boolean {
  return line.charCodeAt(col) === 45 /* - */ && (col + 1 === line.length || line.charCodeAt(col + 1) === 32);
}

/** The lines of a YAML text, read top-down; `last` is the last line that held some of the value read so far. */
class Reader {
  private n = 0;
  last = 0;

  constructor(private readonly lines: string[]) {}

  /**
   * The next line with content, skipping blank lines and comments; -1 at the end. An indented comment
   * belongs to whichever collection its column puts it in, and stretches that one's range: left to the library.
   */
  peek(): number {
    while (this.n < this.lines.length) {
      const line = this.lines[this.n];
      const i = indentOf(line);
      if (i < line.length) {
        if (line.charCodeAt(i) !== 35 /* # */) return this.n;
        if (i > 0) throw NOT_SIMPLE;
      }
      this.n++;
    }
    return -1;
  }

  line(n: number): string {
    return this.lines[n];
  }

  take(n: number): void {
    this.last = n;
    this.n = n + 1;
  }

  /** Replaces a list item's `-` by a space, so that what follows it reads as a node at its own column. */
  openItem(n: number, col: number): void {
    const line = this.lines[n];
    this.lines[n] = `${line.slice(0, col)} ${line.slice(col + 1)}`;
  }

  /** A mapping whose keys sit at column `col`, from the next line with content. */
  map(col: number, depth: number): Node {
    const pairs: [string, Node][] = [];
    for (let n = this.peek(); n >= 0; n = this.peek()) {
      const line = this.line(n);
      const indent = indentOf(line);
      if (indent < col) break;
      if (indent > col) throw NOT_SIMPLE;
      const m = KEY.exec(line.slice(col));
      if (!m || !isPlainKey(m[1])) throw NOT_SIMPLE;
      this.take(n);
      pairs.push([m[1], this.valueAfterKey(m[2], col, depth)]);
    }
    return { kind: 'map', pairs };
  }

  /** A list whose `-` sit at column `col`, from the next line with content. */
  list(col: number, depth: number): Node {
    const items: Node[] = [];
    for (let n = this.peek(); n >= 0; n = this.peek()) {
      const line = this.line(n);
      const indent = indentOf(line);
      if (indent > col) throw NOT_SIMPLE;
      // A line further out, or a key at the list's own column (`key:` then `- item` lines): the list ends.
      if (indent < col || !isItemAt(line, col)) break;
      const contentCol = indentOf(line.slice(col + 1)) + col + 1;
      if (contentCol >= line.length) {
        // `-` alone: the item is the node on the lines below it, or null.
        this.take(n);
        items.push(this.nodeBelow(col, depth, false));
        continue;
      }
      this.openItem(n, col);
      items.push(this.nodeAt(contentCol, depth + 1));
    }
    return { kind: 'list', items };
  }

  /** The node that starts at column `col` of the next line with content: a mapping, a list or a scalar. */
  private nodeAt(col: number, depth: number): Node {
    if (depth > MAX_DEPTH) throw NOT_SIMPLE;
    const n = this.peek();
    const line = this.line(n);
    if (isItemAt(line, col)) return this.list(col, depth);
    if (KEY.test(line.slice(col))) return this.map(col, depth);
    this.take(n);
    return inlineValue(line.slice(col));
  }

  /** The value of a key at column `col`: on its line (`rest`), or on the lines below it. */
  valueAfterKey(rest: string | undefined, col: number, depth: number): Node {
    if (rest !== undefined && rest.trim().length > 0) {
      if (rest.trimStart().startsWith('#')) {
        // Below a nested `key: # comment`, the library stretches the key's range over any blank lines.
        if (col > 0) throw NOT_SIMPLE;
        return this.nodeBelow(col, depth, true);
      }
      return inlineValue(rest);
    }
    return this.nodeBelow(col, depth, true);
  }

  /**
   * The node on the lines below a key or a `-` at column `col`: indented further, or, after a key, a list
   * at the key's own column (`key:` then `- item`); null when there is none.
   */
  private nodeBelow(col: number, depth: number, afterKey: boolean): Node {
    const n = this.peek();
    if (n < 0) return NULL_NODE;
    const line = this.line(n);
    const indent = indentOf(line);
    if (indent > col) return this.nodeAt(indent, depth + 1);
    if (afterKey && indent === col && isItemAt(line, col)) return this.list(col, depth + 1);
    return NULL_NODE;
  }
}

/**
 * Reads `text` (starting at line `firstLine` of the document) when it has only the simple shapes above;
 * undefined otherwise, and the caller asks the YAML library.
 */
export function readSimpleYamlMap(text: string, firstLine: number, index: LineIndex): YamlMap | undefined {
  if (text.length > MAX_YAML_BYTES || UNUSUAL.test(text)) return undefined;
  const reader = new Reader(text.split('\n'));
  const entries: YamlEntry[] = [];
  const values = new Map<string, Node>();
  try {
    for (let n = reader.peek(); n >= 0; n = reader.peek()) {
      const line = reader.line(n);
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
        endLine: 0,
      };
      reader.take(n);
      entries.push(entry);
      const value = reader.valueAfterKey(m[2], 0, 0);
      values.set(key, value);
      entry.text = textOf(value);
      entry.endLine = Math.min(index.lineCount, firstLine + reader.last + 1);
    }
  } catch (e) {
    if (e === NOT_SIMPLE) return undefined;
    throw e;
  }
  if (entries.length === 0) return undefined;
  // A key written twice keeps its last value, as the library's toJS() does.
  for (const e of entries) e.value = jsOf(values.get(e.key) as Node);
  return { entries, error: undefined, notAMap: false };
}

/** A value as the library's toJS() gives it: a key written twice in a mapping keeps its last value. */
function jsOf(node: Node): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(jsOf);
  const map: Record<string, unknown> = {};
  for (const [k, v] of node.pairs) map[k] = jsOf(v);
  return map;
}

/** A value's text as the library path gives it: every scalar below it, mappings as `key: value` lines. */
function textOf(node: Node): string {
  if (node.kind === 'scalar') return node.value === null ? '' : String(node.value);
  if (node.kind === 'list') return node.items.map(textOf).filter((t) => t.length > 0).join('\n');
  return node.pairs.map(([k, v]) => `${k}: ${textOf(v)}`).join('\n');
}

/** A key YAML reads as that text: not null, a boolean or a number, and not one that would set a prototype. */
function isPlainKey(key: string): boolean {
  return !NOT_TEXT.test(key) && key !== '__proto__';
}
