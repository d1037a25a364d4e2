// Quick fixes of unknown-persona: change the id to the closest known one, or create the missing card beside
// the others.

import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import { catalogFor, format, isPersonaId, personaCardText, type LanguageCode } from '../engine';
import type { PersonaIndex } from './personaIndex';

/** Edit distance, bounded: ids are short. */
export function distance(a: string, b: string): number {
  if (a.length > 100 || b.length > 100) return Math.abs(a.length - b.length) + 100;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

export function closestId(index: PersonaIndex, id: string): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const { card } of index.cards()) {
    const d = distance(id.toLowerCase(), card.id.toLowerCase());
    if (!best || d < best.d || (d === best.d && card.id < best.id)) best = { id: card.id, d };
  }
  return best?.id;
}

/** `textAt`: the document's text in a range (the unknown id); `canCreate`: whether the client applies a CreateFile operation. */
export function personaActions(
  index: PersonaIndex, uri: string, diagnostics: Diagnostic[], textAt: (range: Range) => string, language: LanguageCode, locale: string, canCreate: boolean,
): CodeAction[] {
  const t = catalogFor(locale).persona;
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.code !== 'unknown-persona' || d.range.start.line !== d.range.end.line) continue;
    const id = textAt(d.range);
    if (!isPersonaId(id)) continue;
    const closest = closestId(index, id);
    if (closest) {
      out.push({ title: format(t.useId, { id: closest }), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: [{ range: d.range, newText: closest }] } } });
    }
    const beside = index.cards()[0]?.uri;
    if (canCreate && beside) {
      const target = new URL(`${encodeURIComponent(id)}.md`, beside).href;
      const edit: WorkspaceEdit = {
        documentChanges: [
          { kind: 'create', uri: target, options: { ignoreIfExists: true } },
          { textDocument: { uri: target, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: personaCardText(id, id, language) }] },
        ],
      };
      out.push({ title: format(t.createCard, { id }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit });
    }
  }
  return out;
}
