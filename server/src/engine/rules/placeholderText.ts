import { format } from '../l10n';
import { hollowness } from '../hollow';
import { docsUrl, type Rule } from './rule';

const rule: Rule = {
  id: 'placeholder-text',
  description: 'A customer section holds real text, not TBD, TODO, N/A or template hints.',
  docs: docsUrl('placeholder-text'),
  defaultSeverity: () => 'warning',
  check(ctx) {
    for (const s of ctx.conceptSections) {
      if (s.concepts.length === 0 || hollowness(s) !== 'placeholder') continue;
      const prompt = ctx.catalog.concepts[s.concepts[0]].prompt;
      ctx.report(s.labelRange, format(ctx.catalog.messages.placeholderText, { label: s.label, prompt }), s.concepts[0]);
    }
  },
};
export default rule;
