// YAML front matter between `---` lines at the top of a Markdown document.

import type { LineIndex } from '../text';
import type { FrontMatter } from '../types';
import { dataOf, readYamlMap, type YamlEntry } from './yamlMap';

export interface FrontMatterBlock {
  frontMatter: FrontMatter;
  entries: YamlEntry[];
  /** First line after the closing delimiter. */
  bodyStart: number;
}

function isOpening(line: string): boolean {
  return line.replace(/^\uFEFF/, '').trimEnd() === '---';
}

/**
 * Finds front matter; an opening `---` without a closing one is reported and the document is read as
 * Markdown from the top, as CommonMark would.
 */
export function readFrontMatter(index: LineIndex): FrontMatterBlock | { unclosed: true } | undefined {
  if (index.lineCount < 2 || !isOpening(index.line(0))) return undefined;
  let close = -1;
  for (let n = 1; n < index.lineCount; n++) {
    const l = index.line(n).trimEnd();
    if (l === '---' || l === '...') {
      close = n;
      break;
    }
  }
  if (close < 0) return { unclosed: true };
  const yaml = readYamlMap(index.slice(1, close), 1, index);
  const keyLines = new Map(yaml.entries.map((e) => [e.key, e.line]));
  const error = yaml.error ?? (yaml.notAMap ? { problem: { notAMap: true as const }, line: 1 } : undefined);
  return {
    frontMatter: {
      data: dataOf(yaml.entries),
      keyLines,
      range: { start: { line: 0, character: 0 }, end: { line: close, character: index.line(close).length } },
      error,
    },
    entries: yaml.entries,
    bodyStart: close + 1,
  };
}
