// Recognises which concepts a heading, label or key names, in any of the seven languages.

import { fold, words } from '../text';
import type { ConceptId, LanguageCode, Status } from '../types';
import { CONCEPTS } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pl } from './pl';
import { pt } from './pt';
import type { Vocabulary } from './vocabulary';

export const VOCABULARIES: readonly Vocabulary[] = [en, it, es, pl, de, fr, pt];

/** One word of a pattern: exact (with short inflections) or a stem that takes any ending. */
interface WordMatcher {
  word: string;
  stem: boolean;
}

/** A slot matches any customer word when `customer` is set. */
interface Slot {
  alternatives: WordMatcher[];
  customer: boolean;
}

interface CompiledPattern {
  concept: ConceptId;
  slots: Slot[];
  exact: boolean;
}

const MAX_INFLECTION = 3;

function compileWord(raw: string): WordMatcher {
  const stem = raw.endsWith('*');
  return { word: fold(stem ? raw.slice(0, -1) : raw), stem };
}

/** Endings that make a plural or a case of a word in the seven languages: customer -> customers, klient -> klientów. */
const INFLECTIONS = new Set(['s', 'es', 'i', 'e', 'a', 'o', 'y', 'u', 'n', 'en', 'er', 'ern', 'em', 'ow', 'om', 'ami', 'ach', 'ie', 'as', 'os', 'us', 'ae', 'is', 'ies']);

export function wordMatches(m: WordMatcher, token: string): boolean {
  if (token === m.word) return true;
  if (!token.startsWith(m.word)) return false;
  if (m.stem) return true;
  return m.word.length >= 4 && token.length - m.word.length <= MAX_INFLECTION && INFLECTIONS.has(token.slice(m.word.length));
}

/** Headings longer than this are prose, not section names. */
const MAX_HEADING_WORDS = 10;

/**
 * A matcher over several vocabularies, with extra synonyms from configuration. Synonyms are plain words,
 * matched like the built-in patterns: nothing a user writes becomes a regular expression.
 */
export class ConceptMatcher {
  private readonly patterns: CompiledPattern[] = [];
  private readonly customerWords: WordMatcher[];
  private readonly fillers: Set<string>;
  /** Every word the patterns use, so a compound is split only where its second half means something. */
  private readonly vocabulary: WordMatcher[];
  private readonly cache = new Map<string, ConceptId[]>();

  constructor(vocabularies: readonly Vocabulary[] = VOCABULARIES, extra: Partial<Record<ConceptId, string[]>> = {}) {
    this.customerWords = vocabularies.flatMap((v) => v.customers.map(compileWord));
    this.fillers = new Set(vocabularies.flatMap((v) => v.fillers.map(fold)));
    for (const v of vocabularies) {
      for (const concept of CONCEPTS) for (const p of v.concepts[concept]) this.patterns.push(this.compile(concept, p));
    }
    this.vocabulary = this.patterns.flatMap((p) => p.slots.flatMap((s) => s.alternatives)).filter((m) => m.word.length >= 4);
    for (const concept of CONCEPTS) {
      for (const synonym of extra[concept] ?? []) {
        const ws = words(synonym);
        if (ws.length > 0) this.patterns.push({ concept, exact: true, slots: ws.map((w) => this.slotOf(w)) });
      }
    }
  }

  private slotOf(word: string): Slot {
    return { alternatives: [{ word, stem: false }], customer: false };
  }

  private compile(concept: ConceptId, pattern: string): CompiledPattern {
    const exact = pattern.startsWith('=');
    const body = exact ? pattern.slice(1) : pattern;
    const slots = body
      .split(/\s+/)
      .filter((s) => s.length > 0)
      .map((slot): Slot => {
        const alts = slot.split('|');
        return {
          customer: alts.includes('@c'),
          alternatives: alts.filter((a) => a !== '@c').map(compileWord),
        };
      });
    return { concept, slots, exact };
  }

  private readonly customerCache = new Map<string, boolean>();

