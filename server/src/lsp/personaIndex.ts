// The workspace's persona cards and every reference to them, open files or not: built at start from the
// host files over the kinds' globs, then kept up to date from watched-file changes and open documents' edits.
// No node:* import: the files come from the host (lsp/files.ts).

import type { DocumentLink, FileKind, KnownPersona, PersonaCard, PersonaDirectory, PersonaFacts, PersonaReference } from '../engine';
import { percentDecoded } from './configs';
import type { HostFiles } from './files';

/** What the index keeps of one file. */
export interface IndexedFile {
  uri: string;
  kind: FileKind;
  card?: PersonaCard;
  /** Its `customers:`/`personas:` ids. */
  keyReferences: PersonaReference[];
  /** Its links to other documents: which are cards is worked out as the cards come and go. */
  links: DocumentLink[];
}

/** A place that names a persona: a reference in a record, or the id of the card itself. */
export interface PersonaMention {
  id: string;
  uri: string;
  range: PersonaReference['range'];
  via: PersonaReference['via'] | 'card';
}

/** The globs the index reads: the persona kind's, and the record kinds'. */
export interface IndexGlobs {
  cards: readonly string[];
  records: readonly string[];
}

/** What changed: the cards (every open record is checked again), or only who uses them (the open cards are). */
export interface IndexChange {
  cards: boolean;
  usage: boolean;
}

/** Reads a file's facts; the host knows the file's config and path for the globs. */
export type FactsReader = (uri: string, text: string) => PersonaFacts;

/** How many files are read from the host at once while the index is built. */
const READ_CONCURRENCY = 32;

/** URIs compared as the same file whatever their percent-encoding (`%3A` or `:`). */
const uriKey = percentDecoded;

/** What of a card other files' checks depend on: its id and its name (references are usageOf's). */
function cardOf(f: IndexedFile | undefined): string {
  return f?.card ? `${f.card.id}\0${f.card.name ?? ''}` : '';
}

export class PersonaIndex {
  private readonly files = new Map<string, IndexedFile>();
  private known: KnownPersona[] | undefined;
  /** The records' globs, while the workspace has no card. */
  private pendingRecords: { globs: readonly string[]; openText: (uri: string) => string | undefined } | undefined;
  /** Each file's references with its links resolved, for the current cards. */
  private resolved = new WeakMap<IndexedFile, PersonaReference[]>();
  /** Bumped on every change that may change a check: part of each analysis's cache key. */
  generation = 0;
  private listener: (change: IndexChange) => void = () => undefined;

  /**
   * `settle` resolves once the config of a file is at hand, so that `read` (which cannot wait) reads the file
   * with its config's globs, not the defaults'.
   */
  constructor(
    private readonly host: () => HostFiles,
    private readonly read: FactsReader,
    private readonly settle: (uri: string) => Promise<unknown> = () => Promise.resolve(),
  ) {}

  onChange(listener: (change: IndexChange) => void): void {
    this.listener = listener;
  }

  /**
   * Reads the cards the persona globs find, then, once there is a card, the records the other globs find: a
   * workspace without cards is not read further until a card appears. Open documents are read from `openText`.
   */
  build(globsOf: Promise<IndexGlobs>, openText: (uri: string) => string | undefined): Promise<void> {
    this.pendingRecords = undefined;
    return (async () => {
      const globs = await globsOf;
      // Both lists are asked for at once: a host that walks the disk walks it once.
      const cards = this.find(globs.cards);
      const records = this.find(globs.records);
      await this.readAll(cards, openText);
      if (this.cards().length > 0) await this.readAll(records, openText);
      else this.pendingRecords = { globs: globs.records, openText };
      this.changed({ cards: true, usage: true });
    })();
  }

  private async find(globs: readonly string[]): Promise<string[]> {
    const found = await Promise.all(globs.map((g) => this.host().findFiles(g, '**/node_modules/**').catch(() => [] as string[])));
    return [...new Map(found.flat().map((u) => [uriKey(u), u])).values()];
  }

  private async readAll(found: Promise<string[]>, openText: (uri: string) => string | undefined): Promise<void> {
    const uris = await found;
    for (let i = 0; i < uris.length; i += READ_CONCURRENCY) {
      const batch = uris.slice(i, i + READ_CONCURRENCY);
      const read = await Promise.all(batch.map(async (u) => {
        await this.settle(u).catch(() => undefined);
        return openText(u) ?? this.host().readText(u).catch(() => undefined);
      }));
      batch.forEach((u, j) => read[j] !== undefined && this.store(u, read[j] as string));
    }
  }

  /** The first card has come: the records are read now. */
  private readPendingRecords(): void {
    const pending = this.pendingRecords;
    if (!pending) return;
    this.pendingRecords = undefined;
    void this.readAll(this.find(pending.globs), pending.openText).then(() => this.changed({ cards: true, usage: true }));
  }

