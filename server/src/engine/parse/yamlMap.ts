// Reads a YAML mapping (front matter or a whole-YAML record) into keys, values and the lines they sit on.

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Range, YamlProblem } from '../types';
import { LineIndex, visibleLine } from '../text';
import { parseYamlGuarded } from './yamlGuard';

export interface YamlEntry {
  key: string;
  value: unknown;
  /** The value's text, scalars of nested lists and maps joined by new lines. */
  text: string;
  keyRange: Range;
  /** Line of the key and the line after the value's end. */
  line: number;
  endLine: number;
}

export interface YamlMap {
  entries: YamlEntry[];
  error?: { problem: YamlProblem; line: number };
  /** True when the text is YAML but not a mapping (a list, a scalar). */
  notAMap: boolean;
}

/** Every scalar below a node, as text. */
function scalarsText(node: unknown): string {
  if (node === null || node === undefined) return '';
  if (isScalar(node)) return node.value === null || node.value === undefined ? '' : String(node.value);
  if (isSeq(node)) return node.items.map(scalarsText).filter((s) => s.length > 0).join('\n');
  if (isMap(node)) return node.items.map((p) => [scalarsText(p.key), scalarsText(p.value)].join(': ')).join('\n');
  return '';
}

/**
 * Parses `text`, which starts at line `firstLine` of the document `index` describes.
 * Never throws: a syntax error is returned with its line and whatever keys could be read.
 */
export function readYamlMap(text: string, firstLine: number, index: LineIndex): YamlMap {
  // Positions come from a LineIndex of `text`, which breaks lines as the document's does (at a lone \r too);
  // YAML's own line counter knows \n only.
  const local = new LineIndex(text);
  const entries: YamlEntry[] = [];
  let doc;
  try {
    // logLevel 'error': YAML's warnings (collection keys, ...) would go to the process's stderr.
    const parsed = parseYamlGuarded(text, { uniqueKeys: false, prettyErrors: false, strict: false, logLevel: 'error' });
    if ('refused' in parsed) return { entries, notAMap: false, error: { problem: parsed, line: firstLine } };
    doc = parsed;
  } catch (e) {
    return { entries, notAMap: false, error: { problem: { syntax: firstLineOf(e) }, line: firstLine } };
  }
  const lineOf = (offset: number) => firstLine + local.positionAt(offset).line;
  let error: YamlMap['error'];
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    // An error at the end of the input (an unclosed list) is shown on the last line with text.
    const lastLine = firstLine + Math.max(0, local.lineCount - 1);
    error = { problem: { syntax: firstLineOf(first) }, line: Math.max(firstLine, visibleLine(index, Math.min(lineOf(first.pos[0]), lastLine))) };
  }
  const contents = doc.contents as Node | null;
  if (contents === null || contents === undefined) return { entries, error, notAMap: false };
  if (!isMap(contents)) return { entries, error, notAMap: true };
  let js: Record<string, unknown> | undefined;
  try {
    // maxAliasCount guards against alias bombs ("billion laughs").
    const value: unknown = doc.toJS({ maxAliasCount: 50 });
    if (value && typeof value === 'object') js = value as Record<string, unknown>;
  } catch (e) {
    // An alias bomb: the values are not read, and that is said.
    js = undefined;
    error ??= { problem: { syntax: firstLineOf(e) }, line: firstLine };
  }
  for (const pair of contents.items) {
    const keyNode = pair.key as Node | null;
    if (!isScalar(keyNode) || keyNode.range === undefined || keyNode.range === null) continue;
    const key = String(keyNode.value);
    const line = lineOf(keyNode.range[0]);
    const startChar = local.positionAt(keyNode.range[0]).character;
    // A key written over several lines ends, for its range, at the end of its first line.
    const keyEnd = local.positionAt(keyNode.range[1]);
    const keyEndChar = keyEnd.line === line - firstLine ? keyEnd.character : local.line(line - firstLine).length;
    const valueNode = pair.value as Node | null;
    const end = valueNode && valueNode.range ? valueNode.range[1] : keyNode.range[1];
    const value = js && Object.hasOwn(js, key) ? js[key] : undefined;
    const endPos = local.positionAt(Math.max(keyNode.range[0], end - 1));
    entries.push({
      key,
      value,
      text: scalarsText(valueNode),
      keyRange: { start: { line, character: startChar }, end: { line, character: keyEndChar } },
      line,
      endLine: Math.min(index.lineCount, firstLine + endPos.line + 1),
    });
  }
  return { entries, error, notAMap: false };
}

function firstLineOf(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

/**
 * The entries as an object of their keys and values. Every key is an own property, `__proto__` too (plain
 * assignment would set the object's prototype instead); a key written twice keeps its last value.
 */
export function dataOf(entries: YamlEntry[]): Record<string, unknown> {
  return Object.fromEntries(entries.map((e) => [e.key, e.value]));
}
