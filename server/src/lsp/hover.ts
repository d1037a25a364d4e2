// Hovers: the customer checklist on the title, what a section must answer on its heading, why a finding
// matters on the finding, what the status means on the status. Written for authors and reviewers alike.

import type { Hover, MarkupKind, Position } from 'vscode-languageserver';
import {
  catalogFor, HISTORY, judgeSection, ruleById, type Analysis, type Catalog, type ConceptId, type ConceptMatcher,
  type ConceptReport, type Range,
} from '../engine';

const MARK: Record<ConceptReport['state'], string> = { present: '✅', hollow: '⚠️', missing: '❌' };

function within(range: Range, p: Position): boolean {
  if (p.line < range.start.line || p.line > range.end.line) return false;
  return true;
}

function checklist(analysis: Analysis, catalog: Catalog): string[] {
  const ui = catalog.ui;
  const kind = analysis.kind === 'spec' ? ui.spec : ui.decision;
  const out = [`**${ui.checklist}** · ${kind} · ${ui.status}: ${analysis.status}`, ''];
  for (const c of analysis.concepts) {
    const name = catalog.concepts[c.concept].heading;
    const state = !c.required && c.state === 'missing' ? `➖ ${name}: ${ui.notRequired}` : `${MARK[c.state]} ${name}: ${ui[c.state]}`;
    out.push(`- ${state}`);
  }
  const open = analysis.concepts.filter((c) => c.required && c.state !== 'present');
  if (open.length > 0) {
    out.push('', `**${ui.questionsToAsk}**`, '');
    for (const c of open) for (const q of catalog.concepts[c.concept].askAuthor) out.push(`- ${q}`);
  }
  return out;
}

function sectionHelp(analysis: Analysis, concepts: ConceptId[], sectionIndex: number, catalog: Catalog, matcher: ConceptMatcher): string[] {
  const out: string[] = [];
  for (const concept of concepts) {
    const text = catalog.concepts[concept];
    out.push(`**${text.heading}**: ${catalog.ui.sectionMustAnswer}`, '');
    for (const q of text.questions) out.push(`- ${q}`);
    out.push('', `*${catalog.ui.goodExample}*: ${text.example}`, '');
  }
  const section = analysis.document.sections[sectionIndex];
  const j = judgeSection(section, matcher);
  const ui = catalog.ui;
  const lines = [
    j.namesCustomer ? `✓ ${ui.namesCustomer}` : `· ${ui.lacksCustomer}`,
    j.citesEvidence ? `✓ ${ui.citesEvidence}` : `· ${ui.lacksEvidence}`,
  ];
  if (concepts.includes('customer-impact')) lines.push(j.saysFeeling ? `✓ ${ui.saysFeeling}` : `· ${ui.lacksFeeling}`);
  out.push(`*${ui.judgement}*`, '', ...lines.map((l) => `- ${l}`));
  return out;
}

function findingHelp(analysis: Analysis, p: Position, catalog: Catalog): string[] {
  const out: string[] = [];
  const said = new Set<string>();
  for (const f of analysis.findings) {
    if (!within(f.range, p)) continue;
    // Each rule's help once: one comment can hold thousands of findings of the same rule.
    const key = `${f.rule} ${f.concept ?? ''}`;
    if (said.has(key)) continue;
    said.add(key);
    const rule = ruleById(f.rule);
    const why = f.concept ? catalog.concepts[f.concept].why : rule?.description ?? '';
    out.push(`**${f.rule}**: ${why}`);
    if (rule) out.push(`[${catalog.ui.ruleDocs}](${rule.docs})`);
    out.push('');
  }
  return out;
}

export function hoverAt(analysis: Analysis, p: Position, locale: string, matcher: ConceptMatcher, markdown: boolean): Hover | null {
  if (!analysis.kind) return null;
  const catalog = catalogFor(locale);
  const parts: string[] = [];
  const onTitle = within(analysis.anchor, p) || (analysis.document.frontMatter !== undefined && analysis.document.format === 'markdown' && within(analysis.document.frontMatter.range, p));
  const written = analysis.statusInfo.written;
  if (written && within(written.range, p)) {
    const s = analysis.status;
    const meaning = HISTORY.includes(s) ? 'history' : s === 'accepted' ? 'accepted' : s === 'draft' ? 'draft' : 'proposed';
    parts.push(`**${catalog.ui.status}: ${s}**. ${catalog.ui.statusMeaning[meaning]}`, '');
  }
  if (onTitle) parts.push(...checklist(analysis, catalog), '');
  const sectionIndex = analysis.document.sections.findIndex((s) => s.concepts.length > 0 && within(s.labelRange, p));
  if (sectionIndex >= 0) parts.push(...sectionHelp(analysis, analysis.document.sections[sectionIndex].concepts, sectionIndex, catalog, matcher), '');
  for (const line of findingHelp(analysis, p, catalog)) parts.push(line); // can be long: no push(...xs)
  if (parts.every((l) => l.length === 0)) return null;
  const value = parts.join('\n').trim();
  const kind: MarkupKind = markdown ? 'markdown' : 'plaintext';
  return { contents: { kind, value: markdown ? value : value.replace(/\*\*|\*/g, '') } };
}
