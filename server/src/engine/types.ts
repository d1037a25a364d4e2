// The engine's vocabulary of types: documents, sections, concepts and findings.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** The kinds of record that are checked for customer sections. */
export type Kind = 'decision' | 'spec';
/** Every kind of file Customer Lens reads: records, and the persona cards they reference. */
export type FileKind = Kind | 'persona';
export const FILE_KINDS: readonly FileKind[] = ['decision', 'spec', 'persona'];
export type Status = 'draft' | 'proposed' | 'accepted' | 'rejected' | 'deprecated' | 'superseded';
export const STATUSES: readonly Status[] = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded'];
export type LanguageCode = 'en' | 'it' | 'es' | 'pl' | 'de' | 'fr' | 'pt';
export const LANGUAGES: readonly LanguageCode[] = ['en', 'it', 'es', 'pl', 'de', 'fr', 'pt'];

export type ConceptId =
  | 'customer-impact'
  | 'problem-solved'
  | 'value-created'
  | 'customer-segment'
  | 'customer-evidence'
  | 'success-metrics'
  | 'close-the-loop';

export const CONCEPTS: readonly ConceptId[] = [
  'customer-segment',
  'problem-solved',
  'customer-impact',
  'value-created',
  'customer-evidence',
  'success-metrics',
  'close-the-loop',
];

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type SectionSource = 'heading' | 'bold-label' | 'list-label' | 'front-matter' | 'yaml-key';

/** A part of the document that a heading, a label or a key introduces. */
export interface Section {
  label: string;
  source: SectionSource;
  /** Heading level 1-6; labels and keys rank below every heading. */
  level: number;
  /** Where the heading or label is written: what a reader sees and what findings point at. */
  labelRange: Range;
  /** First and last (exclusive) line of the section's own body. */
  bodyStart: number;
  bodyEnd: number;
  /** The body as written, comments included. */
  body: string;
  concepts: ConceptId[];
  /**
   * Its heading is one generic word ("Problems", "Members"): its concepts count only when its text names
   * someone, and analyze() empties them when it does not.
   */
  generic?: boolean;
}

/** How a section can say nothing: no text, a placeholder, or only that there is no impact. */
export type Hollowness = 'empty' | 'placeholder' | 'no-impact';

export interface FrontMatter {
  /** Top-level keys and their values, as YAML gave them. */
  data: Record<string, unknown>;
  /** From the opening `---` to the closing one, inclusive. */
  range: Range;
  /** Line of each top-level key. */
  keyLines: Map<string, number>;
  error?: { problem: YamlProblem; line: number };
}

/** Why YAML was refused unread: the guards of parse/yamlGuard.ts. */
export type YamlRefusal = 'too-large' | 'too-many-errors' | 'too-deep' | 'too-complex';

/** What is wrong with some YAML: the library's syntax error (in its words), a refusal, or no `key: value` mapping. */
export type YamlProblem = { syntax: string } | { refused: YamlRefusal } | { notAMap: true };

/** A problem met while parsing, in the front matter or in a whole-YAML record; the catalog words it. */
export interface ParseError {
  where: 'front-matter' | 'record';
  problem: YamlProblem | { unclosed: true };
  range: Range;
}

export interface Comment {
  text: string;
  line: number;
  range: Range;
}

export interface ParsedDocument {
  format: 'markdown' | 'yaml';
  text: string;
  lineCount: number;
  frontMatter?: FrontMatter;
  title?: { text: string; range: Range };
  sections: Section[];
  comments: Comment[];
  /** Problems met while parsing; the rest of the document is still checked. */
  parseErrors: ParseError[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  concept?: ConceptId;
}

export type ConceptState = 'present' | 'hollow' | 'missing';

export interface ConceptReport {
  concept: ConceptId;
  state: ConceptState;
  section?: Section;
  /** Whether the document's kind and status ask for this concept at all. */
  required: boolean;
}

/** A persona card: who a customer is, in the team's words. */
export interface PersonaCard {
  id: string;
  /** Where the id is written (its `id:` value), else where the card is shown (the title). */
  idRange: Range;
  /** Whether the id is the file's name (no `id:`): renaming it means renaming the file. */
  idFromFileName: boolean;
  name?: string;
  segment?: string;
  jobs: string[];
  pains: string[];
  gains: string[];
  quotes: string[];
  /** The title, else the first line: where the card's findings and lens are shown. */
  anchor: Range;
}

/** A record naming a persona: a `customers:`/`personas:` id, or a Markdown link to a card's file. */
export interface PersonaReference {
  id: string;
  /** The id as written, or the whole link. */
  range: Range;
  via: 'key' | 'link';
}
