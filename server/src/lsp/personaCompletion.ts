// Completion of persona ids where a record names its customers: after `customers:` or `personas:` (inline,
// in `[...]`) or on a `- ` line under one of them, in front matter or at the top level of a YAML record.

import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { REFERENCE_KEYS } from '../engine';
import type { PersonaIndex } from './personaIndex';

const KEY_LINE = new RegExp(`^(?:${REFERENCE_KEYS.join('|')})\\s*:`);
const ID_BEFORE = /[\p{L}\p{N}_-]*$/u;

/** Whether the cursor is in the value of a `customers:`/`personas:` key: on its line or a list line under it. */
function inReferenceValue(lineAt: (n: number) => string, p: Position): boolean {
  const line = lineAt(p.line);
  if (KEY_LINE.test(line)) return p.character > line.indexOf(':');
  if (!/^\s*-\s/.test(line) && !/^\s+\S/.test(line)) return false;
  for (let n = p.line - 1; n >= 0; n--) {
    const above = lineAt(n);
    if (KEY_LINE.test(above)) return true;
    if (!/^\s/.test(above) && !/^-\s/.test(above)) return false;
  }
  return false;
}

export function personaCompletions(index: PersonaIndex, lineAt: (n: number) => string, p: Position): CompletionItem[] {
  if (!inReferenceValue(lineAt, p)) return [];
  const typed = ID_BEFORE.exec(lineAt(p.line).slice(0, p.character))?.[0] ?? '';
  const range = { start: { line: p.line, character: p.character - typed.length }, end: p };
  return index.cards().map(({ card }) => ({
    label: card.id,
    kind: CompletionItemKind.Reference,
    detail: [card.name, card.segment].filter((x) => x).join(' · ') || undefined,
    sortText: ` ${card.id}`,
    textEdit: { range, newText: card.id },
  }));
}
