// A real LSP client for tests: starts dist/server.js over stdio and talks JSON-RPC to it.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection, InitializeRequest, PublishDiagnosticsNotification, StreamMessageReader,
  StreamMessageWriter, type ClientCapabilities, type Diagnostic, type InitializeParams, type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { sortFindings, type PlainFinding } from './findings';

export const SERVER = join(__dirname, '..', '..', '..', 'dist', 'server.js');

export const FULL_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    synchronization: { didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
  },
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
};

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  stderr = '';
  /** What workspace/configuration answers, per section. */
  settings: Record<string, unknown> = { customerLens: { enable: true, messagesLanguage: 'auto' } };

  constructor(args: string[] = ['--stdio'], env: NodeJS.ProcessEnv = {}, server = SERVER) {
    this.process = spawn(process.execPath, [server, ...args], { stdio: 'pipe', env: { ...process.env, ...env } });
    this.process.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.test(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => this.settings[i.section ?? ''] ?? null),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
    this.connection.listen();
  }

  /** `extra`: workspace folders, initialization options... */
  async initialize(capabilities: ClientCapabilities = FULL_CAPABILITIES, locale = 'en', extra: Partial<InitializeParams> = {}) {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      locale,
      workspaceFolders: null,
      ...extra,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** The next diagnostics published for `uri` that pass `test` (already published ones count). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    const done = this.published.find((p) => p.uri === uri && test(p));
    if (done) {
      this.published.splice(this.published.indexOf(done), 1);
      return Promise.resolve(done);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        test: (p) => p.uri === uri && test(p),
        resolve: (p) => {
          clearTimeout(timer);
          const i = this.published.indexOf(p);
          if (i >= 0) this.published.splice(i, 1);
          resolve(p);
        },
      });
    });
  }

  clearPublished(): void {
    this.published.length = 0;
  }

  allPublished(): PublishDiagnosticsParams[] {
    return [...this.published];
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the process may be gone already
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

export function rules(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'];

/** Diagnostics as whole findings in the CLI's JSON shape (1-based), sorted by place, then rule: to compare whole. */
export function plainDiagnostics(diagnostics: Diagnostic[], withMessage = false): PlainFinding[] {
  return sortFindings(
    diagnostics.map((d) => {
      const plain: PlainFinding = {
        rule: String(d.code),
        severity: SEVERITY_NAMES[d.severity ?? 0] || String(d.severity),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      };
      if (withMessage) plain.message = typeof d.message === 'string' ? d.message : d.message.value;
      return plain;
    }),
  );
}
