// The decision map's words and marks. Each state has a symbol of its own shape and a word, so no meaning rests
// on colour. Concept names come from the engine's catalogs; the rest is English for now (see docs/report.md).

import type { CellState } from './model';

export const STATE_MARK: Record<CellState, string> = {
  present: '✓',
  thin: '◐',
  hollow: '○',
  missing: '✗',
  suppressed: '⊘',
  'not-required': '–',
};

export const STATE_WORD: Record<CellState, string> = {
  present: 'present',
  thin: 'thin',
  hollow: 'hollow',
  missing: 'missing',
  suppressed: 'suppressed',
  'not-required': 'not required',
};

export const STATE_MEANING: Record<CellState, string> = {
  present: 'the section is written and says what it must',
  thin: 'written, but a substance rule asks for more: who the customers are, how they will feel, a number, or a source',
  hollow: 'the heading is there, with nothing under it but blanks or placeholder text',
  missing: 'the record is asked for this concept and does not address it',
  suppressed: 'missing or hollow, and a customer-lens-disable comment silences it; its reason is shown on the cell',
  'not-required': 'the record’s kind and status do not ask for this concept',
};

export const TEXT = {
  title: 'Customer Lens: decision map',
  heading: 'Decision map',
  intro: 'Where the customer is in every decision record and spec: each concept a record addresses, leaves thin or hollow, or misses.',
  generated: 'Made on {today} from {sources}.',
  coverage: 'Coverage',
  coverageLine: '{present} of {required} required customer concepts present, over {records} records ({decisions} decision records, {specs} specs). Thin sections count as present.',
  coverageNone: 'No decision record or spec asks for a customer concept: coverage is not defined.',
  perConceptCaption: 'Coverage per concept, and how many records hold each state',
  perConceptChart: 'Coverage per concept',
  concept: 'Concept',
  presentOfRequired: 'Present of required',
  heatmap: 'Records × concepts',
  heatmapCaption: 'Each record (row) and the state of each customer concept (column). Symbols: {legend}.',
  legend: 'What each state means',
  record: 'Record',
  kind: 'Kind',
  status: 'Status',
  state: 'State',
  folder: 'Folder',
  date: 'Date',
  personas: 'Personas',
  filters: 'Filter the records',
  any: 'any',
  showing: 'Showing {shown} of {total} records.',
  groupings: 'Groupings',
  byKind: 'Coverage by kind',
  byStatus: 'Coverage by status',
  byFolder: 'Coverage by folder',
  group: 'Group',
  records: 'Records',
  personasHeading: 'Who the decisions are made for',
  personasCaption: 'Each persona, the records that reference it, and the last time one did',
  persona: 'Persona',
  card: 'Card',
  lastDecided: 'Last decided for',
  recent: 'In the last {days} days',
  yes: 'yes',
  no: 'no',
  nobody: 'nobody decided for',
  stale: 'Personas nobody decided for in the last {days} days: {list}.',
  noneStale: 'Every persona had a decision made for it in the last {days} days.',
  noPersonas: 'No record references a persona, and no persona card was found.',
  undated: 'A record without a date (front matter date:, or git’s last commit) does not count as recent.',
  history: 'Coverage over time',
  historyChart: 'Coverage of the records at each commit that changed one, from {from} ({first}) to {to} ({last}).',
  historyCaption: 'Coverage at commits that changed a record (at most {n} shown, evenly spread)',
  historyNone: 'No history: {why}',
  commit: 'Commit',
  notes: 'Notes',
  none: 'none',
  openRecord: 'Open {path} at {concept}',
} as const;

export type TextKey = keyof typeof TEXT;

/** `{name}` placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
