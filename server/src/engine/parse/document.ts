// A document before its check: Markdown or YAML by its path, too large to read or not, its parse, its front
// matter read without the body (a YAML record's keys stand for it), and where findings about what is missing go.

import type { ConceptMatcher } from '../concepts';
import { MAX_FILE_BYTES, MAX_FILE_LINES } from '../config/defaults';
import type { LineIndex } from '../text';
import type { FrontMatter, ParsedDocument, Range } from '../types';
import { readFrontMatter } from './frontMatter';
import { parseMarkdown } from './markdown';
import { readYamlMap } from './yamlMap';
import { keysAsFrontMatter, parseYamlRecord } from './yamlRecord';

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/** Which limit a text is above, if any: it is then not parsed at all. */
export function isTooLarge(input: { text: string; byteLength?: number }): 'bytes' | 'lines' | undefined {
  if (input.text.length > MAX_FILE_BYTES || (input.byteLength ?? 0) > MAX_FILE_BYTES) return 'bytes';
  if (input.text.length < MAX_FILE_LINES) return undefined;
  let lines = 1;
  for (let i = input.text.indexOf('\n'); i >= 0 && lines <= MAX_FILE_LINES; i = input.text.indexOf('\n', i + 1)) lines++;
  return lines > MAX_FILE_LINES ? 'lines' : undefined;
}

export function parseDocument(path: string, index: LineIndex, matcher: ConceptMatcher): ParsedDocument {
  return isYamlPath(path) ? parseYamlRecord(index, matcher) : parseMarkdown(index, matcher);
}

/** The front matter of a Markdown document (none when unclosed), or a YAML record's keys, without parsing a body. */
export function declaredFrontMatter(path: string, index: LineIndex): FrontMatter | undefined {
  if (isYamlPath(path)) return keysAsFrontMatter(readYamlMap(index.text, 0, index), index);
  const block = readFrontMatter(index);
  return block && !('unclosed' in block) ? block.frontMatter : undefined;
}

/** The title, else the front matter's first line, else the first line with text. */
export function anchorOf(doc: ParsedDocument, index: LineIndex): Range {
  if (doc.title) return doc.title.range;
  if (doc.frontMatter) return index.lineRange(doc.frontMatter.range.start.line);
  for (let n = 0; n < index.lineCount; n++) if (index.line(n).trim().length > 0) return index.lineRange(n);
  return index.lineRange(0);
}
