// The decision map's model: records × customer concepts, coverage, personas and coverage over time. Pure data
// in, pure data out (no node:*), so the CLI's HTML report and the editor's webview draw the same map.

import { coveragePercent, type Coverage } from '../engine/compare';
import { CONCEPTS, type ConceptId, type Kind, type Status } from '../engine/types';

/** A concept's state in one record, as the map shows it. */
export type CellState = 'present' | 'thin' | 'hollow' | 'missing' | 'not-required' | 'suppressed';
export const CELL_STATES: readonly CellState[] = ['present', 'thin', 'hollow', 'missing', 'suppressed', 'not-required'];

export interface Cell {
  state: CellState;
  /** Whether the record's kind and status ask for the concept: only these count towards coverage. */
  required: boolean;
  /** Why the cell is thin (the substance findings) or suppressed (the comment's reason). */
  note?: string;
  /** The concept's heading (1-based), where the editor opens the record; absent when it is missing. */
  line?: number;
}

export interface MapRecord {
  /** As the check reported it, `/`-separated; prefixed by its repository when maps are merged. */
  path: string;
  /** A link to the file, relative to the report; absent when the file is not reachable from it. */
  href?: string;
  title?: string;
  kind: Kind;
  status: Status;
  folder: string;
  /** The persona ids the record references. */
  personas: string[];
  /** 1-based line of the title (or the first line): where a click on a missing concept opens the record. */
  line?: number;
  /** YYYY-MM-DD: front matter `date:`, else git's last commit date. */
  date?: string;
  cells: Record<ConceptId, Cell>;
  /** Things the map could not place in a cell (e.g. a finding whose concept a JSON input does not say). */
  notes: string[];
}

export type { Coverage };

export interface HistoryPoint {
  /** ISO 8601 date of the commit. */
  date: string;
  commit: string;
  records: number;
  present: number;
  required: number;
}

export interface PersonaRow {
  id: string;
  /** Records that reference the persona, by path. */
  records: string[];
  /** The latest date of those records, if any is dated. */
  last?: string;
  /** A persona card for the id is known to the map. */
  card: boolean;
  /** Nobody decided for this persona in the last `days` days (no dated record references it in that time). */
  stale: boolean;
}

export interface MapInput {
  records: MapRecord[];
  /** Ids of the persona cards the inputs hold (a persona nobody references is still shown). */
  personaCards?: string[];
  history?: HistoryPoint[];
  /** The window of "nobody decided for", in days. */
  days: number;
  /** Today, YYYY-MM-DD: the end of that window (passed in, so the map is reproducible). */
  today: string;
  /** Where the map came from: the paths checked, or the JSON files merged. */
  sources: string[];
  notes?: string[];
}

export interface DecisionMap {
  records: MapRecord[];
  coverage: Coverage;
  perConcept: Record<ConceptId, Coverage>;
  /** How many records hold each state, per concept. */
  states: Record<ConceptId, Record<CellState, number>>;
  personas: PersonaRow[];
  history: HistoryPoint[];
  days: number;
  today: string;
  sources: string[];
  notes: string[];
}

export function percent(present: number, required: number): number | undefined {
  return coveragePercent({ present, required });
}

/** The coverage of some cells. Thin counts as present: the section is written; its substance findings ask for more. */
export function coverageOf(cells: Cell[]): Coverage {
  const required = cells.filter((c) => c.required);
  const present = required.filter((c) => c.state === 'present' || c.state === 'thin').length;
  return { present, required: required.length, percent: percent(present, required.length) };
}

/** The folder of a `/`-separated path ('.' for none). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash > 0 ? path.slice(0, slash) : '.';
}

/** YYYY-MM-DD `days` before `today`. */
function daysBefore(today: string, days: number): string {
  const t = Date.parse(`${today}T00:00:00Z`);
  return new Date(t - days * 86400000).toISOString().slice(0, 10);
}

function personaRows(records: MapRecord[], cards: readonly string[], days: number, today: string): PersonaRow[] {
  const since = daysBefore(today, days);
  const byId = new Map<string, PersonaRow>();
  const row = (id: string) => {
    let r = byId.get(id);
    if (!r) byId.set(id, (r = { id, records: [], card: false, stale: true }));
    return r;
  };
  for (const id of cards) row(id).card = true;
  for (const record of records) {
    for (const id of new Set(record.personas)) {
      const r = row(id);
      r.records.push(record.path);
      if (record.date && (!r.last || record.date > r.last)) r.last = record.date;
    }
  }
  for (const r of byId.values()) r.stale = !r.last || r.last < since;
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function buildMap(input: MapInput): DecisionMap {
  const records = [...input.records].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const perConcept = {} as Record<ConceptId, Coverage>;
  const states = {} as Record<ConceptId, Record<CellState, number>>;
  for (const concept of CONCEPTS) {
    perConcept[concept] = coverageOf(records.map((r) => r.cells[concept]));
    const counts = Object.fromEntries(CELL_STATES.map((s) => [s, 0])) as Record<CellState, number>;
    for (const r of records) counts[r.cells[concept].state]++;
    states[concept] = counts;
  }
  return {
    records,
    coverage: coverageOf(records.flatMap((r) => CONCEPTS.map((c) => r.cells[c]))),
    perConcept,
    states,
    personas: personaRows(records, input.personaCards ?? [], input.days, input.today),
    history: input.history ?? [],
    days: input.days,
    today: input.today,
    sources: input.sources,
    notes: input.notes ?? [],
  };
}
