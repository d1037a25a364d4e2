// What a customer section says, not only that it is there: does it name who, say how they feel, give a
// number, cite a source? One judgement, read by the four substance rules and by the hover alike.

import { languageOf } from './classify';
import { isPlaceholderLine, saysOnlyNoImpact, VOCABULARIES, wordMatches, type ConceptMatcher, type Vocabulary } from './concepts';
import { compileWord, type WordMatcher } from './concepts/words';
import { PrefixTree } from './concepts/prefixTree';
import type { Config, Signal } from './config/defaults';
import { contentLines } from './hollow';
import { REFERENCE_KEYS } from './personas/references';
import { SUBSTANCE } from './rules';
import { fold, words } from './text';
import type { ConceptId, LanguageCode, ParsedDocument, Section } from './types';
import { CONCEPTS } from './types';

export type { Signal };

/** One substance rule's verdict on one section: `met` when the section gives the signal. */
export interface Verdict {
  rule: string;
  signal: Signal;
  concept: ConceptId;
  met: boolean;
}

/** Persona cards known to the workspace: a document that references one by id may name it by its name. */
export interface KnownPersona {
  id: string;
  name?: string;
}

/** A phrase: words in a row, each exact (with short inflections) or a stem. */
type Phrase = WordMatcher[];

export class PhraseSet {
  private readonly byFirst = new PrefixTree<Phrase>();
  add(phrase: Phrase): void {
    if (phrase.length > 0 && phrase[0].word.length > 0) this.byFirst.add(phrase[0].word, phrase);
  }
  /** Whether some phrase starts at some token; `skip` passes over tokens used in another sense. */
  foundIn(tokens: string[], skip?: (i: number) => boolean): boolean {
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.byFirst.somePrefix(tokens[i], (p) => p.every((m, j) => i + j < tokens.length && wordMatches(m, tokens[i + j])));
      if (hit && !skip?.(i)) return true;
    }
    return false;
  }
}

/** A vocabulary entry: `*` ends a stem, spaces part the words. */
const builtIn = (raw: string): Phrase => raw.split(/\s+/).filter((w) => w.length > 0).map(compileWord);
/** A word from the config: plain words, never patterns; short inflections still match. */
const plain = (raw: string): Phrase => words(raw).map((word) => ({ word, stem: false }));

/** People a section may name instead of "customers": shop owners, nurses, admins... */
const ROLES = ['owner*', 'admin*', 'operator*', 'developer*', 'manager*', 'staff', 'agent*', 'seller*', 'driver*', 'nurse*', 'doctor*',
  'famil*', 'parent*', 'student*', 'teacher*', 'titolar*', 'gestor*', 'propietari*', 'wlasciciel*', 'inhaber*', 'proprietaire*',
  'proprietari*', 'vendedor*', 'venditor*', 'sprzedaw*', 'commercant*', 'lojist*'];

const FEELINGS = new PhraseSet();
for (const v of VOCABULARIES) for (const f of v.feelings) FEELINGS.add(builtIn(f));
/** Each language's phrases of one kind, one set per language. */
function phrasesByLanguage(of: (v: Vocabulary) => readonly string[]): Map<LanguageCode, PhraseSet> {
  const sets = new Map<LanguageCode, PhraseSet>();
  for (const v of VOCABULARIES) {
    const set = new PhraseSet();
    for (const raw of of(v)) set.add(builtIn(raw));
    sets.set(v.language, set);
  }
  return sets;
}
const REACTIONS = phrasesByLanguage((v) => v.reactions);
const MEASURES = phrasesByLanguage((v) => v.measures);

/** Reactions and measures are read in the document's language and in English: "due", "sei", "tag" mean other things elsewhere. */
function foundInLanguage(sets: Map<LanguageCode, PhraseSet>, language: LanguageCode, tokens: string[]): boolean {
  return (sets.get(language)?.foundIn(tokens) ?? false) || (language !== 'en' && (sets.get('en')?.foundIn(tokens) ?? false));
}

const ROLE_WORDS = new PhraseSet();
for (const r of ROLES) ROLE_WORDS.add(builtIn(r));
/** Words that say nothing of who: the small and the frequent words of every language. */
const STOP_WORDS = new Set(VOCABULARIES.flatMap((v) => [...v.fillers, ...v.common].map(fold)));

