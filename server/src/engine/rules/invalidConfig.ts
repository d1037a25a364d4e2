import { docsUrl, type Rule } from './rule';

/** Reported by the config loader on `.customer-lens.yaml` itself; listed here for docs, SARIF and severities. */
const rule: Rule = {
  id: 'invalid-config',
  description: 'The .customer-lens.yaml file is valid; where it is not, the defaults apply.',
  docs: docsUrl('invalid-config'),
  defaultSeverity: () => 'error',
};
export default rule;
