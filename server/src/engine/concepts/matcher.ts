// Recognises which concepts a heading, label or key names, in any of the seven languages. A word index over
// the patterns keeps a long document's thousands of headings cheap: a heading's words are looked up once.

import { fold, words } from '../text';
import type { ConceptId } from '../types';
import { CONCEPTS } from '../types';
import { PrefixTree } from './prefixTree';
import { WordSenses } from './senses';
import { bindSlots, buildWordIndex, compileWord, wordMatches, type CompiledPattern, type Slot, type WordIndex, type WordMatcher } from './words';
import { VOCABULARIES, type Vocabulary } from './vocabulary';

/** Headings remembered per matcher: a large repository has some 20,000 different ones. */
const MATCHED_SIZE = 20_000;

/** Shorter words are not split into compounds: both halves need four letters or so. */
const MIN_COMPOUND = 8;
/** Longer tokens are not compounds but URLs or hashes: not worth splitting. */
const MAX_COMPOUND = 40;

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
export const MAX_HEADING_WORDS = 10;

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
  private readonly index: WordIndex;
  /** What each heading's words named, for the next document that uses the same heading ("Context", "Status"...). */
  private readonly matched = new Map<string, ConceptId[]>();
  /** Generic words and the other senses of customer words. */
  private readonly senses: WordSenses;

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
    this.index = buildWordIndex(this.patterns);
    this.senses = new WordSenses(vocabularies);
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

  /**
   * A customer word, or a compound that starts or ends with one: "klientów", "Kundenkonto", "Bestandskunden", "superusers".
   * The head must be three letters or more, so "remember" is not a member.
   */
  namesCustomer(token: string): boolean {
    if (this.isCustomerWord(token)) return true;
    if (token.length < MIN_COMPOUND || token.length > MAX_COMPOUND) return false;
    // "Kundenkonto", "userbase": a customer word that a compound starts with.
    if (this.customerTree.somePrefix(token, (m) => m.word.length >= 4 && token.length - m.word.length >= 3)) return true;
    for (let cut = 3; cut <= token.length - 4; cut++) {
      const rest = token.slice(cut);
      if (this.customerTree.somePrefix(rest, (m) => m.word.length >= 4 && wordMatches(m, rest))) return true;
    }
    return false;
  }

  /** Whether some token names the customer in its own sense; `except` leaves out customer words known to mean something else. */
  namesCustomerIn(tokens: readonly string[], except?: readonly string[]): boolean {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (this.namesCustomer(t) && !this.senses.isOtherSense(tokens, i) && !except?.some((e) => this.sameCustomerWord(t, e))) return true;
    }
    return false;
  }

  /** The customer words that the tokens use in another sense somewhere ("Kafka consumer" makes "consumer" one). */
  otherSenseWords(tokens: readonly string[]): string[] {
    const out = new Set<string>();
    // A document repeats its words: each is asked once whether it names the customer.
    const customer = new Map<string, boolean>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      let names = customer.get(t);
      if (names === undefined) customer.set(t, (names = this.namesCustomer(t)));
      if (names && !out.has(t) && this.senses.isOtherSense(tokens, i)) out.add(t);
    }
    return [...out];
  }

  /** Whether tokens[i] means software, code or a team of ours where it stands ("Kafka consumer", "event handler"). */
  isOtherSense(tokens: readonly string[], i: number): boolean {
    return this.senses.isOtherSense(tokens, i);
  }

  /** "members" and "member", "consumatori" and "consumatore": one customer word. */
  sameCustomerWord(a: string, b: string): boolean {
    return a === b || this.customerTree.somePrefix(a, (m) => wordMatches(m, a) && wordMatches(m, b));
  }

  /**
   * The one word of a heading too generic to name its concept alone ("Problems", "The Problem", "Values",
   * "Members", "Consumer"), or undefined when the heading says more.
   */
  genericWord(label: string): string | undefined {
    let only: string | undefined;
    for (const t of this.tokens(label)) {
      if (this.fillers.has(t)) continue;
      if (only !== undefined) return undefined;
      only = t;
    }
    return only !== undefined && this.senses.isGeneric(only) ? only : undefined;
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
    if (w.length < MIN_COMPOUND || !this.customerTree.somePrefix(w, (m) => m.word.length >= 4)) return [w];
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
    const tokens = this.tokens(label);
    // Keyed by the words, a string of its own: a key cut from a document would keep the whole document alive.
    const key = tokens.join(' ');
    let concepts = this.matched.get(key);
    if (!concepts) {
      concepts = this.matchTokens(tokens);
      if (this.matched.size >= MATCHED_SIZE) this.matched.clear();
      this.matched.set(key, concepts);
    }
    return concepts;
  }

  private matchTokens(tokens: string[]): ConceptId[] {
    if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return NO_CONCEPTS;
    const index = this.index;
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
      // "Kafka consumer", "client library", "customer support": no customer there.
      if (customerMask !== 0) for (let i = 0; i < tokens.length; i++) if ((customerMask & (1 << i)) !== 0 && this.senses.isOtherSense(tokens, i)) customerMask &= ~(1 << i);
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
}
