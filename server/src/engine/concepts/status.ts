// Status words in the seven languages: which labels introduce a status, and which status a value names.

import { words } from '../text';
import type { Status } from '../types';
import { VOCABULARIES } from './vocabulary';

/** When a value names two statuses ("Accepted, superseded by ADR-9"), the one listed first here wins. */
const STATUS_ORDER: Status[] = ['superseded', 'deprecated', 'rejected', 'accepted', 'draft', 'proposed'];

const statusPhrases: { status: Status; words: string[] }[] = VOCABULARIES.flatMap((v) =>
  STATUS_ORDER.flatMap((status) => (v.statuses[status] ?? []).map((p) => ({ status, words: words(p) }))),
);

/**
 * The status a value names ("Accepted (2024-03-01)", "Przyjęty", "Superseded by ADR-9"), if any. The earliest
 * phrase wins, and the longest where two start together: "active review" is not "active".
 */
export function normaliseStatus(value: string): Status | undefined {
  const ws = words(value).slice(0, 12);
  for (let i = 0; i < ws.length; i++) {
    let best: { status: Status; words: string[] } | undefined;
    for (const p of statusPhrases) {
      if ((!best || p.words.length > best.words.length) && p.words.every((w, k) => ws[i + k] === w)) best = p;
    }
    if (best) return best.status;
  }
  return undefined;
}

const statusLabels = new Set(VOCABULARIES.flatMap((v) => v.statusLabels.map((l) => words(l).join(' '))));

/** Whether a heading, label or key introduces the status ("Status", "Stato", "Estado", "Zustand"...). */
export function isStatusLabel(label: string): boolean {
  return statusLabels.has(words(label).join(' '));
}
