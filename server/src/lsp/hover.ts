// Hovers: the customer checklist on the title, what a section must answer on its heading, why a finding
// matters on the finding, what the status means on the status. Written for authors and reviewers alike.

import type { Hover, MarkupKind, Position } from 'vscode-languageserver';
import {
  catalogFor, format, HISTORY, ruleById, type Analysis, type Catalog, type ConceptReport, type Section, type Verdict,
} from '../engine';
import { onLinesOf } from './ranges';

const MARK: Record<ConceptReport['state'], string> = { present: '✅', hollow: '⚠️', missing: '❌' };

function checklist(analysis: Analysis, catalog: Catalog): string[] {
  const ui = catalog.ui;
  const kind = analysis.kind === 'spec' ? ui.spec : ui.decision;
  const out = [`**${ui.checklist}** · ${kind} · ${ui.status}: ${analysis.status}`, ''];
  for (const c of analysis.concepts) {
    const name = catalog.concepts[c.concept].heading;
    const state = !c.required && c.state === 'missing' ? `➖ ${name}: ${ui.notRequired}` : `${MARK[c.state]} ${name}: ${ui[c.state]}`;
    // Which heading or label counted, and where: why a reviewer should believe the mark.
    const where = c.section ? ` · ${format(ui.foundAt, { label: c.section.label, line: c.section.labelRange.start.line + 1 })}` : '';
    out.push(`- ${state}${where}`);
  }
  const open = analysis.concepts.filter((c) => c.required && c.state !== 'present');
  if (open.length > 0) {
    out.push('', `**${ui.questionsToAsk}**`, '');
    for (const c of open) for (const q of catalog.concepts[c.concept].askAuthor) out.push(`- ${q}`);
  }
  return out;
}

/** The hover's words for a verdict, met or not: the same verdicts the substance rules report. */
function verdictLine(v: Verdict, ui: Catalog['ui']): string {
  const [yes, no] = {
    who: [ui.namesCustomer, ui.lacksCustomer],
    feeling: [ui.saysFeeling, ui.lacksFeeling],
    metric: [ui.givesNumber, ui.lacksNumber],
    evidence: [ui.citesEvidence, ui.lacksEvidence],
  }[v.signal];
  return v.met ? `✓ ${yes}` : `· ${no}`;
}

/** Each substance verdict on a section as a hover line; none for a section that says nothing yet. */
export function judgementLines(analysis: Analysis, section: Section, catalog: Catalog): string[] {
  return (analysis.judgements.get(section) ?? []).map((v) => verdictLine(v, catalog.ui));
}

function sectionHelp(analysis: Analysis, section: Section, catalog: Catalog): string[] {
  const out: string[] = [];
  for (const concept of section.concepts) {
    const text = catalog.concepts[concept];
    out.push(`**${text.heading}**: ${catalog.ui.sectionMustAnswer}`, '');
    for (const q of text.questions) out.push(`- ${q}`);
    out.push('', `*${catalog.ui.goodExample}*: ${text.example}`, '');
  }
  const lines = judgementLines(analysis, section, catalog);
  if (lines.length > 0) out.push(`*${catalog.ui.judgement}*`, '', ...lines.map((l) => `- ${l}`));
  return out;
}

function findingHelp(analysis: Analysis, p: Position, catalog: Catalog): string[] {
  const out: string[] = [];
  const said = new Set<string>();
  for (const f of analysis.findings) {
    if (!onLinesOf(f.range, p)) continue;
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

/** The title, or a Markdown record's front matter: where the hover shows the record's checklist. */
export function isOnTitle(analysis: Analysis, p: Position): boolean {
  return onLinesOf(analysis.anchor, p) || (analysis.document.frontMatter !== undefined && analysis.document.format === 'markdown' && onLinesOf(analysis.document.frontMatter.range, p));
}

export function hoverAt(analysis: Analysis, p: Position, locale: string, markdown: boolean): Hover | null {
  if (!analysis.kind) return null;
  const catalog = catalogFor(locale);
  const parts: string[] = [];
  const onTitle = isOnTitle(analysis, p);
  const written = analysis.statusInfo.written;
  if (written && onLinesOf(written.range, p)) {
    const s = analysis.status;
    const meaning = HISTORY.includes(s) ? 'history' : s === 'accepted' ? 'accepted' : s === 'draft' ? 'draft' : 'proposed';
    parts.push(`**${catalog.ui.status}: ${s}**. ${catalog.ui.statusMeaning[meaning]}`, '');
  }
  if (onTitle) parts.push(...checklist(analysis, catalog), '');
  const section = analysis.document.sections.find((s) => s.concepts.length > 0 && onLinesOf(s.labelRange, p));
  if (section) parts.push(...sectionHelp(analysis, section, catalog), '');
  for (const line of findingHelp(analysis, p, catalog)) parts.push(line); // can be long: no push(...xs)
  if (parts.every((l) => l.length === 0)) return null;
  const value = parts.join('\n').trim();
  const kind: MarkupKind = markdown ? 'markdown' : 'plaintext';
  return { contents: { kind, value: markdown ? value : value.replace(/\*\*|\*/g, '') } };
}
