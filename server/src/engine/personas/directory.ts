// What the host tells a check about the workspace's persona cards: the engine reads no file, so the host
// (the language server's index, the CLI's) says which cards exist, where a link points and who uses a card.

import type { KnownPersona } from '../judge';

export interface PersonaDirectory {
  /** Every card the workspace holds. */
  readonly cards: readonly KnownPersona[];
  /** The card a Markdown link written in the document points at; the host resolves the target against the document's place. */
  cardAt?(target: string): KnownPersona | undefined;
  /** How many decisions and specs reference the card; undefined when the host cannot tell (unused-persona then stays silent). */
  usedBy?(id: string): number | undefined;
}

/** Letters, digits, `-` and `_`: a value like this is a reference; one with spaces is prose naming the customer. */
export const PERSONA_ID = /^[\p{L}\p{N}_-]+$/u;

export function isPersonaId(value: string): boolean {
  return value.length <= 200 && PERSONA_ID.test(value);
}

export function knows(directory: PersonaDirectory, id: string): KnownPersona | undefined {
  return directory.cards.find((c) => c.id === id);
}
