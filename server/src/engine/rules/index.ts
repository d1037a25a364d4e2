// Every rule, in the order findings are listed.

import closeTheLoop from './closeTheLoop';
import customerEvidence from './customerEvidence';
import customerImpact from './customerImpact';
import customerSegment from './customerSegment';
import emptySection from './emptySection';
import fileTooLarge from './fileTooLarge';
import invalidConfig from './invalidConfig';
import invalidFrontMatter from './invalidFrontMatter';
import invalidSuppression from './invalidSuppression';
import placeholderText from './placeholderText';
import problemSolved from './problemSolved';
import successMetrics from './successMetrics';
import type { Rule } from './rule';
import unjustifiedNoImpact from './unjustifiedNoImpact';
import valueCreated from './valueCreated';

export type { Rule, RuleContext } from './rule';
export { docsUrl } from './rule';

export const RULES: readonly Rule[] = [
  customerImpact,
  problemSolved,
  valueCreated,
  customerSegment,
  customerEvidence,
  successMetrics,
  closeTheLoop,
  emptySection,
  placeholderText,
  unjustifiedNoImpact,
  invalidSuppression,
  invalidFrontMatter,
  invalidConfig,
  fileTooLarge,
];

export { RULE_IDS } from './ids';

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
