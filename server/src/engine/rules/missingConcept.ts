// The shape of the seven concept rules: report a required concept that the document never names.

import type { ConceptId, Kind, Severity, Status } from '../types';
import type { RuleDefinition } from './rule';

export function missingConceptRule(
  concept: ConceptId,
  description: string,
  defaultSeverity: (kind: Kind, status: Status) => Severity,
  { required = () => true, namedByPersonaLink = false }: { required?: (kind: Kind, status: Status) => boolean; namedByPersonaLink?: boolean } = {},
): RuleDefinition {
  return {
    id: concept,
    description,
    defaultSeverity,
    concept: { id: concept, required, namedByPersonaLink },
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
