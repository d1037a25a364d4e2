// YAML front matter between `---` lines at the top of a Markdown document.

import { detached, type LineIndex } from '../text';
import type { FrontMatter } from '../types';
import { readYamlMap, type YamlEntry, type YamlMap } from './yamlMap';

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
 * Front matter read lately, by its text: typing in a document's body does not parse its YAML again. What
 * readYamlMap returns depends on the front matter's lines alone (every line it reports lies among them),
 * and nothing downstream changes the entries, so they can be shared.
 */
const recent = new Map<string, YamlMap>();
const RECENT = 32;

function cachedYamlMap(text: string, index: LineIndex): YamlMap {
  let yaml = recent.get(text);
  if (!yaml) {
    // Read from a copy: the values are cut from the text they are read from, and a cut of the document's
    // text would keep the whole document alive for as long as the entry stays here.
    const own = detached(text);
    yaml = readYamlMap(own, 1, index);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
    recent.set(own, yaml);
  }
  return yaml;
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
  const yaml = cachedYamlMap(index.slice(1, close), index);
  const data: Record<string, unknown> = {};
  const keyLines = new Map<string, number>();
  for (const e of yaml.entries) {
    data[e.key] = e.value;
    keyLines.set(e.key, e.line);
  }
  const error = yaml.error ?? (yaml.notAMap ? { message: 'front matter is not a set of `key: value` lines', line: 1 } : undefined);
  return {
    frontMatter: {
      data,
      keyLines,
      range: { start: { line: 0, character: 0 }, end: { line: close, character: index.line(close).length } },
      error,
    },
    entries: yaml.entries,
    bodyStart: close + 1,
  };
}
