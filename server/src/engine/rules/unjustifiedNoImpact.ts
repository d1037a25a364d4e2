import { hollowness } from '../hollow';
import { docsUrl, type Rule } from './rule';

const rule: Rule = {
  id: 'unjustified-no-impact',
  description: 'A customer impact of "none" comes with the reason customers will not notice.',
  docs: docsUrl('unjustified-no-impact'),
  defaultSeverity: () => 'warning',
  check(ctx) {
    for (const s of ctx.conceptSections) {
      if (s.concepts.includes('customer-impact') && hollowness(s) === 'no-impact') {
        ctx.report(s.labelRange, ctx.catalog.messages.unjustifiedNoImpact, 'customer-impact');
      }
    }
  },
};
export default rule;
