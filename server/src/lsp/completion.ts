// Completion: missing customer headings after `#`, and kind/status keys and values in front matter.

import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import { catalogFor, languageOf, type Analysis, type Catalog } from '../engine';
import { missingConcepts } from './sections';

const STATUSES = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded'];

/** Whether a position is among a document's keys: inside a Markdown record's front matter, or anywhere in a YAML record. */
export function inHeader(analysis: Analysis, p: Position): boolean {
  const fm = analysis.document.frontMatter;
  return analysis.document.format === 'yaml' || (fm !== undefined && p.line > fm.range.start.line && p.line < fm.range.end.line);
}

export function completionsAt(analysis: Analysis, p: Position, lineText: string, snippets: boolean, locale: string): CompletionItem[] {
  const before = lineText.slice(0, p.character);
  if (inHeader(analysis, p)) return frontMatterItems(analysis, p, before);
  const m = /^(#{1,6})([ \t]*)(.*)$/.exec(before);
  if (!m || !analysis.kind) return [];
  const docCatalog = catalogFor(languageOf(analysis.document));
  const ui: Catalog = catalogFor(locale);
  const start = { line: p.line, character: m[1].length + m[2].length };
  const space = m[2].length === 0 ? ' ' : '';
  return missingConcepts(analysis).map((concept, i) => {
    const text = docCatalog.concepts[concept];
    return {
      label: text.heading,
      kind: CompletionItemKind.Snippet,
      detail: `Customer Lens: ${concept}`,
      documentation: { kind: 'markdown', value: ui.concepts[concept].questions.map((q) => `- ${q}`).join('\n') },
      sortText: `0${i}`,
      filterText: text.heading,
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: {
        range: { start, end: p },
        newText: snippets ? `${space}${text.heading}\n\n\${1:${text.prompt.replace(/[$}\\]/g, '\\$&')}}` : `${space}${text.heading}`,
      },
    };
  });
}

function frontMatterItems(analysis: Analysis, p: Position, before: string): CompletionItem[] {
  const data = analysis.document.frontMatter?.data ?? {};
  const value = /^(kind|type|status)\s*:\s*(\S*)$/.exec(before);
  if (value) {
    const options = value[1] === 'status' ? STATUSES : ['decision', 'spec'];
    const start = { line: p.line, character: before.length - value[2].length };
    return options.map((o, i) => ({ label: o, kind: CompletionItemKind.EnumMember, sortText: `0${i}`, textEdit: { range: { start, end: p }, newText: o } }));
  }
  if (!/^\w*$/.test(before)) return [];
  const items: CompletionItem[] = [];
  const start = { line: p.line, character: 0 };
  if (!('kind' in data)) items.push({ label: 'kind', kind: CompletionItemKind.Property, detail: 'decision | spec', textEdit: { range: { start, end: p }, newText: 'kind: ' } });
  if (!('status' in data)) items.push({ label: 'status', kind: CompletionItemKind.Property, detail: STATUSES.join(' | '), textEdit: { range: { start, end: p }, newText: 'status: ' } });
  return items;
}
