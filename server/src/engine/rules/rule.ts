// What every rule is: its metadata, read by docs, SARIF, the schema and config, and its check.

import type { Catalog } from '../l10n';
import type { Verdict } from '../judge';
import type { SuppressionScan } from '../suppress';
import type { PersonaDirectory } from '../personas/directory';
import type { Signal } from '../config/defaults';
import type { ConceptId, ConceptReport, Hollowness, Kind, ParsedDocument, PersonaCard, PersonaReference, Range, Section, Severity, Status } from '../types';

export interface RuleContext {
  document: ParsedDocument;
  kind: Kind;
  status: Status;
  /** Every concept's state, in the contract's order. */
  concepts: ConceptReport[];
  /** The sections that name a customer concept, in document order. */
  conceptSections: Section[];
  /** Whether a concept section says nothing (worked out once per section by analyze). */
  hollowness(section: Section): Hollowness | undefined;
  /** The substance verdicts on a concept section; none for a hollow one. */
  judgement(section: Section): Verdict[];
  suppressions: SuppressionScan;
  /** Texts in the reader's locale. */
  catalog: Catalog;
  /** Where a finding about something missing is shown: the title, the front matter or the first line. */
  anchor: Range;
  report(range: Range, message: string, concept?: ConceptId): void;
  /** The personas the record names, and what the host knows of the workspace's cards. */
  references: PersonaReference[];
  personas?: PersonaDirectory;
}

/** What a rule about a persona card is given: the card, and what the host knows of the workspace. */
export interface PersonaRuleContext {
  card: PersonaCard;
  personas?: PersonaDirectory;
  catalog: Catalog;
  report(range: Range, message: string): void;
}

export interface RuleDefinition {
  id: string;
  /** One line, in English, for docs, SARIF, the schema and the README. */
  description: string;
  /** Said after the default severity in docs and the schema, when there is more to say. */
  note?: string;
  /** The severity before configuration. */
  defaultSeverity(kind: Kind, status: Status): Severity;
  /**
   * For the rules that ask for a concept: which, when a record must address it, and whether a link to a
   * persona card names it as a `customers:` key does.
   */
  concept?: { id: ConceptId; required(kind: Kind, status: Status): boolean; namedByPersonaLink?: boolean };
  /** For the rules that judge what a concept's section says: the signal they ask for, and of which concepts. */
  substance?: { signal: Signal; concepts: readonly ConceptId[] };
  /** Its findings cannot be silenced by a suppression comment. */
  unsuppressible?: boolean;
  /** Rules that report nothing on documents (the config's own rule, the size limit's) leave this out. */
  check?(ctx: RuleContext): void;
  /** Rules about persona cards: a card is no record, and no other rule runs on it. */
  checkPersona?(ctx: PersonaRuleContext): void;
}

export interface Rule extends RuleDefinition {
  /** The rule's page, derived from its id. */
  docs: string;
}
