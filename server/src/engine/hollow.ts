// Whether a customer section says something, or only looks as if it does.

import { isPlaceholderLine, saysOnlyNoImpact } from './concepts';
import { catalogFor } from './l10n';
import { words } from './text';
import type { Hollowness, Section } from './types';
import { CONCEPTS, LANGUAGES } from './types';

/** Our own prompts, left as the quick fix or snippet wrote them, are not an answer yet. */
const PROMPTS = new Set(LANGUAGES.flatMap((l) => CONCEPTS.map((c) => words(catalogFor(l).concepts[c].prompt).join(' '))));

function isUnansweredLine(line: string): boolean {
  return isPlaceholderLine(line) || PROMPTS.has(words(line).join(' '));
}

const HEADING_LINE = /^\s{0,3}(?:#{1,6}(?:\s|$)|=+\s*$|-+\s*$)/;

/** The lines of a section that carry text: no blank lines, comments, headings or setext underlines. */
export function contentLines(section: Section): string[] {
  const body = section.body.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const lines = body.split('\n').filter((l) => l.trim().length > 0);
  return section.source === 'heading' ? lines.filter((l) => !HEADING_LINE.test(l)) : lines;
}

/** Whether the section says nothing: no text, only placeholders or our own prompts, or only "no impact". */
export function hollowness(section: Section): Hollowness | undefined {
  const lines = contentLines(section);
  if (lines.length === 0) return 'empty';
  if (section.concepts.includes('customer-impact') && saysOnlyNoImpact(lines.join(' '))) return 'no-impact';
  if (lines.every(isUnansweredLine)) return 'placeholder';
  return undefined;
}
