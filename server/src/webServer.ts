// The language server in a web worker (dist/web/server.js), as github.dev and vscode.dev run it: LSP over the
// worker's messages; every file it reads (the nearest `.customer-lens.yaml`) it asks the client for.

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { clientFiles } from './lsp/files';
import { HostConfigs } from './lsp/hostConfigs';
import { startServer } from './server';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
self.addEventListener('unhandledrejection', (e) => connection.console.error(`customer-lens: unhandled rejection: ${String(e.reason)}`));
startServer(connection, {
  debounceMs: 250,
  // A browser has no disk: the client reads every file.
  files: (conn, _options, _folders, log) => clientFiles(conn, log),
  configs: (files) => new HostConfigs(files),
});
