// The customer checklist of a document, for the client's status bar and Check Workspace.

import type { Analysis, Catalog } from '../engine';
import type { Checklist } from './protocol';

export function checklistOf(analysis: Analysis, catalog: Catalog): Checklist | null {
  if (!analysis.kind) return null;
  const items = analysis.concepts.map((c) => ({ concept: c.concept, heading: catalog.concepts[c.concept].heading, state: c.state, required: c.required }));
  const required = items.filter((i) => i.required);
  return { kind: analysis.kind, status: analysis.status, items, required: required.length, present: required.filter((i) => i.state === 'present').length };
}
