import { format, type Catalog } from '../l10n';
import { refusalText } from '../parse/yamlGuard';
import type { ParseError } from '../types';
import type { RuleDefinition } from './rule';

/** The reader's words for a parse problem; a syntax error keeps the YAML library's own words inside them. */
function messageOf(e: ParseError, m: Catalog['messages']): string {
  const p = e.problem;
  if ('unclosed' in p) return m.frontMatterUnclosed;
  if ('notAMap' in p && e.where === 'record') return m.recordNotAMap;
  const problem = 'syntax' in p ? p.syntax : 'notAMap' in p ? m.frontMatterNotAMap : refusalText(p.refused, m);
  return format(e.where === 'record' ? m.recordInvalid : m.frontMatterInvalid, { problem });
}

const rule: RuleDefinition = {
  id: 'invalid-front-matter',
  description: 'Front matter (or a YAML record) parses, so kind and status can be read.',
  defaultSeverity: () => 'warning',
  check(ctx) {
    for (const e of ctx.document.parseErrors) ctx.report(e.range, messageOf(e, ctx.catalog.messages));
  },
};
export default rule;
