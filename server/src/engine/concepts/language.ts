// Which of the seven languages a document is written in, from its most frequent small words.

import { words } from '../text';
import type { LanguageCode } from '../types';
import { VOCABULARIES } from './vocabulary';

/** How much text language detection reads: the start of a document tells its language (a page of prose is plenty). */
export const LANGUAGE_SAMPLE_CHARS = 5000;

/** Each common word and the languages it is common in, in vocabulary order. */
const commonWords = new Map<string, LanguageCode[]>();
for (const v of VOCABULARIES) {
  for (const w of v.common) {
    const languages = commonWords.get(w) ?? [];
    if (!languages.includes(v.language)) languages.push(v.language);
    commonWords.set(w, languages);
  }
}

/** The language whose common words the sample holds most often (the first to get there on a tie); English when none. */
export function detectLanguage(text: string): LanguageCode {
  const scores = new Map<LanguageCode, number>();
  for (const w of words(text.slice(0, LANGUAGE_SAMPLE_CHARS))) {
    for (const language of commonWords.get(w) ?? []) scores.set(language, (scores.get(language) ?? 0) + 1);
  }
  let best: LanguageCode = 'en';
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}
