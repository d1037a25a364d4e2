import { missingConceptRule } from './missingConcept';

/** Only an accepted decision has customers to go back to. */
export default missingConceptRule(
  'close-the-loop',
  'An accepted decision says how we follow up with customers.',
  () => 'info',
  { required: (kind, status) => kind === 'decision' && status === 'accepted' },
);
