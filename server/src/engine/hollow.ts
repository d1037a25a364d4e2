// Whether a customer section says something, or only looks as if it does.

import { isPlaceholderLine, saysOnlyNoImpact } from './concepts';
import type { Section } from './types';

export type Hollowness = 'empty' | 'placeholder' | 'no-impact';

const HEADING_LINE = /^\s{0,3}(?:#{1,6}(?:\s|$)|=+\s*$|-+\s*$)/;

/** The lines of a section that carry text: no blank lines, comments, headings or setext underlines. */
export function contentLines(section: Section): string[] {
  const body = section.body.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const lines = body.split('\n').filter((l) => l.trim().length > 0);
  return section.source === 'heading' ? lines.filter((l) => !HEADING_LINE.test(l)) : lines;
}

export function hollowness(section: Section): Hollowness | undefined {
  const lines = contentLines(section);
  if (lines.length === 0) return 'empty';
  if (section.concepts.includes('customer-impact') && saysOnlyNoImpact(lines.join(' '))) return 'no-impact';
  if (lines.every(isPlaceholderLine)) return 'placeholder';
  return undefined;
}
