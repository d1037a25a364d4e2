// Sections from headings and labels: a heading's section runs to the next heading of the same or a higher
// level; a label's runs to the next heading or label.

import type { ConceptMatcher } from '../concepts';
import type { LineIndex } from '../text';
import type { Range, Section } from '../types';
import type { Label } from './labels';

export interface Heading {
  level: number;
  text: string;
  line: number;
  /** The line after the heading (a setext heading takes two). */
  endLine: number;
  range: Range;
}

/** A heading that is all code: one identifier with capitals inside ("ClientBase", "userId") or a code span. */
const CODE_LABEL = /^\s*(?:`[^`]*`|[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*(?:\(\))?)\s*$/;

/** The concepts a heading or label names, and whether it names them with one generic word. */
export function conceptsOf(label: string, matcher: ConceptMatcher): Pick<Section, 'concepts' | 'generic'> {
  if (CODE_LABEL.test(label)) return { concepts: [] };
  const concepts = matcher.match(label);
  return concepts.length > 0 && matcher.genericWord(label) !== undefined ? { concepts, generic: true } : { concepts };
}

/** Each heading's section runs to the next heading of the same or a higher level, else to the end. */
export function headingSections(headings: Heading[], index: LineIndex, matcher: ConceptMatcher): Section[] {
  const ends = headings.map(() => index.lineCount);
  const open: number[] = [];
  headings.forEach((h, k) => {
    while (open.length > 0 && headings[open[open.length - 1]].level >= h.level) ends[open.pop() as number] = h.line;
    open.push(k);
  });
  return headings.map((h, k): Section => ({
    label: h.text,
    source: 'heading',
    level: h.level,
    labelRange: h.range,
    bodyStart: h.endLine,
    bodyEnd: ends[k],
    body: index.slice(h.endLine, ends[k]),
    ...conceptsOf(h.text, matcher),
  }));
}

/**
 * A label's text runs to the next heading or label, and never past the next heading. Both come in line
 * order, so each look-up is a binary search: a document of thousands of labels stays linear in practice.
 */
export function labelSections(labels: Label[], headings: Heading[], index: LineIndex, matcher: ConceptMatcher): Section[] {
  const headingLines = headings.map((h) => h.line);
  const boundaries = [...headingLines, ...labels.map((l) => l.line)].sort((a, b) => a - b);
  return labels.map((l) => {
    const nextHeading = firstAbove(headingLines, l.line);
    const limit = nextHeading < headingLines.length ? headingLines[nextHeading] : index.lineCount;
    const nextBoundary = firstAbove(boundaries, l.line);
    const bodyEnd = nextBoundary < boundaries.length ? Math.min(boundaries[nextBoundary], limit) : limit;
    const rest = index.slice(l.line + 1, bodyEnd);
    return {
      label: l.name,
      source: l.source,
      level: 7,
      labelRange: l.range,
      bodyStart: l.line,
      bodyEnd,
      body: l.rest.length === 0 ? rest : rest.length === 0 ? l.rest : `${l.rest}\n${rest}`,
      ...conceptsOf(l.name, matcher),
    };
  });
}

/** Index of the first value above `after` in ascending `sorted`, or its length when there is none. */
function firstAbove(sorted: number[], after: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
