// The shape of one language's vocabulary. Every file beside this one fills it for one language.

import type { ConceptId, LanguageCode, Status } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pl } from './pl';
import { pt } from './pt';

/**
 * A pattern is a few space-separated slots that must all appear among a heading's words, in any order.
 * A slot lists alternatives with `|`; `@c` stands for any customer word of any language; a trailing `*`
 * accepts any ending. Other words accept short inflections (customer -> customers, cliente -> clienti).
 * A leading `=` asks that the heading holds nothing but these slots and filler words ("Who are our users?").
 */
export type Pattern = string;

export interface Vocabulary {
  language: LanguageCode;
  /** Words naming whoever the product serves: customers, users, clients, members, patients... */
  customers: string[];
  /** Small words that carry no meaning in a heading (articles, prepositions, question words). */
  fillers: string[];
  /** Frequent words of running text, to tell which language a document is written in. */
  common: string[];
  concepts: Record<ConceptId, Pattern[]>;
  /**
   * Words that, as the one word of a heading ("Problems", "Values", "Members", "Consumer"), are too generic to
   * name a concept alone: such a heading names its concept only when its section names someone.
   */
  generic: string[];
  /**
   * Phrases in which a customer word means something else: software (message consumer, client library), code
   * (class members), or a team of ours (customer support). Slots as in patterns, but consecutive words.
   */
  otherSenses: Pattern[];
  /** Headings and labels that introduce the status ("Status", "Stato", "Estado"...). */
  statusLabels: string[];
  /** Words for each status; the first status word met in a status value decides. */
  statuses: Partial<Record<Status, string[]>>;
  /** Phrases that stand in for content not yet written. */
  placeholders: string[];
  /** Words that say how someone feels, for judging whether an impact section speaks of feelings. */
  feelings: string[];
  /** Phrases that say how customers will react (stop calling support, cancel, recommend us): a feeling shown. */
  reactions: string[];
  /** Words and phrases of a number, a threshold, a time frame or a date (half, doubles, within, at least, quarter, March). */
  measures: string[];
  /** Phrases that say "no impact" and nothing more. */
  noImpact: string[];
}

export const VOCABULARIES: readonly Vocabulary[] = [en, it, es, pl, de, fr, pt];
