import { missingConceptRule } from './missingConcept';

export default missingConceptRule(
  'success-metrics',
  'Measures success the way the customer feels it.',
  (kind) => (kind === 'spec' ? 'warning' : 'info'),
);
