import { hollowSectionRule } from './hollowSection';

/** A customer section holding only TBD, TODO, N/A, `{...}`, template hints or our own prompt. */
export default hollowSectionRule(
  'placeholder-text',
  'A customer section holds real text, not TBD, TODO, N/A or template hints.',
  'placeholder',
  (catalog) => catalog.messages.placeholderText,
);
