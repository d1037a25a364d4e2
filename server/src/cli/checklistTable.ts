// The per-file customer checklist as a Markdown table, for pull-request comments and the run summary.

import { CONCEPTS, type ConceptId } from '../engine';
import type { ChecklistEntry, FileResult } from './check';

const SHORT: Record<ConceptId, string> = {
  'customer-segment': 'Customers',
  'problem-solved': 'Problem',
  'customer-impact': 'Impact',
  'value-created': 'Value',
  'customer-evidence': 'Evidence',
  'success-metrics': 'Metrics',
  'close-the-loop': 'Follow-up',
};

export const LEGEND = '✅ present · ⚠️ empty or placeholder · ❌ missing · ➖ not asked of this document';

function mark(c: ChecklistEntry): string {
  if (c.state === 'present') return '✅';
  if (c.state === 'hollow') return '⚠️';
  return c.required ? '❌' : '➖';
}

/** `|` and new lines would break a table cell. */
export function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function checklistTable(files: FileResult[]): string[] {
  const docs = files.filter((f) => f.kind === 'decision' || f.kind === 'spec');
  const lines = [
    `| File | Kind | Status | ${CONCEPTS.map((c) => SHORT[c]).join(' | ')} | Findings |`,
    `|---|---|---|${CONCEPTS.map(() => ':-:').join('|')}|--:|`,
  ];
  for (const f of docs) {
    const marks = CONCEPTS.map((c) => {
      const report = f.checklist?.find((r) => r.concept === c);
      return report ? mark(report) : ' ';
    });
    lines.push(`| \`${cell(f.path)}\` | ${f.kind} | ${f.status} | ${marks.join(' | ')} | ${f.findings.length} |`);
  }
  return lines;
}
