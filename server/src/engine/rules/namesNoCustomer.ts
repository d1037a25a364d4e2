import { substanceRule } from './substance';

export default substanceRule(
  'names-no-customer',
  'A customer impact, problem solved or value created says who: a customer word, a persona, or whom the customers section names.',
  'who',
  ['customer-impact', 'problem-solved', 'value-created'],
  (c) => c.messages.namesNoCustomer,
);
