// What every rule is: its metadata, read by docs, SARIF and config, and its check.

import type { Catalog } from '../l10n';
import type { ConceptId, ConceptReport, Kind, LanguageCode, ParsedDocument, Range, Section, Severity, Status } from '../types';

export const DOCS_BASE = 'https://github.com/customer-lens/customer-lens/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

export interface RuleContext {
  document: ParsedDocument;
  kind: Kind;
  status: Status;
  language: LanguageCode;
  concepts: ConceptReport[];
  /**
   * The document's sections that are about a customer concept, in document order: most sections of a long
   * document are about none, and rules about customer sections need not look at those.
   */
  conceptSections: Section[];
  /** Texts in the reader's locale. */
  catalog: Catalog;
  /** Where a finding about something missing is shown: the title, the front matter or the first line. */
  anchor: Range;
  report(range: Range, message: string, concept?: ConceptId): void;
}

export interface Rule {
  id: string;
  /** One line, in English, for docs, SARIF and the README. */
  description: string;
  docs: string;
  /** The severity before configuration; `undefined` kind is for metadata listings. */
  defaultSeverity(kind: Kind, status: Status): Severity;
  /** Rules that report nothing on documents (the config's own rule) leave this out. */
  check?(ctx: RuleContext): void;
}
