// The CLI's persona index: the cards and references of the files it checks (with --since, of the whole
// repository), read in a first pass that keeps no text, so each check knows the workspace's cards and how
// many records use each, as the language server's index does. Links are resolved once every card is known.

import { dirname, resolve } from 'node:path';
import type { PersonaDirectory, PersonaFacts } from '../engine';

export class CliPersonaIndex {
  private readonly byPath = new Map<string, PersonaFacts>();
  private ids: { id: string; name?: string }[] | undefined;
  /** Whether every record was read: only then does the index know who uses a card. */
  complete = false;

  add(abs: string, facts: PersonaFacts): void {
    if (!facts.kind) return;
    this.byPath.set(abs, { kind: facts.kind, card: facts.card, references: facts.references, links: facts.links });
    this.ids = undefined;
  }

  get cardCount(): number {
    let n = 0;
    for (const f of this.byPath.values()) if (f.card) n++;
    return n;
  }

  /** The decisions and specs that reference `id`, each counted once. */
  usedBy(id: string): number {
    let n = 0;
    for (const [abs, f] of this.byPath) {
      if (f.kind === 'persona') continue;
      if (f.references.some((r) => r.id === id) || f.links.some((l) => this.cardAt(abs, l.target)?.id === id)) n++;
    }
    return n;
  }

  private cardAt(abs: string, target: string): { id: string; name?: string } | undefined {
    const card = this.byPath.get(resolve(dirname(abs), target))?.card;
    return card ? { id: card.id, name: card.name } : undefined;
  }

  /** What the check of the file at `abs` is told: the cards, where its links point, who uses each card. */
  directoryFor(abs: string): PersonaDirectory {
    this.ids ??= [...this.byPath.values()].flatMap((f) => (f.card ? [{ id: f.card.id, name: f.card.name }] : []));
    const cards = this.ids;
    return {
      cards,
      // Without cards no link can point at one, and the document's links need not be read.
      cardAt: cards.length > 0 ? (target) => this.cardAt(abs, target) : undefined,
      usedBy: (id) => (this.complete ? this.usedBy(id) : undefined),
    };
  }
}
