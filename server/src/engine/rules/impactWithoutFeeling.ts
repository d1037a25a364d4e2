import { substanceRule } from './substance';

export default substanceRule(
  'impact-without-feeling',
  'A customer impact says how customers will feel or react, not only what changes.',
  (c) => c.messages.impactWithoutFeeling,
);
