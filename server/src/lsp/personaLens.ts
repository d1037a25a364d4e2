// A code lens on each persona card's title: "used by N decisions · M specs", which shows the references.

import type { CodeLens } from 'vscode-languageserver';
import { catalogFor, format } from '../engine';
import { referencesOf } from './personaLocations';
import type { PersonaIndex } from './personaIndex';
import { SHOW_REFERENCES_COMMAND } from './protocol';

/** `showReferences`: whether the client runs SHOW_REFERENCES_COMMAND; other editors get the title alone. */
export function personaLenses(index: PersonaIndex, uri: string, locale: string, showReferences: boolean): CodeLens[] {
  const card = index.file(uri)?.card;
  if (!card) return [];
  const usage = index.usage(card.id);
  const title = format(catalogFor(locale).persona.usedBy, { decisions: usage.decisions, specs: usage.specs });
  const command = showReferences
    ? { title, command: SHOW_REFERENCES_COMMAND, arguments: [uri, card.anchor.start, referencesOf(index, card.id, false)] }
    : { title, command: '' };
  return [{ range: card.anchor, command }];
}
