import { coreSeverity, missingConceptRule } from './missingConcept';

export default missingConceptRule('problem-solved', 'Names the customer problem that this solves.', coreSeverity);
