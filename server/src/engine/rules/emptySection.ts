import { format } from '../l10n';
import { hollowness } from '../hollow';
import { docsUrl, type Rule } from './rule';

const rule: Rule = {
  id: 'empty-section',
  description: 'A customer section has content, not only a heading or comments.',
  docs: docsUrl('empty-section'),
  defaultSeverity: () => 'warning',
  check(ctx) {
    for (const s of ctx.conceptSections) {
      if (s.concepts.length === 0 || hollowness(s) !== 'empty') continue;
      const prompt = ctx.catalog.concepts[s.concepts[0]].prompt;
      ctx.report(s.labelRange, format(ctx.catalog.messages.emptySection, { label: s.label, prompt }), s.concepts[0]);
    }
  },
};
export default rule;
