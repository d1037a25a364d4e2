// The one list of rules, in the order their findings are listed. Ids, docs links, the config schema and the
// README table all derive from it.

import closeTheLoop from './closeTheLoop';
import customerEvidence from './customerEvidence';
import customerImpact from './customerImpact';
import customerSegment from './customerSegment';
import emptySection from './emptySection';
import evidenceWithoutSource from './evidenceWithoutSource';
import fileTooLarge from './fileTooLarge';
import impactWithoutFeeling from './impactWithoutFeeling';
import invalidConfig from './invalidConfig';
import invalidFrontMatter from './invalidFrontMatter';
import invalidSuppression from './invalidSuppression';
import metricWithoutNumber from './metricWithoutNumber';
import namesNoCustomer from './namesNoCustomer';
import placeholderText from './placeholderText';
import problemSolved from './problemSolved';
import type { Signal } from '../config/defaults';
import type { ConceptId } from '../types';
import type { Rule, RuleDefinition } from './rule';
import successMetrics from './successMetrics';
import unjustifiedNoImpact from './unjustifiedNoImpact';
import unknownPersona from './unknownPersona';
import unusedPersona from './unusedPersona';
import valueCreated from './valueCreated';

export type { PersonaRuleContext, Rule, RuleContext } from './rule';

export const DOCS_BASE = 'https://github.com/customer-lens/customer-lens/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

const DEFINITIONS: readonly RuleDefinition[] = [
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
  namesNoCustomer,
  impactWithoutFeeling,
  metricWithoutNumber,
  evidenceWithoutSource,
  unknownPersona,
  unusedPersona,
  invalidSuppression,
  invalidFrontMatter,
  invalidConfig,
  fileTooLarge,
];

export const RULES: readonly Rule[] = DEFINITIONS.map((r) => ({ ...r, docs: docsUrl(r.id) }));

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** Each substance rule, the signal it asks for, and the concepts whose sections must give it. */
export const SUBSTANCE: readonly { rule: string; signal: Signal; concepts: readonly ConceptId[] }[] = RULES.flatMap((r) => (r.substance ? [{ rule: r.id, ...r.substance }] : []));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