  isCustomerWord(token: string): boolean {
    let known = this.customerCache.get(token);
    if (known === undefined) {
      known = this.customerWords.some((m) => wordMatches(m, token));
      if (this.customerCache.size > 20000) this.customerCache.clear();
      this.customerCache.set(token, known);
    }
    return known;
  }

  /** Words of a heading, with numbering dropped and German-style compounds split at a customer word. */
  tokens(label: string): string[] {
    const out: string[] = [];
    for (const w of words(label)) {
      if (/^\d+$/.test(w)) continue;
      out.push(...this.splitCompound(w));
    }
    // "A. Context", "IV) Customers": a lone leading letter or roman numeral is numbering.
    if (out.length > 1 && /^(?:[a-z]|[ivx]{1,4})$/.test(out[0]) && /^\s*[#*_\s]*[A-Za-z]{1,4}[.)]/.test(label)) out.shift();
    return out;
  }

  private isVocabularyWord(w: string): boolean {
    return this.vocabulary.some((m) => wordMatches(m, w));
  }

  /** "kundennutzen" -> "kunden" "nutzen", "nutzerfeedback" -> "nutzer" "feedback"; "utilisateurs" stays whole. */
  private splitCompound(w: string): string[] {
    if (w.length < 8) return [w];
    for (const m of this.customerWords) {
      if (m.word.length < 4 || !w.startsWith(m.word)) continue;
      for (let cut = m.word.length; cut <= Math.min(w.length - 4, m.word.length + 3); cut++) {
        const rest = w.slice(cut);
        if (this.isVocabularyWord(rest)) return [w.slice(0, cut), rest];
      }
    }
    return [w];
  }

  /** The concepts a heading or label names; empty when it names none. */
  match(label: string): ConceptId[] {
    const cached = this.cache.get(label);
    if (cached) return cached;
    const result = this.matchTokens(this.tokens(label));
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(label, result);
    return result;
  }

  private matchTokens(tokens: string[]): ConceptId[] {
    if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return [];
    const hits: { concept: ConceptId; used: number[] }[] = [];
    // Whether each token is a customer word, worked out once per heading rather than once per slot.
    const customer = tokens.map((t) => this.isCustomerWord(t));
    for (const p of this.patterns) {
      const used = this.bind(p, tokens, customer);
      if (!used) continue;
      if (p.exact && tokens.some((t, i) => !used.includes(i) && !this.fillers.has(t))) continue;
      hits.push({ concept: p.concept, used });
    }
    // A concept whose words are all part of a longer match for another concept gives way to it:
    // "Feedback to customers" is follow-up, not evidence.
    const kept = hits.filter(
      (h) => !hits.some((o) => o.concept !== h.concept && o.used.length > h.used.length && h.used.every((i) => o.used.includes(i))),
    );
    return CONCEPTS.filter((c) => kept.some((h) => h.concept === c));
  }

  /** Token indices the pattern's slots take, each slot a different token; undefined when a slot finds none. */
  private bind(p: CompiledPattern, tokens: string[], customer: boolean[]): number[] | undefined {
    // Plain loops and a bit mask of the tokens taken: this runs for every pattern on every heading.
    let taken = 0;
    let used: number[] | undefined;
    for (let s = 0; s < p.slots.length; s++) {
      const slot = p.slots[s];
      let found = -1;
      for (let i = 0; i < tokens.length && found < 0; i++) {
        if ((taken & (1 << i)) !== 0) continue;
        if (slot.customer && customer[i]) found = i;
        else for (let a = 0; a < slot.alternatives.length && found < 0; a++) if (wordMatches(slot.alternatives[a], tokens[i])) found = i;
      }
      if (found < 0) return undefined;
      taken |= 1 << found;
      (used ??= []).push(found);
    }
    return used ?? [];
  }
}

const STATUS_ORDER: Status[] = ['superseded', 'deprecated', 'rejected', 'accepted', 'draft', 'proposed'];

const statusPhrases: { status: Status; words: string[] }[] = VOCABULARIES.flatMap((v) =>
  STATUS_ORDER.flatMap((status) => (v.statuses[status] ?? []).map((p) => ({ status, words: words(p) }))),
);

/** The status a value names ("Accepted (2024-03-01)", "Przyjęty", "Superseded by ADR-9"), if any. */
export function normaliseStatus(value: string): Status | undefined {
  const ws = words(value).slice(0, 12);
  for (let i = 0; i < ws.length; i++) {
    for (const p of statusPhrases) {
      if (p.words.every((w, k) => ws[i + k] === w)) return p.status;
    }
  }
  return undefined;
}

const statusLabels = new Set(VOCABULARIES.flatMap((v) => v.statusLabels.map((l) => words(l).join(' '))));

export function isStatusLabel(label: string): boolean {
  return statusLabels.has(words(label).join(' '));
}

/** The document's language, from its most frequent small words; English when nothing tells. */
/** How much text language detection reads: the start of a document tells its language. */
export const LANGUAGE_SAMPLE_CHARS = 20000;

/** Each common word and the languages it is common in, in vocabulary order. */
const commonWords = new Map<string, LanguageCode[]>();
for (const v of VOCABULARIES) {
  for (const w of v.common) {
    const languages = commonWords.get(w) ?? [];
    if (!languages.includes(v.language)) languages.push(v.language);
    commonWords.set(w, languages);
  }
}

const longestCommonWord = Math.max(0, ...[...commonWords.keys()].map((w) => w.length));

const WORD_CHAR = /^[\p{L}\p{N}]+$/u;
/** For UTF-16 units outside the surrogates: 1 a letter or digit, 2 neither, 0 not looked up yet. */
const wordUnits = new Uint8Array(0x10000);

/** Width in UTF-16 units of the letter or digit at `i` (as `words()` splits), or 0 when it separates words. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = s.charCodeAt(i + 1);
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
    return 0; // a lone surrogate
  }
  if (wordUnits[c] === 0) wordUnits[c] = WORD_CHAR.test(s[i]) ? 1 : 2;
  return wordUnits[c] === 1 ? 1 : 0;
}

export function detectLanguage(text: string): LanguageCode {
  // The words of the sample as `words()` finds them, scanned in place: only short words can be common ones.
  const folded = fold(text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text);
  const scores = new Map<LanguageCode, number>();
  let i = 0;
  while (i < folded.length) {
    let width = wordCharAt(folded, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = i < folded.length ? wordCharAt(folded, i) : 0;
    }
    if (i - start > longestCommonWord) continue;
    const languages = commonWords.get(folded.slice(start, i));
    if (languages) for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1);
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

const placeholderPhrases = new Set(VOCABULARIES.flatMap((v) => v.placeholders.map((p) => words(p).join(' '))));
const noImpactPhrases = new Set(VOCABULARIES.flatMap((v) => v.noImpact.map((p) => words(p).join(' '))));

/** Whether a line of text stands in for content not yet written ("TBD", "TODO: ask support", "{describe}"). */
export function isPlaceholderLine(line: string): boolean {
  const trimmed = line.trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '').replace(/^[*_`~]+|[*_`~]+$/g, '').trim();
  if (trimmed.length === 0) return false;
  if (/^(?:\.{3}|…|\?+|-+|_+)$/.test(trimmed)) return true;
  if (/^\{[^{}]*\}$|^<[^<>]*>$|^\[[^\]]*\]$/.test(trimmed)) return true;
  const folded = words(trimmed).join(' ');
  if (placeholderPhrases.has(folded)) return true;
  // "TODO: ask the support team" is still a note to self, not content.
  const colon = trimmed.indexOf(':');
  return colon > 0 && placeholderPhrases.has(words(trimmed.slice(0, colon)).join(' '));
}

/** Whether a text says only that there is no impact ("None.", "N/A", "Brak", "Keine Auswirkungen"). */
export function saysOnlyNoImpact(text: string): boolean {
  return noImpactPhrases.has(words(text).join(' '));
}
