// Phrases that stand in for an answer: placeholders ("TBD", "{describe}") and a bare "no impact".

import { fold, words } from '../text';
import { compileWord, wordMatches, type WordMatcher } from './words';
import { PrefixTree } from './prefixTree';
import { VOCABULARIES } from './vocabulary';

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
