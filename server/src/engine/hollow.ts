// Whether a customer section says something, or only looks as if it does.

import { isPlaceholderLine, saysOnlyNoImpact } from './concepts';
import { catalogFor } from './l10n';
import { detached, words } from './text';
import type { Hollowness, Section } from './types';
import { CONCEPTS, LANGUAGES } from './types';

/** Our own prompts, left as the quick fix or snippet wrote them, are not an answer yet. */
const PROMPTS = new Set(LANGUAGES.flatMap((l) => CONCEPTS.map((c) => words(catalogFor(l).concepts[c].prompt).join(' '))));

function isUnansweredLine(line: string): boolean {
  return isPlaceholderLine(line) || PROMPTS.has(words(line).join(' '));
}

export type { Hollowness };

const HEADING_LINE = /^\s{0,3}(?:#{1,6}(?:\s|$)|=+\s*$|-+\s*$)/;

/** The lines of a section that carry text: no blank lines, comments, headings or setext underlines. */
export function contentLines(section: Section): string[] {
  const body = section.body.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const lines = body.split('\n').filter((l) => l.trim().length > 0);
  return section.source === 'heading' ? lines.filter((l) => !HEADING_LINE.test(l)) : lines;
}

/** Each section's answer is kept on it: the checklist and three rules ask about the same sections, each several times. */
export function hollowness(section: Section): Hollowness | undefined {
  if (section.hollow === undefined) section.hollow = assess(section) ?? null;
  return section.hollow ?? undefined;
}

/** Answers by section text, for an editor: it checks the same sections again on every keystroke. */
const recent = new Map<string, Hollowness | null>();
const RECENT = 1000;
/** Longer sections are assessed every time: they are few, and their text would fill the memory. */
const RECENT_MAX_CHARS = 2000;

/**
 * hollowness(), answered from the sections seen lately when this one's text was seen before. What assess()
 * says depends on the section's text, whether it is a heading's, and whether it is about customer impact.
 */
export function rememberedHollowness(section: Section): Hollowness | undefined {
  if (section.hollow !== undefined || section.body.length > RECENT_MAX_CHARS) return hollowness(section);
  const key = `${section.source === 'heading' ? 'h' : 'l'}${section.concepts.includes('customer-impact') ? 'i' : '-'}${section.body}`;
  let answer = recent.get(key);
  if (answer === undefined) {
    answer = assess(section) ?? null;
    if (recent.size >= RECENT) recent.clear();
    recent.set(detached(key), answer);
  }
  section.hollow = answer;
  return answer ?? undefined;
}

function assess(section: Section): Hollowness | undefined {
  const lines = contentLines(section);
  if (lines.length === 0) return 'empty';
  if (section.concepts.includes('customer-impact') && saysOnlyNoImpact(lines.join(' '))) return 'no-impact';
  if (lines.every(isUnansweredLine)) return 'placeholder';
  return undefined;
}
