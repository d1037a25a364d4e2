// The customer checklist of a document, for the client's status bar and Check Workspace.

import { requiredCount, type Analysis, type Catalog } from '../engine';
import type { Checklist } from './protocol';

export function checklistOf(analysis: Analysis, catalog: Catalog): Checklist | null {
  if (!analysis.kind) return null;
  const items = analysis.concepts.map((c) => ({ concept: c.concept, heading: catalog.concepts[c.concept].heading, state: c.state, required: c.required }));
  const { present, required } = requiredCount(items);
  return { kind: analysis.kind, status: analysis.status, items, required, present };
}