  /** A file's new text: an open document's edit, or a watched file created or changed. */
  update(uri: string, text: string): void {
    const before = this.files.get(uriKey(uri));
    const usedBefore = before && this.usageOf(before);
    this.store(uri, text);
    const after = this.files.get(uriKey(uri));
    this.changed({ cards: cardOf(before) !== cardOf(after), usage: usedBefore !== (after && this.usageOf(after)) });
  }

  /** A watched file changed on disk: read it again through the host. */
  async reload(uri: string): Promise<void> {
    await this.settle(uri).catch(() => undefined);
    const text = await this.host().readText(uri).catch(() => undefined);
    if (text === undefined) this.remove(uri);
    else this.update(uri, text);
  }

  remove(uri: string): void {
    const before = this.files.get(uriKey(uri));
    if (!before) return;
    if (before.card) this.cardsChanged();
    this.files.delete(uriKey(uri));
    this.changed({ cards: before.card !== undefined, usage: before.kind !== 'persona' && this.usageOf(before) !== '' });
  }

  all(): IndexedFile[] {
    return [...this.files.values()];
  }

  file(uri: string): IndexedFile | undefined {
    return this.files.get(uriKey(uri));
  }

  cards(): (IndexedFile & { card: PersonaCard })[] {
    return this.all().filter((f): f is IndexedFile & { card: PersonaCard } => f.card !== undefined);
  }

  card(id: string): (IndexedFile & { card: PersonaCard }) | undefined {
    return this.cards().find((f) => f.card.id === id);
  }

  /** A file's references: its ids, and its links to cards. */
  referencesOf(file: IndexedFile): PersonaReference[] {
    let refs = this.resolved.get(file);
    if (!refs) {
      refs = [...file.keyReferences];
      for (const link of file.links) {
        const card = this.cardAt(file.uri, link.target);
        if (card) refs.push({ id: card.id, range: link.range, via: 'link' });
      }
      this.resolved.set(file, refs);
    }
    return refs;
  }

  /** Every reference to `id`, in every record. */
  mentionsOf(id: string): PersonaMention[] {
    const out: PersonaMention[] = [];
    for (const f of this.files.values()) for (const r of this.referencesOf(f)) if (r.id === id) out.push({ id, uri: f.uri, range: r.range, via: r.via });
    return out;
  }

  /** The decisions and specs that reference `id`, each counted once. */
  usage(id: string): { decisions: number; specs: number } {
    const count = { decisions: 0, specs: 0 };
    for (const f of this.files.values()) {
      if (!this.referencesOf(f).some((r) => r.id === id)) continue;
      if (f.kind === 'decision') count.decisions++;
      else if (f.kind === 'spec') count.specs++;
    }
    return count;
  }

  /** What a check of the document at `uri` is told of the workspace's cards. */
  directoryFor(uri: string): PersonaDirectory {
    const index = this;
    return {
      get cards() {
        index.known ??= index.cards().map((f) => ({ id: f.card.id, name: f.card.name }));
        return index.known;
      },
      cardAt: (target) => this.cardAt(uri, target),
      usedBy: (id) => {
        const u = this.usage(id);
        return u.decisions + u.specs;
      },
    };
  }

  /** The card a link written in the file at `uri` points at. */
  private cardAt(uri: string, target: string): KnownPersona | undefined {
    let resolved: string;
    try {
      resolved = new URL(target, uri).href;
    } catch {
      return undefined;
    }
    const card = this.files.get(uriKey(resolved))?.card;
    return card ? { id: card.id, name: card.name } : undefined;
  }

  private store(uri: string, text: string): void {
    const facts = this.read(uri, text);
    const key = uriKey(uri);
    if (facts.kind === 'persona' || this.files.get(key)?.card) this.cardsChanged();
    if (!facts.kind) {
      this.files.delete(key);
      return;
    }
    this.files.set(key, { uri, kind: facts.kind, card: facts.card, keyReferences: facts.references, links: facts.links });
  }

  /** A card came, went or changed: the known ids, and which links point at cards, are worked out again. */
  private cardsChanged(): void {
    this.known = undefined;
    this.resolved = new WeakMap();
  }

  /** A record's kind and the ids it references, as one string: a change of it changes who uses which card. */
  private usageOf(f: IndexedFile): string {
    return f.kind === 'persona' ? '' : `${f.kind}\0${[...new Set(this.referencesOf(f).map((r) => r.id))].sort().join(',')}`;
  }

  private changed({ cards, usage }: IndexChange): void {
    if (!cards && !usage) return;
    if (cards && this.pendingRecords && this.cards().length > 0) this.readPendingRecords();
    this.generation++;
    this.listener({ cards, usage });
  }
}
