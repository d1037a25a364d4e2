// The multilingual vocabulary and what is read with it: concepts, status words, placeholders, language.

export { detectLanguage, LANGUAGE_SAMPLE_CHARS } from './language';
export { ConceptMatcher, MAX_HEADING_WORDS } from './matcher';
export { wordMatches } from './words';
export { isPlaceholderLine, saysOnlyNoImpact } from './phrases';
export { isStatusLabel, normaliseStatus } from './status';
export { VOCABULARIES, type Vocabulary } from './vocabulary';
