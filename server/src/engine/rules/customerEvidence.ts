import { missingConceptRule } from './missingConcept';

export default missingConceptRule(
  'customer-evidence',
  'Brings the voice of the customer: feedback, research or data.',
  () => 'info',
);
