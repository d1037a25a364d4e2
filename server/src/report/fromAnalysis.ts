// A record of the map from the engine's analysis of it: what the editor's server has for every document it
// knows. Pure, like the rest of the map.

import type { Analysis } from '../engine/analyze';
import type { ConceptId } from '../engine/types';
import { cellsOf } from './cells';
import { folderOf, type MapRecord } from './model';

/** Front matter `date:` as YYYY-MM-DD, when it is one (YAML may give a string or a Date). */
export function dateOf(value: unknown): string | undefined {
  const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text);
  return m && !Number.isNaN(Date.parse(m[1])) ? m[1] : undefined;
}

/** What the map shows of a record besides its checklist: its title, its front matter `date:`, its silenced findings. */
export function recordFacts(analysis: Analysis): { title?: string; date?: string; suppressed: { rule: string; concept?: ConceptId; reason: string }[] } {
  return {
    title: analysis.document.title?.text,
    date: dateOf(analysis.document.frontMatter?.data.date),
    suppressed: analysis.suppressed.map(({ finding, reason }) => ({ rule: finding.rule, concept: finding.concept, reason })),
  };
}

/** The record's row; `path` is what the map shows, `href` what a click opens. Undefined for no record. */
export function mapRecordOf(analysis: Analysis, path: string, href: string): MapRecord | undefined {
  if (!analysis.kind) return undefined;
  const concepts = analysis.concepts.map((c) => ({ concept: c.concept, state: c.state, required: c.required, ...(c.section ? { line: c.section.labelRange.start.line + 1 } : {}) }));
  const { title, date, suppressed } = recordFacts(analysis);
  return {
    path,
    href,
    ...(title ? { title } : {}),
    kind: analysis.kind,
    status: analysis.status,
    folder: folderOf(path),
    personas: [],
    ...(date ? { date } : {}),
    line: analysis.anchor.start.line + 1,
    cells: cellsOf(concepts, analysis.findings, suppressed),
    notes: [],
  };
}
