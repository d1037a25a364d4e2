// The shared shape of the seven concept rules: report a concept the document never names.

import type { ConceptId, Kind, Severity, Status } from '../types';
import { docsUrl, type Rule } from './rule';

export function missingConceptRule(
  concept: ConceptId,
  description: string,
  defaultSeverity: (kind: Kind, status: Status) => Severity,
): Rule {
  return {
    id: concept,
    description,
    docs: docsUrl(concept),
    defaultSeverity,
    check(ctx) {
      const report = ctx.concepts.find((c) => c.concept === concept);
      if (report && report.required && report.state === 'missing') {
        ctx.report(ctx.anchor, ctx.catalog.concepts[concept].missing, concept);
      }
    },
  };
}

/** customer-impact, problem-solved and value-created: a warning, an error once the record is accepted. */
export const coreSeverity = (_kind: Kind, status: Status): Severity => (status === 'accepted' ? 'error' : 'warning');
