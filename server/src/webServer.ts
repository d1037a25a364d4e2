// The language server in a web worker (dist/web/server.js), as github.dev and vscode.dev run it: LSP over the
// worker's messages; every file it reads, it asks the client for.

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { defaultConfig } from './engine';
import { uriPath } from './lsp/configs';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
self.addEventListener('unhandledrejection', (e) => connection.console.error(`customer-lens: unhandled rejection: ${String(e.reason)}`));
// Until the client's files are wired in (host files), every document gets the defaults.
const defaults = defaultConfig();
startServer(connection, { debounceMs: 250, configs: { forDocument: (uri) => ({ config: defaults, path: uriPath(uri) }), clear: () => undefined } });
