// The words of the concept patterns: how one word matches a token (exactly, with a short inflection, or as a
// stem), and the index of every pattern's words that lets the matcher look a heading's words up once.

import { fold } from '../text';
import type { ConceptId } from '../types';
import { PrefixTree } from './prefixTree';

/** One word of a pattern: exact (with short inflections) or a stem that takes any ending. */
export interface WordMatcher {
  word: string;
  stem: boolean;
}

/** A slot matches any customer word when `customer` is set. */
export interface Slot {
  alternatives: WordMatcher[];
  customer: boolean;
}

export interface CompiledPattern {
  concept: ConceptId;
  slots: Slot[];
  exact: boolean;
}

const MAX_INFLECTION = 3;

export function compileWord(raw: string): WordMatcher {
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

/** The distinct words of a matcher's patterns, and each pattern's slots as the ids of their words. */
export interface WordIndex {
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
export function bindSlots(slots: WordIndex['slots'][number], masks: Int32Array, customerMask: number): number[] | undefined {
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


export function buildWordIndex(patterns: CompiledPattern[]): WordIndex {
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
  const slots = patterns.map((p) => p.slots.map((slot) => ({ customer: slot.customer, ids: slot.alternatives.map(idOf) })));
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
