import type { RuleDefinition } from './rule';

/** Reported by the config loader on `.customer-lens.yaml` itself; listed here for docs, SARIF and severities. */
const rule: RuleDefinition = {
  id: 'invalid-config',
  description: 'The .customer-lens.yaml file is valid; where it is not, the defaults apply.',
  note: 'reported about the config file itself; a setting here does not lower it',
  defaultSeverity: () => 'error',
};
export default rule;
