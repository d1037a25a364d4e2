// Quick fixes: add a missing section (or all of them), or suppress a rule with a reason to fill in.
// Every action carries its edit, since many clients cannot resolve one later.

import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { catalogFor, format, languageOf, LineIndex, RULE_IDS, SUBSTANCE, type Analysis, type ConceptId } from '../engine';
import { addSectionsEdit, missingConcepts, scaffoldEdit } from './sections';
import { SOURCE } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.customer-lens`;

/** Quick fixes in the order a writer needs them: the rules' order, customer impact first, whatever order the diagnostics came in. */
function byRuleOrder(a: string, b: string): number {
  return RULE_IDS.indexOf(a) - RULE_IDS.indexOf(b);
}

function suppressionEdit(analysis: Analysis, rule: string, reason: string): TextEdit {
  const doc = analysis.document;
  const comment = doc.format === 'yaml' ? `# customer-lens-disable ${rule} -- ${reason}` : `<!-- customer-lens-disable ${rule} -- ${reason} -->`;
  // Right after the title (or the front matter), where a file-wide suppression is read.
  let line = 0;
  if (doc.format === 'markdown') {
    if (doc.title && doc.title.range.start.line >= (doc.frontMatter ? doc.frontMatter.range.end.line + 1 : 0)) line = doc.title.range.start.line + 1;
    else if (doc.frontMatter) line = doc.frontMatter.range.end.line + 1;
  }
  if (doc.lineCount > 0 && line >= doc.lineCount) {
    // The document ends on the title or the closing `---`, with no line after it: add one, at the very end.
    const last = doc.lineCount - 1;
    const end = { line: last, character: new LineIndex(doc.text).line(last).length };
    return { range: { start: end, end }, newText: `\n${comment}\n` };
  }
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${comment}\n` };
}

export interface ActionRequest {
  uri: string;
  range: Range;
  diagnostics: Diagnostic[];
  only?: string[];
}

export function codeActions(analysis: Analysis, req: ActionRequest, locale: string): CodeAction[] {
  if (!analysis.kind) return [];
  const catalog = catalogFor(locale);
  const missing = missingConcepts(analysis);
  const edit = (e: TextEdit) => ({ changes: { [req.uri]: [e] } });
  const wants = (kind: string) => !req.only || req.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const ours = req.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
    const rules = [...new Set(ours.map((d) => String(d.code)))].sort(byRuleOrder);
    const docCatalog = catalogFor(languageOf(analysis.document));
    for (const rule of rules) {
      if (!missing.includes(rule as ConceptId)) continue;
      actions.push({
        title: format(catalog.ui.addSection, { heading: docCatalog.concepts[rule as ConceptId].heading }),
        kind: CodeActionKind.QuickFix,
        diagnostics: ours.filter((d) => d.code === rule),
        isPreferred: true,
        edit: edit(addSectionsEdit(analysis, [rule as ConceptId])),
      });
    }
    if (missing.length > 1 && ours.some((d) => missing.includes(String(d.code) as ConceptId))) {
      actions.push({
        title: catalog.ui.addAllSections,
        kind: CodeActionKind.QuickFix,
        diagnostics: ours.filter((d) => missing.includes(String(d.code) as ConceptId)),
        edit: edit(addSectionsEdit(analysis, missing)),
      });
    }
    for (const d of ours) {
      const signal = SUBSTANCE.find((x) => x.rule === d.code)?.signal;
      const section = signal && analysis.document.sections.find((s) => s.labelRange.start.line === d.range.start.line && s.concepts.length > 0);
      const fix = signal && section ? scaffoldEdit(analysis, section, signal) : undefined;
      if (!signal || !fix) continue;
      const line = docCatalog.ui.scaffolds[signal];
      actions.push({ title: format(catalog.ui.addScaffold, { heading: line }), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: edit(fix) });
    }
    for (const rule of rules) {
      if (rule === 'invalid-suppression' || rule === 'invalid-config') continue;
      actions.push({
        title: format(catalog.ui.suppressRule, { rule }),
        kind: CodeActionKind.QuickFix,
        diagnostics: ours.filter((d) => d.code === rule),
        edit: edit(suppressionEdit(analysis, rule, catalog.ui.suppressReason)),
      });
    }
  }
  if (missing.length > 0 && req.only && req.only.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`) || o === CodeActionKind.Source)) {
    actions.push({ title: catalog.ui.addAllSections, kind: FIX_ALL_KIND, edit: edit(addSectionsEdit(analysis, missing)) });
  }
  return actions;
}
