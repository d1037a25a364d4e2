// What the host gives the server besides documents: the workspace folders, kept as the client adds and
// removes them, and the files (lsp/files.ts), the client's or the disk's as the server was started.

import type { InitializeParams, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import type { HostFiles } from './files';

/** Before initialize: no files. */
const NO_FILES: HostFiles = { readText: async () => undefined, stat: async () => undefined, findFiles: async () => [] };

export class Host {
  files: HostFiles = NO_FILES;
  private folderUris: string[] = [];

  initialize(params: Pick<InitializeParams, 'workspaceFolders' | 'rootUri'>, files: (folders: () => readonly string[]) => HostFiles): void {
    const named = Array.isArray(params.workspaceFolders) ? params.workspaceFolders.map((f) => f?.uri) : [params.rootUri];
    this.folderUris = named.filter((u): u is string => typeof u === 'string');
    this.files = files(() => this.folderUris);
  }

  folders(): readonly string[] {
    return this.folderUris;
  }

  changeFolders(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map((f) => f.uri));
    const kept = this.folderUris.filter((u) => !removed.has(u));
    this.folderUris = [...kept, ...event.added.map((f) => f.uri).filter((u) => !kept.includes(u))];
  }
}
