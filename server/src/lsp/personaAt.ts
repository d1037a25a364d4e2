// The persona named at a position: a reference in a record (an id or a link), or the id of the card itself.

import type { Position } from 'vscode-languageserver';
import type { PersonaIndex, PersonaMention } from './personaIndex';
import { contains } from './ranges';

export function mentionAt(index: PersonaIndex, uri: string, p: Position): PersonaMention | undefined {
  const file = index.file(uri);
  if (!file) return undefined;
  if (file.card && !file.card.idFromFileName && contains(file.card.idRange, p)) return { id: file.card.id, uri: file.uri, range: file.card.idRange, via: 'card' };
  const ref = index.referencesOf(file).find((r) => contains(r.range, p));
  return ref ? { id: ref.id, uri: file.uri, range: ref.range, via: ref.via } : undefined;
}
