// The decision map's words and marks. Each state has a symbol of its own shape and a word, so no meaning rests
// on colour. The words, like the concept names, come from the engine's catalogs in the reader's language.

import { catalogFor, type ReportText } from '../engine/l10n';
import { CONCEPTS, type ConceptId } from '../engine/types';
import type { CellState } from './model';

export type { ReportText };

export const STATE_MARK: Record<CellState, string> = {
  present: '✓',
  thin: '◐',
  hollow: '○',
  missing: '✗',
  suppressed: '⊘',
  'not-required': '–',
};

/** The map's words in a language (the engine's catalogs hold them, with every other message). */
export function reportText(locale?: string): ReportText {
  return catalogFor(locale).report;
}

/** Each concept's heading in a language: the map's names of its columns. */
export function conceptNames(locale?: string): Record<ConceptId, string> {
  const catalog = catalogFor(locale);
  return Object.fromEntries(CONCEPTS.map((c) => [c, catalog.concepts[c].heading])) as Record<ConceptId, string>;
}
