// Whether a section headed by one generic word ("Problems", "Values", "Members", "Consumer") is about customers,
// and so names its concept: its text names someone, in the judge's sense of "who".

import { addPeopleOf, answeredLines, namesWho, type Reading } from './judge';
import { words } from './text';
import type { ParsedDocument, Section } from './types';

/** Fenced code, inline code and camelCase identifiers name classes and fields, not people. */
const INLINE_CODE = /`[^`\n]*`/g;
const IDENTIFIER = /\b[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*\b/g;

function prose(lines: string[]): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (m && (fence === undefined || m[1].startsWith(fence))) fence = fence === undefined ? m[1] : undefined;
    else if (fence === undefined) out.push(line.replace(INLINE_CODE, ' ').replace(IDENTIFIER, ' '));
  }
  return out.join('\n');
}

/**
 * The customer words a document uses in another sense somewhere ("Kafka consumer", "client library"): one
 * sense per document, so its "consumer" elsewhere is the software too.
 */
function otherSenseWords(doc: ParsedDocument, r: Reading): string[] {
  return r.matcher.otherSenseWords(words(prose(doc.text.split('\n'))));
}

/**
 * Whether a generic section names someone other than by its heading's own word ("Members" whose text says
 * "members" says no more than its heading), nor by a word the document uses in another sense.
 */
function namesSomeone(section: Section, r: Reading, otherSenses: readonly string[]): boolean {
  const own = r.matcher.genericWord(section.label);
  return namesWho(words(prose(answeredLines(section))), r, own === undefined ? otherSenses : [own, ...otherSenses]);
}

/**
 * Each section headed by one generic word keeps its concepts only when its text names someone; one that
 * does is a customers section too, and its people join the reading's.
 */
export function settleGenericSections(doc: ParsedDocument, r: Reading): void {
  let otherSenses: string[] | undefined;
  for (const s of doc.sections) {
    if (!s.generic || s.concepts.length === 0) continue;
    if (namesSomeone(s, r, (otherSenses ??= otherSenseWords(doc, r)))) addPeopleOf(s, r.people);
    else s.concepts = [];
  }
}
