// A reviewer's quick read of a customer section: does it name a customer, cite evidence, say how they feel?

import { VOCABULARIES, wordMatches, type ConceptMatcher } from './concepts';
import { contentLines } from './hollow';
import { fold, words } from './text';
import type { Section } from './types';

export interface SectionJudgement {
  namesCustomer: boolean;
  citesEvidence: boolean;
  saysFeeling: boolean;
}

/** People a section may name instead of "customers": shop owners, nurses, admins... (judgement only, not matching). */
const ROLES = ['owner*', 'admin*', 'operator*', 'developer*', 'manager*', 'staff', 'agent*', 'seller*', 'driver*', 'nurse*', 'doctor*',
  'famil*', 'parent*', 'student*', 'teacher*', 'titolar*', 'gestor*', 'propietari*', 'wlasciciel*', 'inhaber*', 'proprietaire*',
  'proprietari*', 'vendedor*', 'venditor*', 'sprzedaw*', 'handler*', 'commercant*', 'lojist*']
  .map((r) => (r.endsWith('*') ? { word: fold(r.slice(0, -1)), stem: true } : { word: fold(r), stem: false }));

const feelingWords = VOCABULARIES.flatMap((v) =>
  v.feelings.map((f) => (f.endsWith('*') ? { word: fold(f.slice(0, -1)), stem: true } : { word: fold(f), stem: false })),
);

/** A link, a ticket (#123, ABC-42), a quotation, or a number. */
const EVIDENCE = /https?:\/\/|\]\(|#\d+|\b[A-Z][A-Z\d]+-\d+\b|["“”«»„][^"“”«»„]{8,}["“”«»„]|^\s*>|\d/m;

export function judgeSection(section: Section, matcher: ConceptMatcher): SectionJudgement {
  const text = contentLines(section).join('\n');
  const tokens = words(text);
  return {
    namesCustomer: tokens.some((t) => matcher.isCustomerWord(t) || ROLES.some((m) => wordMatches(m, t))) || /\bpersona\b/i.test(text),
    citesEvidence: EVIDENCE.test(text),
    saysFeeling: tokens.some((t) => feelingWords.some((m) => wordMatches(m, t))),
  };
}
