import { coreSeverity, missingConceptRule } from './missingConcept';

export default missingConceptRule('value-created', 'Says what value the customer gets and why they would care.', coreSeverity);
