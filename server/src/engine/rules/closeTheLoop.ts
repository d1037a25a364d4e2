import { missingConceptRule } from './missingConcept';

/** Asked of accepted decisions only (see which concepts are required in analyze.ts). */
export default missingConceptRule(
  'close-the-loop',
  'An accepted decision says how we follow up with customers.',
  () => 'info',
);
