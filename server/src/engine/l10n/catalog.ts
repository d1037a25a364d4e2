// The shape of every user-facing text, one catalog per language. `{name}` marks a value filled in later.

import type { Signal } from '../config/defaults';
import type { ConceptId, LanguageCode } from '../types';

export interface ConceptText {
  /** The heading a quick fix or snippet writes. */
  heading: string;
  /** One line telling the writer what to write under it. */
  prompt: string;
  /** The finding's message when the concept is missing. */
  missing: string;
  /** What the section must answer, shown on hover. */
  questions: string[];
  /** What a reviewer should ask the author when the section is missing or hollow. */
  askAuthor: string[];
  /** A short example of a good section. */
  example: string;
  /** Why the customer is better off when this is written down. */
  why: string;
}

export interface Catalog {
  language: LanguageCode;
  concepts: Record<ConceptId, ConceptText>;
  messages: {
    emptySection: string;
    placeholderText: string;
    unjustifiedNoImpact: string;
    /** The four substance rules: a section that says something, but not who, how they feel, a number or a source. */
    namesNoCustomer: string;
    impactWithoutFeeling: string;
    metricWithoutNumber: string;
    evidenceWithoutSource: string;
    invalidSuppression: string;
    unknownSuppressedRule: string;
    fileTooLarge: string;
    fileTooManyLines: string;
    /** unknown-persona and unused-persona: `{id}` is the persona's id. */
    unknownPersona: string;
    unusedPersona: string;
    /** invalid-front-matter: the frame around a YAML problem, and the problems that are ours to word. */
    frontMatterUnclosed: string;
    frontMatterInvalid: string;
    recordInvalid: string;
    frontMatterNotAMap: string;
    recordNotAMap: string;
    yamlTooLarge: string;
    yamlTooManyErrors: string;
    yamlTooDeep: string;
    yamlTooComplex: string;
    /** invalid-config: problems in `.customer-lens.yaml`, each at its line; `{setting}` is a path such as `kinds.spec.include`. */
    config: ConfigMessages;
  };
  ui: {
    checklist: string;
    present: string;
    hollow: string;
    missing: string;
    notRequired: string;
    /** The title hover in a diff view: the record against the other side of the diff (older → newer). */
    diffCompared: string;
    diffNew: string;
    /** A concept in the same state on both sides, not present: `{state}` is the state's word. */
    diffStill: string;
    diffUnchanged: string;
    /** `{before}` and `{after}` are percentages; `{was}` and `{now}` are "present/required" counts. */
    diffCoverage: string;
    /** Where a concept was found: the heading or label as written ({label}) and its 1-based line ({line}). */
    foundAt: string;
    status: string;
    decision: string;
    spec: string;
    statusMeaning: Record<'draft' | 'proposed' | 'accepted' | 'history', string>;
    questionsToAsk: string;
    sectionMustAnswer: string;
    goodExample: string;
    ruleDocs: string;
    addSection: string;
    addAllSections: string;
    suppressRule: string;
    suppressReason: string;
    judgement: string;
    namesCustomer: string;
    citesEvidence: string;
    saysFeeling: string;
    lacksCustomer: string;
    lacksEvidence: string;
    lacksFeeling: string;
    givesNumber: string;
    lacksNumber: string;
    /** The quick fix of a substance finding, and the line it writes: `{...}` stays a placeholder until filled in. */
    addScaffold: string;
    scaffolds: Record<Signal, string>;
  };
  persona: PersonaTexts;
  /** The decision map's own words (`customer-lens report` and the editor's webview). */
  report: ReportText;
}

/** The parts of a persona card: the New Persona command writes their headings, the card reader knows them in every language. */
export type PersonaPart = 'segment' | 'jobs' | 'pains' | 'gains' | 'quotes' | 'empathyMap' | 'thinksFeels' | 'says' | 'does' | 'hears';

