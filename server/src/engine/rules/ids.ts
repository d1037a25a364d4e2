// Every rule id, apart from the rule modules so that a rule may name the others without an import cycle.

export const RULE_IDS: readonly string[] = [
  'customer-impact',
  'problem-solved',
  'value-created',
  'customer-segment',
  'customer-evidence',
  'success-metrics',
  'close-the-loop',
  'empty-section',
  'placeholder-text',
  'unjustified-no-impact',
  'invalid-suppression',
  'invalid-front-matter',
  'invalid-config',
  'file-too-large',
];
