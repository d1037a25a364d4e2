import { hollowSectionRule } from './hollowSection';

/** A heading or label of a customer concept with nothing under it but blank lines, comments or subheadings. */
export default hollowSectionRule(
  'empty-section',
  'A customer section has content, not only a heading or comments.',
  'empty',
  (catalog) => catalog.messages.emptySection,
);
