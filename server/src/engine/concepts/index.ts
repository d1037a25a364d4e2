// Recognises which concepts a heading, label or key names, in any of the seven languages.

import { detached, fold, words } from '../text';
import type { ConceptId, LanguageCode, Status } from '../types';
import { CONCEPTS } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pl } from './pl';
import { pt } from './pt';
import { PrefixTree } from './prefixTree';
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

/** Labels remembered, per matcher and for the status: a large tree has some 20,000 different ones. */
const LABEL_CACHE_SIZE = 20000;

/** Shorter words are not split into compounds: both halves need four letters or so. */
const MIN_COMPOUND = 8;

/** What a label that names no concept names: shared, like every cached result, and never changed. */
const NO_CONCEPTS: ConceptId[] = [];

/** "2", "42": numbering, not a word. */
function isNumber(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return w.length > 0;
}

/** Headings longer than this are prose, not section names. (Matching keeps one bit per word: at most 31.) */
const MAX_HEADING_WORDS = 10;

/**
 * A matcher over several vocabularies, with extra synonyms from configuration. Synonyms are plain words,
 * matched like the built-in patterns: nothing a user writes becomes a regular expression.
 */
export class ConceptMatcher {
  private readonly patterns: CompiledPattern[] = [];
  private readonly customerWords: WordMatcher[];
  private readonly customerTree = new PrefixTree<WordMatcher>();
  private readonly fillers: Set<string>;
  /** Every word the patterns use, so a compound is split only where its second half means something. */
  private readonly vocabulary = new PrefixTree<WordMatcher>();
  private readonly cache = new Map<string, ConceptId[]>();