export interface PersonaTexts {
  sections: Record<PersonaPart, string>;
  /** One line under each heading of a new card, telling the writer what goes there. */
  prompts: Record<PersonaPart, string>;
  /** The word that heads a card's hover. */
  persona: string;
  /** The card's code lens; `{decisions}` and `{specs}` are counts. */
  usedBy: string;
  /** Quick fixes of unknown-persona. */
  createCard: string;
  useId: string;
  /** Why a rename is refused. */
  idIsFileName: string;
  invalidId: string;
}

/** A cell of the decision map: a concept's state in one record. */
export type MapCellState = 'present' | 'thin' | 'hollow' | 'missing' | 'suppressed' | 'not-required';

export interface ReportText {
  title: string;
  heading: string;
  intro: string;
  /** `{today}` a date, `{sources}` the paths or JSON files mapped. */
  generated: string;
  coverage: string;
  coverageLine: string;
  coverageNone: string;
  perConceptCaption: string;
  perConceptChart: string;
  concept: string;
  presentOfRequired: string;
  heatmap: string;
  /** `{legend}`: each state's symbol and word. */
  heatmapCaption: string;
  legend: string;
  record: string;
  kind: string;
  status: string;
  state: string;
  folder: string;
  date: string;
  personas: string;
  filters: string;
  any: string;
  /** Filled in by the map's script: `{shown}` and `{total}` records. */
  showing: string;
  groupings: string;
  byKind: string;
  byStatus: string;
  byFolder: string;
  group: string;
  records: string;
  personasHeading: string;
  personasCaption: string;
  persona: string;
  card: string;
  lastDecided: string;
  recent: string;
  yes: string;
  no: string;
  nobody: string;
  stale: string;
  noneStale: string;
  noPersonas: string;
  undated: string;
  history: string;
  historyChart: string;
  historyCaption: string;
  historyNone: string;
  commit: string;
  notes: string;
  none: string;
  openRecord: string;
  /** A percentage of nothing. */
  notAvailable: string;
  /** Why a map has no history, and what a merged map cannot know. */
  noHistoryAsked: string;
  noHistoryMerged: string;
  mergedSuppressions: string;
  mergedDates: string;
  /** Each state's word, and what it means (the legend). */
  states: Record<MapCellState, string>;
  meanings: Record<MapCellState, string>;
}

export interface ConfigMessages {
  /** The frame around a YAML problem, in the YAML library's words or in ours. */
  yamlInvalid: string;
  keysNotUnique: string;
  notAMapping: string;
  unknownSetting: string;
  kindsNotAMap: string;
  unknownKind: string;
  kindNotAMap: string;
  unknownKindSetting: string;
  rulesNotAMap: string;
  unknownRule: string;
  ruleNotConfigurable: string;
  badSeverity: string;
  headingsNotAMap: string;
  unknownConcept: string;
  unknownConceptIn: string;
  notAList: string;
  notStrings: string;
  /** A glob that cannot be used: the frame, then each problem. */
  globInvalid: string;
  globMalformed: string;
  globEmpty: string;
  globTooLong: string;
  globTooDeep: string;
  globUnbalanced: string;
  globTooManyAlternatives: string;
  globsTooMuch: string;
  headingsTooMany: string;
  headingTooLong: string;
  wordsNotAMap: string;
  unknownSignal: string;
  unknownLanguage: string;
  wordsTooMany: string;
  /** The config file could not be read at all. */
  fileIsFolder: string;
  fileNotRegular: string;
  fileLinksOutside: string;
  fileUnreadable: string;
  fileTooLarge: string;
}

export type PartialCatalog = {
  language: LanguageCode;
  concepts?: Partial<Record<ConceptId, Partial<ConceptText>>>;
  messages?: Partial<Omit<Catalog['messages'], 'config'>> & { config?: Partial<ConfigMessages> };
  ui?: Partial<Catalog['ui']>;
  persona?: Partial<Omit<PersonaTexts, 'sections' | 'prompts'>> & { sections?: Partial<PersonaTexts['sections']>; prompts?: Partial<PersonaTexts['prompts']> };
  report?: Partial<ReportText>;
};

/** `{name}` replaced by values[name]. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}
