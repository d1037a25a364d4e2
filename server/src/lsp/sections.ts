// Where a missing customer section goes, and the text that adds it, in the document's own language.

import type { TextEdit } from 'vscode-languageserver';
import { catalogFor, languageOf, LineIndex, words, type Analysis, type ConceptId, type Section, type Signal } from '../engine';

// Headings that open the decision or the solution: customer sections belong before them.
const DECISION_WORDS = new Set([
  'decision', 'outcome', 'solution', 'proposal', 'proposed', 'design', 'implementation', 'options',
  'decisione', 'soluzione', 'proposta', 'esito', 'decision', 'solucion', 'propuesta', 'resultado', 'decyzja',
  'rozwiazanie', 'entscheidung', 'losung', 'losungsvorschlag', 'vorschlag', 'solution', 'decisao', 'solucao', 'opcoes', 'opzioni', 'opciones', 'opcje', 'optionen',
]);
// Headings that set the scene: customer sections come after them.
const CONTEXT_WORDS = new Set(['context', 'problem', 'background', 'summary', 'contesto', 'contexto', 'kontekst', 'kontext', 'contexte', 'sintesi', 'resumen', 'podsumowanie', 'zusammenfassung', 'resume', 'resumo', 'motivation']);

function hasAny(label: string, set: Set<string>): boolean {
  return words(label).some((w) => set.has(w));
}

/** The line before which new sections go, and the heading level they take. */
export function insertionPoint(analysis: Analysis, index: LineIndex): { line: number; level: number } {
  const headings = analysis.document.sections.filter((s) => s.source === 'heading' && s.level > 1);
  const level = headings.length > 0 ? headings.reduce((min, h) => Math.min(min, h.level), 6) : 2;
  const peers = headings.filter((h) => h.level === level);
  const decision = peers.find((h) => h.concepts.length === 0 && hasAny(h.label, DECISION_WORDS));
  if (decision) return { line: decision.labelRange.start.line, level };
  const context = [...peers].reverse().find((h) => h.concepts.length === 0 && hasAny(h.label, CONTEXT_WORDS));
  if (context) return { line: context.bodyEnd, level };
  return { line: index.lineCount, level };
}

/** Text of new sections: heading and a one-line prompt per concept, in the document's language. */
export function sectionsText(analysis: Analysis, concepts: ConceptId[], level: number): string {
  const catalog = catalogFor(languageOf(analysis.document));
  if (analysis.document.format === 'yaml') {
    return concepts.map((c) => `${c.replace(/-/g, '_')}: >-\n  ${catalog.concepts[c].prompt}\n`).join('');
  }
  return concepts.map((c) => `${'#'.repeat(level)} ${catalog.concepts[c].heading}\n\n${catalog.concepts[c].prompt}\n\n`).join('');
}

/** One edit adding the given sections where they belong. */
export function addSectionsEdit(analysis: Analysis, concepts: ConceptId[]): TextEdit {
  const text = analysis.document.text;
  const index = new LineIndex(text);
  if (analysis.document.format === 'yaml') {
    const end = index.positionAt(text.length);
    const lead = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    return { range: { start: end, end }, newText: lead + sectionsText(analysis, concepts, 0) };
  }
  const { line, level } = insertionPoint(analysis, index);
  const body = sectionsText(analysis, concepts, level);
  if (line >= index.lineCount) {
    const end = index.positionAt(text.length);
    // The last line with text decides whether a blank line is needed before the new heading.
    const lastLine = index.line(index.lineCount - (text.endsWith('\n') ? 2 : 1));
    const lead = text.length === 0 ? '' : text.endsWith('\n') ? (lastLine.trim() === '' ? '' : '\n') : '\n\n';
    return { range: { start: end, end }, newText: lead + body.replace(/\n\n$/, '\n') };
  }
  const at = { line, character: 0 };
  const prevBlank = line === 0 || index.line(line - 1).trim() === '';
  return { range: { start: at, end: at }, newText: (prevBlank ? '' : '\n') + body };
}

/** The concepts a document should have but does not (hollow ones already have a heading). */
export function missingConcepts(analysis: Analysis): ConceptId[] {
  return analysis.concepts.filter((c) => c.required && c.state === 'missing').map((c) => c.concept);
}

/**
 * One line for the author to fill in under a section's heading ("They will feel: {...}"), in the document's
 * language. The `{...}` keeps it unanswered: the substance rule still reports the section until it is filled in.
 * Undefined for YAML records and sections that already hold the line.
 */
export function scaffoldEdit(analysis: Analysis, section: Section, signal: Signal): TextEdit | undefined {
  const doc = analysis.document;
  if (doc.format === 'yaml' || section.source === 'front-matter' || section.source === 'yaml-key') return undefined;
  const line = catalogFor(languageOf(doc)).ui.scaffolds[signal];
  if (section.body.includes(line)) return undefined;
  const index = new LineIndex(doc.text);
  // Under a heading: after the blank line that follows it. Under a label: on the line after the label's.
  let at = section.source === 'heading' ? section.bodyStart : section.labelRange.end.line + 1;
  if (section.source === 'heading' && at < index.lineCount && index.line(at).trim() === '') at++;
  if (at >= index.lineCount) {
    const end = index.positionAt(doc.text.length);
    return { range: { start: end, end }, newText: `${doc.text.endsWith('\n') ? '' : '\n'}\n${line}\n` };
  }
  const pos = { line: at, character: 0 };
  return { range: { start: pos, end: pos }, newText: section.source === 'heading' ? `${line}\n\n` : `${line}\n` };
}