  constructor(vocabularies: readonly Vocabulary[] = VOCABULARIES, extra: Partial<Record<ConceptId, string[]>> = {}) {
    this.customerWords = vocabularies.flatMap((v) => v.customers.map(compileWord));
    for (const m of this.customerWords) this.customerTree.add(m.word, m);
    this.fillers = new Set(vocabularies.flatMap((v) => v.fillers.map(fold)));
    for (const v of vocabularies) {
      for (const concept of CONCEPTS) for (const p of v.concepts[concept]) this.patterns.push(this.compile(concept, p));
    }
    for (const p of this.patterns) {
      for (const slot of p.slots) for (const m of slot.alternatives) if (m.word.length >= 4) this.vocabulary.add(m.word, m);
    }
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

  isCustomerWord(token: string): boolean {
    return this.customerTree.somePrefix(token, (m) => wordMatches(m, token));
  }

  /** Words of a heading, with numbering dropped and German-style compounds split at a customer word. */
  tokens(label: string): string[] {
    const out: string[] = [];
    for (const w of words(label)) {
      if (isNumber(w)) continue;
      if (w.length < MIN_COMPOUND) out.push(w);
      else for (const part of this.splitCompound(w)) out.push(part);
    }
    // "A. Context", "IV) Customers": a lone leading letter or roman numeral is numbering.
    if (out.length > 1 && out[0].length <= 4 && /^(?:[a-z]|[ivx]{1,4})$/.test(out[0]) && /^\s*[#*_\s]*[A-Za-z]{1,4}[.)]/.test(label)) out.shift();
    return out;
  }

  private isVocabularyWord(w: string): boolean {
    return this.vocabulary.somePrefix(w, (m) => wordMatches(m, w));
  }

  /** "kundennutzen" -> "kunden" "nutzen", "nutzerfeedback" -> "nutzer" "feedback"; "utilisateurs" stays whole. */
  private splitCompound(w: string): string[] {
    if (w.length < MIN_COMPOUND) return [w];
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
    if (this.cache.size > LABEL_CACHE_SIZE) this.cache.clear();
    this.cache.set(detached(label), result);
    return result;
  }

  private matchTokens(tokens: string[]): ConceptId[] {
    if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return NO_CONCEPTS;
    const index = (this.wordIndex ??= this.buildWordIndex());
    // Which tokens each pattern word matches, one bit per token: the tokens are looked up once, by their
    // prefixes, instead of every pattern trying every token.
    const masks = index.masks; // all zero between calls
    const matched: number[] = [];
    let customerMask = 0;
    const hits: { concept: ConceptId; used: number[] }[] = [];
    try {
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (this.isCustomerWord(t)) customerMask |= 1 << i;
        const bit = 1 << i;
        index.byWord.prefixesOf(t, (id) => {
          if (!wordMatches(index.words[id], t)) return;
          if (masks[id] === 0) matched.push(id);
          masks[id] |= bit;
        });
      }
      // Most labels share no word with any pattern: nothing to try.
      if (matched.length === 0 && customerMask === 0 && index.always.length === 0) return NO_CONCEPTS;
      // Only patterns whose first slot fits some token can match; which match does not depend on the order they are tried in.
      const candidates: number[] = [];
      const add = (ks: readonly number[]) => {
        for (const k of ks) {
          if (index.tried[k] === 1) continue;
          index.tried[k] = 1;
          candidates.push(k);
        }
      };
      add(index.always);
      if (customerMask !== 0) add(index.byCustomer);
      for (const id of matched) add(index.byFirstWord[id]);
      for (const k of candidates) index.tried[k] = 0;
      for (const k of candidates) {
        const p = this.patterns[k];
        const used = bindSlots(index.slots[k], masks, customerMask);
        if (!used) continue;
        // "Kundinnen und Kunden", "Customers and users": more customer words do not make a heading say more.
        const moreCustomers = p.slots.some((s) => s.customer) ? customerMask : 0;
        if (p.exact && tokens.some((t, i) => !used.includes(i) && !this.fillers.has(t) && (moreCustomers & (1 << i)) === 0)) continue;
        hits.push({ concept: p.concept, used });
      }
    } finally {
      for (const id of matched) masks[id] = 0;
    }
    // A concept whose words are all part of a longer match for another concept gives way to it:
    // "Feedback to customers" is follow-up, not evidence.
    const kept = hits.filter(
      (h) => !hits.some((o) => o.concept !== h.concept && o.used.length > h.used.length && h.used.every((i) => o.used.includes(i))),
    );
    return kept.length === 0 ? NO_CONCEPTS : CONCEPTS.filter((c) => kept.some((h) => h.concept === c));
  }

  private wordIndex?: WordIndex;

  private buildWordIndex(): WordIndex {
    const words: WordMatcher[] = [];
    const ids = new Map<string, number>();
    const byWord = new PrefixTree<number>();
    const idOf = (m: WordMatcher): number => {
      const key = `${m.stem ? '*' : '='}${m.word}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = words.length;
        words.push(m);
        ids.set(key, id);
        byWord.add(m.word, id);
      }
      return id;
    };
    const slots = this.patterns.map((p) => p.slots.map((slot) => ({ customer: slot.customer, ids: slot.alternatives.map(idOf) })));
    const byFirstWord: number[][] = words.map(() => []);
    const byCustomer: number[] = [];
    const always: number[] = [];
    slots.forEach((pattern, k) => {
      const first = pattern[0];
      if (!first) always.push(k);
      else {
        if (first.customer) byCustomer.push(k);
        for (const id of first.ids) if (!byFirstWord[id].includes(k)) byFirstWord[id].push(k);
      }
    });
    return { words, byWord, slots, byFirstWord, byCustomer, always, masks: new Int32Array(words.length), tried: new Uint8Array(slots.length) };
  }
}

/** The distinct words of a matcher's patterns, and each pattern's slots as the ids of their words. */
interface WordIndex {
  words: WordMatcher[];
  /** Word ids by their letters: the ids under a token's prefixes are the only ones that can match it. */
  byWord: PrefixTree<number>;
  slots: { customer: boolean; ids: number[] }[][];
  /** Patterns by the words of their first slot; those whose first slot takes a customer word; those with no slot. */
  byFirstWord: number[][];
  byCustomer: number[];
  always: number[];
  /** Scratch space for matchTokens: one mask per word, reset to zero after each call. */
  masks: Int32Array;
  /** Scratch space for matchTokens: patterns already listed to try, reset to zero after each call. */
  tried: Uint8Array;
}

/**
 * Token indices the pattern's slots take, each slot a different token (the first free one that fits);
 * undefined when a slot finds none. `masks[id]` has bit i set when token i matches word `id`.
 */
function bindSlots(slots: WordIndex['slots'][number], masks: Int32Array, customerMask: number): number[] | undefined {
  let taken = 0;
  let used: number[] | undefined;
  for (const slot of slots) {
    let fits = slot.customer ? customerMask : 0;
    for (const id of slot.ids) fits |= masks[id];
    const free = fits & ~taken;
    if (free === 0) return undefined;
    const found = 31 - Math.clz32(free & -free);
    taken |= 1 << found;
    (used ??= []).push(found);
  }
  return used ?? [];
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

/** Labels already asked about: every section's label is asked about on every check. */
const statusLabelCache = new Map<string, boolean>();

/** The letters status labels start with ("status", "stato", "estado", "zustand", ...). */
const statusInitials = new Set([...statusLabels].map((l) => l.charCodeAt(0)));

/**
 * The first word's first letter, lower case, when the label is plain ASCII up to it (then `words()` would
 * start with that letter too); -1 when a non-ASCII character comes first and only folding can tell.
 */
function asciiInitial(label: string): number {
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c >= 0x80) return -1;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
    if (c >= 65 && c <= 90) return c + 32;
  }
  return 0; // no letter or digit at all: no word
}

export function isStatusLabel(label: string): boolean {
  // Most labels are told apart by their first letter, without folding or splitting them.
  const initial = asciiInitial(label);
  if (initial >= 0 && !statusInitials.has(initial)) return false;
  let known = statusLabelCache.get(label);
  if (known === undefined) {
    known = statusLabels.has(words(label).join(' '));
    if (statusLabelCache.size > LABEL_CACHE_SIZE) statusLabelCache.clear();
    statusLabelCache.set(detached(label), known);
  }
  return known;
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

function hashStep(h: number, code: number): number {
  return (Math.imul(h, 31) + code) | 0;
}

/** The common words by a hash of their UTF-16 units, so the text's words are looked up without cutting them out. */
const commonByHash = new Map<number, { word: string; languages: LanguageCode[] }[]>();
for (const [word, languages] of commonWords) {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  commonByHash.set(h, [...(commonByHash.get(h) ?? []), { word, languages }]);
}
const longestCommonWord = Math.max(0, ...[...commonWords.keys()].map((w) => w.length));

const ASCII_ONLY = /^[\x00-\x7f]*$/;
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

/** A UTF-16 unit as `fold()` leaves it: ASCII capitals in lower case when the text is plain ASCII. */
function unitAt(s: string, i: number, ascii: boolean): number {
  const c = s.charCodeAt(i);
  return ascii && c >= 65 && c <= 90 ? c + 32 : c;
}

export function detectLanguage(text: string): LanguageCode {
  // Counts the common words among `words()` of the sample, scanning it in place: a plain ASCII sample is
  // read as it is (fold() would only lower its case), and a word is hashed as it is read, so no word is cut
  // out of the text unless it is a common one.
  const sample = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  const ascii = ASCII_ONLY.test(sample);
  const s = ascii ? sample : fold(sample);
  const scores = new Map<LanguageCode, number>();
  let i = 0;
  while (i < s.length) {
    let width = wordCharAt(s, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    while (width > 0) {
      if (i - start < longestCommonWord) for (let k = 0; k < width; k++) h = hashStep(h, unitAt(s, i + k, ascii));
      i += width;
      width = i < s.length ? wordCharAt(s, i) : 0;
    }
    if (i - start > longestCommonWord) continue;
    const candidates = commonByHash.get(h);
    if (!candidates) continue;
    for (const { word, languages } of candidates) {
      if (word.length !== i - start) continue;
      let same = true;
      for (let k = 0; k < word.length && same; k++) same = unitAt(s, start + k, ascii) === word.charCodeAt(k);
      if (!same) continue;
      for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1);
      break;
    }
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
const allFillers = new Set(VOCABULARIES.flatMap((v) => v.fillers.map(fold)));
const customerTree = new PrefixTree<WordMatcher>();
for (const v of VOCABULARIES) for (const m of v.customers.map(compileWord)) customerTree.add(m.word, m);
const noImpactPhrases = new Set(VOCABULARIES.flatMap((v) => v.noImpact.map((p) => words(p).join(' '))));
const noImpactWords = new Set([...noImpactPhrases].flatMap((p) => p.split(' ')));

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
  const ws = words(text);
  if (noImpactPhrases.has(ws.join(' '))) return true;
  // "No impact on customers", "Keine Auswirkungen auf Kunden": naming who is not affected gives no reason.
  const core = ws.filter((w) => noImpactWords.has(w) || (!allFillers.has(w) && !customerTree.somePrefix(w, (m) => wordMatches(m, w))));
  return core.length > 0 && core.length < ws.length && noImpactPhrases.has(core.join(' '));
}
