import type { RuleDefinition } from './rule';

const rule: RuleDefinition = {
  id: 'unjustified-no-impact',
  description: 'A customer impact of "none" comes with the reason customers will not notice.',
  defaultSeverity: () => 'warning',
  check(ctx) {
    for (const s of ctx.conceptSections) {
      if (s.concepts.includes('customer-impact') && ctx.hollowness(s) === 'no-impact') {
        ctx.report(s.labelRange, ctx.catalog.messages.unjustifiedNoImpact, 'customer-impact');
      }
    }
  },
};
export default rule;
