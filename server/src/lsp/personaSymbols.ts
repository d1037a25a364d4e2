// Workspace symbols: every persona card, by id and name.

import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { PersonaIndex } from './personaIndex';

export function personaSymbols(index: PersonaIndex, query: string): SymbolInformation[] {
  const q = query.toLowerCase();
  return index
    .cards()
    .filter(({ card }) => q === '' || card.id.toLowerCase().includes(q) || (card.name ?? '').toLowerCase().includes(q))
    .map(({ uri, card }) => ({ name: card.name ? `${card.id} · ${card.name}` : card.id, kind: SymbolKind.Class, containerName: 'persona', location: { uri, range: card.anchor } }));
}
