// Where a word does not mean what a heading needs it to: a generic word that names no concept alone
// ("Problems", "Members"), and a customer word used for software, code or a team of ours ("Kafka consumer",
// "class members", "customer support").

import { compileWord, wordMatches, type WordMatcher } from './words';
import { PrefixTree } from './prefixTree';
import type { Vocabulary } from './vocabulary';

interface PhraseWord {
  phrase: number;
  at: number;
  word: WordMatcher;
}

export class WordSenses {
  private readonly generic = new PrefixTree<WordMatcher>();
  /** Each phrase's slots, each slot its alternatives. */
  private readonly phrases: WordMatcher[][][] = [];
  /** Every word of those phrases with where it stands: the phrases a token can be part of. */
  private readonly phraseWords = new PrefixTree<PhraseWord>();

  constructor(vocabularies: readonly Vocabulary[]) {
    for (const v of vocabularies) {
      for (const g of v.generic) {
        const m = compileWord(g);
        this.generic.add(m.word, m);
      }
      for (const phrase of v.otherSenses) {
        const slots = phrase.split(/\s+/).filter((x) => x.length > 0).map((slot) => slot.split('|').map(compileWord));
        const id = this.phrases.push(slots) - 1;
        slots.forEach((alts, at) => {
          for (const word of alts) this.phraseWords.add(word.word, { phrase: id, at, word });
        });
      }
    }
  }

  /** Whether a word is too generic to name a concept as a heading's one word. */
  isGeneric(token: string): boolean {
    return this.generic.somePrefix(token, (m) => wordMatches(m, token));
  }

  /** Whether tokens[i] is part of a phrase that gives a customer word another sense. */
  isOtherSense(tokens: readonly string[], i: number): boolean {
    const token = tokens[i];
    let found = false;
    this.phraseWords.prefixesOf(token, ({ phrase, at, word }) => {
      if (found || !wordMatches(word, token)) return;
      const slots = this.phrases[phrase];
      const start = i - at;
      if (start < 0 || start + slots.length > tokens.length) return;
      found = slots.every((alts, k) => alts.some((m) => wordMatches(m, tokens[start + k])));
    });
    return found;
  }
}
