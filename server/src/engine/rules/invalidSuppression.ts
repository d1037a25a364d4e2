import { scanSuppressions } from '../suppress';
import { docsUrl, type Rule } from './rule';

const rule: Rule = {
  id: 'invalid-suppression',
  description: 'A customer-lens-disable comment gives its reason after `--`.',
  docs: docsUrl('invalid-suppression'),
  defaultSeverity: () => 'warning',
  check(ctx) {
    for (const c of scanSuppressions(ctx.document).unreasoned) ctx.report(c.range, ctx.catalog.messages.invalidSuppression);
  },
};
export default rule;