const LINK_OR_TICKET = /https?:\/\/|\]\(|(?:^|[\s(])#\d+|\b[A-Z][A-Z\d]+-\d+\b/;
const QUOTATION = /["“”«»„][^"“”«»„\n]{8,}["“”«»„]|^\s*>/m;
const DIGIT = /\d/;

/** The config's extra words, compiled once per config by the engine. */
export class SubstanceWords {
  readonly bySignal: Record<Signal, PhraseSet>;
  constructor(config: Config) {
    this.bySignal = { who: new PhraseSet(), feeling: new PhraseSet(), metric: new PhraseSet(), evidence: new PhraseSet() };
    for (const signal of Object.keys(this.bySignal) as Signal[]) for (const w of config.words?.[signal] ?? []) this.bySignal[signal].add(plain(w));
  }
}

/** What a document gives its sections to be judged by: who its customers are, its language, the config's words. */
export interface Reading {
  matcher: ConceptMatcher;
  words: SubstanceWords;
  /** Detected when a section first needs it: detection reads the document's prose, and most documents never ask. */
  language(): LanguageCode;
  /** The document's own people: its personas and the content words of its customers section. */
  people: PhraseSet;
}

function personaIds(doc: ParsedDocument): string[] {
  const data = doc.frontMatter?.data ?? {};
  const out: string[] = [];
  for (const key of REFERENCE_KEYS) {
    const v = data[key];
    for (const item of Array.isArray(v) ? v : [v]) if (typeof item === 'string') out.push(item);
  }
  return out;
}

/** The words that name people: not small or frequent words, not numbers, four letters or more. */
function peopleWords(text: string): string[] {
  return words(text).filter((w) => w.length >= 4 && !STOP_WORDS.has(w) && !DIGIT.test(w));
}

/**
 * Whom a line of the customers section names: its leading words, up to the first punctuation or small word.
 * "Independent bakers who order flour every week" names independent bakers, not flour or weeks.
 */
function leadingNounPhrase(line: string): string[] {
  const clause = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').split(/[,.;:()\u2014\u2013]|\s-\s/)[0];
  const ws = words(clause);
  let i = 0;
  while (i < ws.length && STOP_WORDS.has(ws[i])) i++;
  const out: string[] = [];
  for (; i < ws.length && !STOP_WORDS.has(ws[i]) && out.length < 4; i++) out.push(ws[i]);
  return peopleWords(out.join(' '));
}

/** A person's word as a stem, so the singular matches the plural: "bakers" -> baker*, "fornai" -> forna* (fornaio). */
function personStem(word: string): WordMatcher {
  const stem = word.replace(/(?:ies|es|en|s|i|e|a|o|y)$/, '');
  return stem.length >= 4 && stem !== word ? { word: stem, stem: true } : { word, stem: word.length >= 5 };
}

/** `referenced`: the ids of the cards the record references, by key or by link. */
export function readingOf(doc: ParsedDocument, matcher: ConceptMatcher, extra: SubstanceWords, personas: readonly KnownPersona[] = [], referenced: readonly string[] = []): Reading {
  const people = new PhraseSet();
  const ids = [...new Set([...personaIds(doc), ...referenced])];
  for (const id of ids) {
    // "shop-owner" names shop owners; "Independent shop owners" (prose) names them too.
    for (const w of peopleWords(id.replace(/[-_]/g, ' '))) people.add([personStem(w)]);
    const card = personas.find((p) => p.id === id);
    if (card?.name) for (const w of peopleWords(card.name)) people.add([personStem(w)]);
  }
  // A one-word "Members" section is a customers section only once its text names someone (addPeopleOf).
  for (const s of doc.sections) if (!s.generic) addPeopleOf(s, people);
  let language: LanguageCode | undefined;
  return { matcher, words: extra, language: () => (language ??= languageOf(doc)), people };
}

/** The people a customers section names, added to the reading's. */
export function addPeopleOf(s: Section, people: PhraseSet): void {
  if (!s.concepts.includes('customer-segment')) return;
  for (const line of answeredLines(s)) for (const w of leadingNounPhrase(line)) people.add([personStem(w)]);
}

/** A prompt the quick fix wrote and nobody filled in ("They will feel: {...}") says nothing yet. */
function isScaffold(line: string): boolean {
  if (isPlaceholderLine(line)) return true;
  const colon = line.indexOf(':');
  return colon > 0 && isPlaceholderLine(line.slice(colon + 1));
}

/** The section's lines that say something: no headings, comments, placeholders or unfilled scaffolds. */
export function answeredLines(section: Section): string[] {
  return contentLines(section).filter((l) => !isScaffold(l));
}

/** "None visible: …", "Keine: …": an impact that opens by saying there is none, and goes on with its reason. */
function opensWithNoImpact(text: string): boolean {
  const opening = text.split(/[:.;,\n]/)[0];
  return saysOnlyNoImpact(opening) || saysOnlyNoImpact(words(opening)[0] ?? '');
}

/**
 * Whether the words name someone: a customer word in its own sense, a role, the document's people, the config's
 * words. `except` lists customer words the document uses in another sense ("consumer" of messages).
 */
export function namesWho(tokens: string[], r: Reading, except?: readonly string[]): boolean {
  return r.words.bySignal.who.foundIn(tokens) || r.matcher.namesCustomerIn(tokens, except) || ROLE_WORDS.foundIn(tokens, (i) => r.matcher.isOtherSense(tokens, i)) || r.people.foundIn(tokens);
}

function gives(signal: Signal, text: string, tokens: string[], r: Reading): boolean {
  if (r.words.bySignal[signal].foundIn(tokens)) return true;
  switch (signal) {
    case 'who':
      return namesWho(tokens, r);
    case 'feeling':
      // "None visible: customers never see these labels" gives its reason; there is no feeling to ask about.
      return FEELINGS.foundIn(tokens) || foundInLanguage(REACTIONS, r.language(), tokens) || opensWithNoImpact(text);
    case 'metric':
      return DIGIT.test(text) || foundInLanguage(MEASURES, r.language(), tokens);
    case 'evidence':
      // A count or a date in words counts too: "twelve reports in six months", "un tiers des répondants".
      return DIGIT.test(text) || LINK_OR_TICKET.test(text) || QUOTATION.test(text) || foundInLanguage(MEASURES, r.language(), tokens);
  }
}

/** The verdict of each substance rule that asks something of this section; none for a section of no such concept. */
export function judgeSection(section: Section, reading: Reading): Verdict[] {
  const asked = SUBSTANCE.filter((s) => s.concepts.some((c) => section.concepts.includes(c)));
  if (asked.length === 0) return [];
  const text = answeredLines(section).join('\n');
  const tokens = words(text);
  return asked.map((s) => ({
    rule: s.rule,
    signal: s.signal,
    concept: CONCEPTS.find((c) => s.concepts.includes(c) && section.concepts.includes(c)) ?? s.concepts[0],
    met: gives(s.signal, text, tokens, reading),
  }));
}
