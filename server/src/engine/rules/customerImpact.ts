import { coreSeverity, missingConceptRule } from './missingConcept';

export default missingConceptRule(
  'customer-impact',
  'Says how the change affects the customer and how they will feel about it.',
  coreSeverity,
);
