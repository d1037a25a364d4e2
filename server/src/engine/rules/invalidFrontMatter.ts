import { docsUrl, type Rule } from './rule';

const rule: Rule = {
  id: 'invalid-front-matter',
  description: 'Front matter (or a YAML record) parses, so kind and status can be read.',
  docs: docsUrl('invalid-front-matter'),
  defaultSeverity: () => 'warning',
  check(ctx) {
    for (const e of ctx.document.parseErrors) ctx.report(e.range, e.message);
  },
};
export default rule;
