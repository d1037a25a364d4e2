// Go to definition (the card) and find references (every record that names the persona, and the card).

import type { DocumentLink, Location, Position } from 'vscode-languageserver';
import { mentionAt } from './personaAt';
import type { PersonaIndex } from './personaIndex';
import { onLinesOf } from './ranges';

/** The card's place: its id when written, else its title. */
function cardLocation(index: PersonaIndex, id: string): Location | undefined {
  const found = index.card(id);
  return found && { uri: found.uri, range: found.card.idFromFileName ? found.card.anchor : found.card.idRange };
}

export function definitionAt(index: PersonaIndex, uri: string, p: Position): Location | null {
  const mention = mentionAt(index, uri, p);
  return (mention && cardLocation(index, mention.id)) ?? null;
}

export function referencesAt(index: PersonaIndex, uri: string, p: Position, includeDeclaration: boolean): Location[] | null {
  const file = index.file(uri);
  const id = mentionAt(index, uri, p)?.id ?? (file?.card && onLinesOf(file.card.anchor, p) ? file.card.id : undefined);
  if (!id) return null;
  return referencesOf(index, id, includeDeclaration);
}

export function referencesOf(index: PersonaIndex, id: string, includeDeclaration: boolean): Location[] {
  const out = index.mentionsOf(id).map((m) => ({ uri: m.uri, range: m.range }));
  const card = includeDeclaration ? cardLocation(index, id) : undefined;
  return card ? [card, ...out] : out;
}

/** Each id of a record, linked to its card (links in the text are the editor's own). */
export function personaLinks(index: PersonaIndex, uri: string): DocumentLink[] {
  const file = index.file(uri);
  if (!file) return [];
  const out: DocumentLink[] = [];
  for (const r of index.referencesOf(file)) {
    const card = r.via === 'key' ? index.card(r.id) : undefined;
    if (card) out.push({ range: r.range, target: card.uri, tooltip: card.card.name ?? card.card.id });
  }
  return out;
}

