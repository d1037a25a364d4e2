// The web build's language server (dist/web/server.js) in a Node worker thread, standing in for the browser's
// web worker: the bundle talks through `self` (onmessage, postMessage) exactly as in a browser, and this
// client talks LSP to it over the thread's port. It answers the server's requests as VS Code would: settings,
// and the files it asks for, from `files` (URI -> text).

import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  createProtocolConnection, InitializeRequest, PortMessageReader, PortMessageWriter, PublishDiagnosticsNotification,
  type ClientCapabilities, type ProtocolConnection, type PublishDiagnosticsParams, type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';
import { REPO_ROOT } from './findings';
import { FULL_CAPABILITIES } from './lspClient';

export const WEB_SERVER = join(REPO_ROOT, 'dist', 'web', 'server.js');

/** Runs in the thread: a `self` like a dedicated worker's, then the bundle. */
const BOOT = join(REPO_ROOT, 'test', 'helpers', 'webWorkerBoot.cjs');

export class WebWorkerClient {
  readonly worker: Worker;
  readonly connection: ProtocolConnection;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  errors = '';
  settings: Record<string, unknown> = { customerLens: { enable: true, messagesLanguage: 'auto' } };
  /** The files the client holds, by URI. */
  readonly files = new Map<string, string>();

  constructor(bundle = WEB_SERVER) {
    this.worker = new Worker(BOOT, { workerData: { bundle } });
    this.worker.on('error', (e) => (this.errors += `${e.message}\n`));
    this.connection = createProtocolConnection(new PortMessageReader(this.worker), new PortMessageWriter(this.worker));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const w = this.waiters.find((x) => x.test(p));
      if (w) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(p);
      } else this.published.push(p);
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void (this.errors += `${p.message}\n`));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => this.settings[i.section ?? ''] ?? null),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities = FULL_CAPABILITIES, initializationOptions: unknown = undefined, workspaceFolders: WorkspaceFolder[] | null = null) {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: null, rootUri: null, capabilities, locale: 'en', workspaceFolders, initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** The next diagnostics published for `uri` that pass `test` (already published ones count). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const done = this.published.find((p) => p.uri === uri && test(p));
    if (done) {
      this.published.splice(this.published.indexOf(done), 1);
      return Promise.resolve(done);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; worker said: ${this.errors}`)), timeoutMs);
      this.waiters.push({ test: (p) => p.uri === uri && test(p), resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  async shutdown(): Promise<void> {
    await Promise.race([this.connection.sendRequest('shutdown').catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
    this.connection.dispose();
    await this.worker.terminate();
  }
}
