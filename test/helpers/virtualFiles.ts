// A workspace that exists only in the test client: it answers the server's customerLens/fs/* requests as
// VS Code's client does (client/src/hostFiles.ts), under a scheme no disk has, and notes what was asked.

import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { Glob } from '../../server/src/engine';
import { FindFilesRequest, ReadFileRequest, StatRequest, type FindFilesParams, type HostFileStat } from '../../server/src/lsp/protocol';

export class VirtualFiles {
  /** Each request the server sent: `method uri-or-glob`. */
  readonly asked: string[] = [];
  /** Text per path relative to the folder. */
  readonly files: Map<string, string>;

  constructor(readonly folder: string, files: Record<string, string>) {
    this.files = new Map(Object.entries(files));
  }

  uri(path: string): string {
    return `${this.folder}/${path}`;
  }

  private pathOf(uri: string): string | undefined {
    return uri.startsWith(`${this.folder}/`) ? uri.slice(this.folder.length + 1) : undefined;
  }

  private stat(uri: string): HostFileStat | null {
    const path = this.pathOf(uri);
    if (path === undefined) return null;
    const text = this.files.get(path);
    if (text !== undefined) return { type: 'file', size: Buffer.byteLength(text) };
    return [...this.files.keys()].some((p) => p.startsWith(`${path}/`)) ? { type: 'directory', size: 0 } : null;
  }

  serve(connection: ProtocolConnection): void {
    connection.onRequest(ReadFileRequest.method, ({ uri }: { uri: string }) => {
      this.asked.push(`${ReadFileRequest.method} ${uri}`);
      const path = this.pathOf(uri);
      return path === undefined ? null : (this.files.get(path) ?? null);
    });
    connection.onRequest(StatRequest.method, ({ uri }: { uri: string }) => {
      this.asked.push(`${StatRequest.method} ${uri}`);
      return this.stat(uri);
    });
    connection.onRequest(FindFilesRequest.method, ({ include, exclude }: FindFilesParams) => {
      this.asked.push(`${FindFilesRequest.method} ${include}${exclude ? ` -${exclude}` : ''}`);
      const inc = new Glob(include);
      const exc = exclude ? new Glob(exclude) : undefined;
      return [...this.files.keys()].filter((p) => inc.matches(p) && !exc?.matches(p) && !p.includes('node_modules/')).sort().map((p) => this.uri(p));
    });
  }
}
