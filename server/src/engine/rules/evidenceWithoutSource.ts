import { substanceRule } from './substance';

export default substanceRule(
  'evidence-without-source',
  'Customer evidence cites a source: a link, a ticket, a quotation, a date or a count.',
  'evidence',
  ['customer-evidence'],
  (c) => c.messages.evidenceWithoutSource,
);
