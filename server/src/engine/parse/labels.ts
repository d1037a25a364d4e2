// Label lines (`**Customer impact:** ...`, `- Customer impact: ...`), plain `Status: Accepted` lines, and the
// comments of HTML blocks.

import { isStatusLabel } from '../concepts';
import type { LineIndex } from '../text';
import type { Comment, Range } from '../types';

/** Where a label line's name ends and its text begins. */
export interface Label {
  name: string;
  rest: string;
  line: number;
  range: Range;
  source: 'bold-label' | 'list-label';
}


const BOLD_LABEL = /^(\*\*|__)([^*_\n]{1,80}?)(?:\s*:\s*\1|\1\s*:)[ \t]*(.*)$/;
/** A bold line alone, with no colon (`**Problem solved**`): the section's text follows below it. */
const BOLD_LINE = /^(\*\*|__)([^*_\n:]{1,80}?)\1\s*$/;
const LIST_LABEL = /^([^:\n`<>[\]()]{1,60}?)\s*:(?:[ \t]+(.*))?$/;
/** Longer names are prose with a colon, not labels. */
const MAX_LABEL_WORDS = 7;

function firstLineOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}

/** The label a paragraph opens with, if any; a list label only as the first block of a list item. */
export function labelOf(paragraph: string, line: number, index: LineIndex, inListItem: boolean): Label | undefined {
  const firstLine = firstLineOf(paragraph);
  const bold = BOLD_LABEL.exec(firstLine) ?? BOLD_LINE.exec(firstLine);
  let found: Pick<Label, 'name' | 'rest' | 'source'> | undefined = bold ? { name: bold[2], rest: bold[3] ?? '', source: 'bold-label' } : undefined;
  if (!found && inListItem) {
    const list = LIST_LABEL.exec(firstLine);
    if (list && !/https?$|^\s*$/.test(list[1])) found = { name: list[1], rest: list[2] ?? '', source: 'list-label' };
  }
  if (!found || found.name.trim().split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  const indent = Math.max(0, index.line(line).indexOf(firstLine.slice(0, 8)));
  return {
    name: found.name.trim(),
    rest: found.rest,
    line,
    source: found.source,
    range: { start: { line, character: indent }, end: { line, character: indent + firstLine.length } },
  };
}

/** Plain `Status: Accepted` lines in a paragraph, a common way to write the status without a list or bold. */
export function plainStatusLines(paragraph: string, firstLine: number, index: LineIndex): Label[] {
  const out: Label[] = [];
  paragraph.split('\n').forEach((text, k) => {
    // A label's colon comes before a space, a tab or the line's end ("https://" is no label).
    const colon = text.indexOf(':');
    if (colon < 0 || (colon + 1 < text.length && text[colon + 1] !== ' ' && text[colon + 1] !== '\t')) return;
    const m = LIST_LABEL.exec(text.trim());
    if (!m || !isStatusLabel(m[1])) return;
    const line = firstLine + k;
    out.push({ name: m[1].trim(), rest: m[2] ?? '', line, source: 'list-label', range: index.lineRange(line) });
  });
  return out;
}

/**
 * The comments of an HTML block, each from `<!--` to the first `-->` after it. Found with indexOf, not a
 * regular expression, so that a block of unclosed `<!--` lines takes linear time.
 */
export function commentsIn(content: string, firstLine: number, index: LineIndex): Comment[] {
  const out: Comment[] = [];
  let line = firstLine;
  let counted = 0;
  for (let open = content.indexOf('<!--'); open >= 0; ) {
    const close = content.indexOf('-->', open + 4);
    if (close < 0) break; // nothing closes this one, nor any after it
    for (; counted < open; counted++) if (content.charCodeAt(counted) === 10) line++;
    out.push({ text: content.slice(open + 4, close), line, range: index.lineRange(line) });
    open = content.indexOf('<!--', close + 3);
  }
  return out;
}
