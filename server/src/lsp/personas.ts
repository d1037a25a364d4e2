// The persona features, wired to the connection: the index kept up to date (built at start, watched files,
// open documents' edits), and each feature's handler, declared only when the client supports it.

import {
  DidChangeWatchedFilesNotification, FileChangeType, type ClientCapabilities, type Connection, type FileEvent,
  type ServerCapabilities, type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeError } from '../errors';
import type { Host } from './host';
import { definitionAt, personaLinks, referencesAt } from './personaLocations';
import { PersonaIndex, type IndexGlobs, type IndexChange } from './personaIndex';
import { personaLenses } from './personaLens';
import { prepareRenameAt, renameAt } from './personaRename';
import { personaSymbols } from './personaSymbols';
import type { Workspace } from './workspace';

export interface PersonaWiring {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: Workspace;
  host: Host;
  /** Checks an open document again. */
  recheck(uri: string): void;
  locale(): string;
  log(message: string): void;
}

export class Personas {
  readonly index: PersonaIndex;
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private caps: ClientCapabilities = {};
  /** Whether the client runs customer-lens.showReferences (the VS Code client says so). */
  private showReferences = false;

  constructor(private readonly w: PersonaWiring) {
    this.index = new PersonaIndex(() => w.host.files, (uri, text) => w.workspace.personaFacts(uri, text), (uri) => w.workspace.settleConfig(uri));
    w.workspace.personas = this.index;
    w.workspace.beforeAnalysis = () => this.flush();
    this.index.onChange((change) => this.changed(change));
  }

  /** The capabilities of the persona features this client supports. */
  capabilities(caps: ClientCapabilities, initializationOptions: unknown): ServerCapabilities {
    this.caps = caps;
    this.showReferences = (initializationOptions as { showReferences?: unknown } | null | undefined)?.showReferences === true;
    const td = caps.textDocument ?? {};
    const out: ServerCapabilities = {};
    if (td.definition) out.definitionProvider = true;
    if (td.references) out.referencesProvider = true;
    if (td.rename) out.renameProvider = td.rename.prepareSupport ? { prepareProvider: true } : true;
    if (td.documentLink) out.documentLinkProvider = { resolveProvider: false };
    if (td.codeLens) out.codeLensProvider = { resolveProvider: false };
    if (caps.workspace?.symbol) out.workspaceSymbolProvider = true;
    return out;
  }

  /** Registers the handlers; call before listen(). */
  register(): void {
    const { connection, documents } = this.w;
    const guarded = <T>(what: string, fallback: T, fn: () => T): T => {
      try {
        this.flush();
        return fn();
      } catch (e) {
        // A refused rename is the user's answer, not a failure.
        if (e instanceof Error && 'code' in e) throw e;
        this.w.log(`customer-lens: ${what} failed: ${describeError(e)}`);
        return fallback;
      }
    };
    connection.onDefinition(({ textDocument, position }) => guarded('definition', null, () => definitionAt(this.index, textDocument.uri, position)));
    connection.onReferences(({ textDocument, position, context }) =>
      guarded('references', null, () => referencesAt(this.index, textDocument.uri, position, context.includeDeclaration)),
    );
    connection.onPrepareRename(({ textDocument, position }) => guarded('prepare rename', null, () => prepareRenameAt(this.index, textDocument.uri, position, this.w.locale())));
    connection.onRenameRequest(({ textDocument, position, newName }) =>
      guarded('rename', null, () => renameAt(this.index, textDocument.uri, position, newName, this.w.locale())),
    );
    connection.onDocumentLinks(({ textDocument }) => guarded('document links', [], () => personaLinks(this.index, textDocument.uri)));
    connection.onCodeLens(({ textDocument }) => guarded('code lens', [], () => personaLenses(this.index, textDocument.uri, this.w.locale(), this.showReferences)));
    connection.onWorkspaceSymbol(({ query }) => guarded('workspace symbols', [], () => personaSymbols(this.index, query)));
    documents.onDidOpen((e) => this.index.update(e.document.uri, e.document.getText()));
    documents.onDidClose((e) => {
      this.cancel(e.document.uri);
      // The file on disk is what counts again, unsaved edits gone.
      void this.index.reload(e.document.uri);
    });
  }

  /** Builds the index and watches the kinds' files; call once initialized. */
  start(): void {
    const globs = this.rebuild();
    if (this.caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void globs
        .then((g) => this.w.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [...g.cards, ...g.records].map((globPattern) => ({ globPattern })) }))
        .catch(() => undefined);
    }
  }

  /** Reads the workspace folders again (at start, and when folders are added), with their configs' globs. */
  rebuild(): Promise<IndexGlobs> {
    const globs = this.w.workspace.indexGlobs(this.w.host.folders());
    void this.index.build(globs, (uri) => this.w.documents.get(uri)?.getText()).catch((e) => this.w.log(`customer-lens: the persona index failed: ${String(e)}`));
    return globs;
  }

  /** An open document changed: its facts are read again after `delay` ms, or when a feature needs them. */
  edited(uri: string, delay: number): void {
    this.cancel(uri);
    this.pending.set(
      uri,
      setTimeout(() => this.apply(uri), delay),
    );
  }

  /** Files changed on disk; open documents are left to their edits. */
  watched(changes: FileEvent[]): void {
    for (const c of changes) {
      if (this.w.documents.get(c.uri)) continue;
      if (c.type === FileChangeType.Deleted) this.index.remove(c.uri);
      else void this.index.reload(c.uri);
    }
  }

  /** Applies every pending edit now, so that an answer reads the current text. */
  flush(): void {
    for (const uri of [...this.pending.keys()]) this.apply(uri);
  }

  private apply(uri: string): void {
    this.cancel(uri);
    const doc = this.w.documents.get(uri);
    if (doc) this.index.update(uri, doc.getText());
  }

  private cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.pending.delete(uri);
  }

  /** Cards came, went or were renamed: every open record is checked again; only who uses them: the open cards. */
  private changed(change: IndexChange): void {
    for (const doc of this.w.documents.all()) {
      if (change.cards || this.index.file(doc.uri)?.card) this.w.recheck(doc.uri);
    }
    if (this.caps.workspace?.codeLens?.refreshSupport) void this.w.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }
}
