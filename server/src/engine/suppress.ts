// Inline suppression: `<!-- customer-lens-disable <rule>[, <rule>] -- <reason> -->` (or `# ...` in YAML).
// Before the first section it covers the file; under a heading, that heading's section. No reason, no effect.

import type { Comment, Finding, ParsedDocument, Range } from './types';

const MARKER = 'customer-lens-disable';

export interface Suppression {
  rules: string[] | 'all';
  reason: string;
  /** Lines covered, [from, to). */
  from: number;
  to: number;
  range: Range;
}

export interface SuppressionScan {
  suppressions: Suppression[];
  /** Comments that name the marker but give no reason. */
  unreasoned: Comment[];
  /** Rule ids a suppression names that are not rules. */
  unknownRules: { comment: Comment; rule: string }[];
}

export function scanSuppressions(doc: ParsedDocument, ruleIds: readonly string[]): SuppressionScan {
  const out: SuppressionScan = { suppressions: [], unreasoned: [], unknownRules: [] };
  const headings = doc.sections.filter((s) => s.source === 'heading' && s.level > 1);
  for (const c of doc.comments) {
    const text = c.text.trim();
    if (!text.startsWith(MARKER)) continue;
    const rest = text.slice(MARKER.length);
    if (rest.length > 0 && !/^\s/.test(rest)) continue;
    const dash = rest.indexOf('--');
    const reason = dash >= 0 ? rest.slice(dash + 2).trim() : '';
    const list = (dash >= 0 ? rest.slice(0, dash) : rest).split(/[\s,]+/).filter((r) => r.length > 0);
    if (reason.length === 0) {
      out.unreasoned.push(c);
      continue;
    }
    for (const rule of list) if (!ruleIds.includes(rule)) out.unknownRules.push({ comment: c, rule });
    const enclosing = headings.filter((h) => h.labelRange.start.line < c.line && c.line < h.bodyEnd).pop();
    out.suppressions.push({
      rules: list.length > 0 ? list : 'all',
      reason,
      from: enclosing ? enclosing.labelRange.start.line : 0,
      to: enclosing ? enclosing.bodyEnd : Number.MAX_SAFE_INTEGER,
      range: c.range,
    });
  }
  return out;
}

/** The suppression that silences a finding, if any. */
export function suppressionOf(f: Finding, suppressions: Suppression[]): Suppression | undefined {
  return suppressions.find((s) => (s.rules === 'all' || s.rules.includes(f.rule)) && f.range.start.line >= s.from && f.range.start.line < s.to);
}
