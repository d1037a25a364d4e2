// Rename a persona: its card's `id:` and every `customers:`/`personas:` reference, open or not, in one edit.
// A card whose id is its file name is not renamed here: that means renaming the file.

import { ResponseError, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { catalogFor, format, isPersonaId } from '../engine';
import { mentionAt } from './personaAt';
import type { PersonaIndex } from './personaIndex';

/** The error the client shows when a rename cannot be done (LSP's RequestFailed). */
const REQUEST_FAILED = -32803;

export function prepareRenameAt(index: PersonaIndex, uri: string, p: Position, locale: string): { range: Range; placeholder: string } | null {
  const mention = mentionAt(index, uri, p);
  if (!mention || mention.via === 'link') return null;
  const card = index.card(mention.id);
  if (card?.card.idFromFileName) throw new ResponseError(REQUEST_FAILED, format(catalogFor(locale).persona.idIsFileName, { id: mention.id }));
  return { range: mention.range, placeholder: mention.id };
}

export function renameAt(index: PersonaIndex, uri: string, p: Position, newName: string, locale: string): WorkspaceEdit | null {
  if (!prepareRenameAt(index, uri, p, locale)) return null;
  const id = (mentionAt(index, uri, p) as { id: string }).id;
  const name = newName.trim();
  if (!isPersonaId(name)) throw new ResponseError(REQUEST_FAILED, catalogFor(locale).persona.invalidId);
  const changes: Record<string, TextEdit[]> = {};
  const add = (target: string, range: Range) => (changes[target] ??= []).push({ range, newText: name });
  const card = index.card(id);
  if (card) add(card.uri, card.card.idRange);
  for (const m of index.mentionsOf(id)) if (m.via === 'key') add(m.uri, m.range);
  return { changes };
}
