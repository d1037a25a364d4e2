import { substanceRule } from './substance';

export default substanceRule(
  'impact-without-feeling',
  'A customer impact says how customers will feel or react, not only what changes.',
  'feeling',
  ['customer-impact'],
  (c) => c.messages.impactWithoutFeeling,
);
