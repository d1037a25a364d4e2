import { missingConceptRule } from './missingConcept';

export default missingConceptRule(
  'customer-segment',
  'Names who the customer is: persona, segment or plan.',
  (kind) => (kind === 'spec' ? 'warning' : 'info'),
  // A link to a persona card says who the customer is.
  { namedByPersonaLink: true },
);
