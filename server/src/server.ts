// The Customer Lens language server: LSP over stdio, IPC or a socket. It checks the text the client sends,
// whatever the URI scheme, and answers hovers, code actions and completion from the same analysis.

import { basename } from 'node:path';
import {
  CodeActionKind, createConnection, DidChangeWatchedFilesNotification, ProposedFeatures, TextDocuments,
  TextDocumentSyncKind, type ClientCapabilities, type Connection, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { catalogFor, CONFIG_FILE_NAMES, loadConfig, RULE_IDS, RULES, type Analysis } from './engine';
import { codeActions, FIX_ALL_KIND } from './lsp/codeActions';
import { completionsAt } from './lsp/completion';
import { toDiagnostic } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';
import { MemoryTrimmer } from './lsp/memory';
import { applyChanges } from './lsp/textSync';
import { ChecklistRequest, CheckDocumentsRequest, RulesRequest, type CheckDocumentsParams, type CheckDocumentsResult } from './lsp/protocol';
import { DEFAULT_SETTINGS, Workspace, type DocumentSettings } from './lsp/workspace';

/** Pause after a change before checking; CUSTOMER_LENS_DEBOUNCE_MS overrides it (the benchmark sets 0). */
const DEBOUNCE_MS = debounceFromEnv(process.env.CUSTOMER_LENS_DEBOUNCE_MS, 250);

function debounceFromEnv(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\d{1,5}$/.test(value.trim())) return fallback;
  return Number(value.trim());
}

const APPLY_EDIT_COMMAND = 'customer-lens.server.applyEdit';
/** Longest run of Check Workspace's work before the server reads what else has come in. */
const SLICE_MS = 2;

export function startServer(connection: Connection): void {
  // Changes are applied with their ranges clamped to the document (lsp/textSync.ts).
  const documents = new TextDocuments({ create: TextDocument.create, update: applyChanges });
  const workspace = new Workspace('en');
  const timers = new Map<string, { cancel(): void }>();
  const settingsCache = new Map<string, Promise<DocumentSettings>>();
  /** Unopened files checked by Check Workspace, so closing one's tab re-checks it instead of clearing its findings. */
  const checkedUris = new Set<string>();
  const trimmer = new MemoryTrimmer();
  let caps: ClientCapabilities = {};
  let locale = 'en';

  const log = (message: string) => connection.console.error(message);

  /** Runs a handler; an error is logged with the document's URI and answered with `fallback`. */
  async function safe<T>(what: string, uri: string | undefined, fallback: T, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      log(`customer-lens: ${what} failed${uri ? ` for ${uri}` : ''}: ${e instanceof Error ? e.message : String(e)}`);
      return fallback;
    }
  }

  function settingsFor(uri: string): Promise<DocumentSettings> {
    if (!caps.workspace?.configuration) return Promise.resolve(DEFAULT_SETTINGS);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'customerLens' })
        .then((v: Partial<DocumentSettings> | null) => ({ ...DEFAULT_SETTINGS, ...(v ?? {}) }))
        .catch(() => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  }

  const isConfigUri = (uri: string) => {
    let path = uri.split('?')[0];
    try {
      path = decodeURIComponent(path);
    } catch {
      // Malformed percent-encoding (`100%.md`): the name as written.
    }
    return CONFIG_FILE_NAMES.includes(basename(path));
  };

  async function analysisFor(doc: TextDocument): Promise<Analysis> {
    return workspace.analysisOf(doc, await settingsFor(doc.uri));
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    if (isConfigUri(uri)) {
      const findings = loadConfig(doc.getText(), RULE_IDS).findings;
      connection.sendDiagnostics({ uri, version, diagnostics: findings.map(toDiagnostic) });
      return;
    }
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return; // a newer version is on its way
    if (!settings.enable) {
      connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    const analysis = workspace.analysisOf(current, settings);
    connection.sendDiagnostics({ uri, version, diagnostics: analysis.findings.map(toDiagnostic) });
  }

  function schedule(uri: string, delay: number): void {
    timers.get(uri)?.cancel();
    const run = () => {
      timers.delete(uri);
      void safe('check', uri, undefined, () => validate(uri));
    };
    // setTimeout(0) waits a whole millisecond; setImmediate runs after the messages already read, so
    // changes that arrived together are still checked once.
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      timers.set(uri, { cancel: () => clearTimeout(timer) });
    } else {
      const immediate = setImmediate(run);
      timers.set(uri, { cancel: () => clearImmediate(immediate) });
    }
  }

  function revalidateAll(): void {
    workspace.reset();
    for (const d of documents.all()) schedule(d.uri, 0);
  }

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    locale = params.locale ?? (params.initializationOptions as { locale?: string } | undefined)?.locale ?? 'en';
    workspace.locale = locale;
    const literal = caps.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['#', ':'], resolveProvider: false },
        codeActionProvider: literal ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false } : true,
        executeCommandProvider: { commands: [APPLY_EDIT_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: caps.workspace?.workspaceFolders === true } },
      },
      serverInfo: { name: 'customer-lens-server', version: process.env.CUSTOMER_LENS_VERSION ?? '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.customer-lens.{yaml,yml}' }] })
        .catch(() => undefined);
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(() => revalidateAll());
    }
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    revalidateAll();
  });
  connection.onDidChangeWatchedFiles(() => revalidateAll());

  // TextDocuments reports an open as a change too; an open is checked at once, a change after a pause.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    schedule(e.document.uri, DEBOUNCE_MS);
  });
  documents.onDidSave((e) => {
    if (isConfigUri(e.document.uri)) revalidateAll();
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    timers.get(uri)?.cancel();
    timers.delete(uri);
    workspace.forget(uri);
    settingsCache.delete(uri);
    justOpened.delete(uri);
    if (checkedUris.has(uri)) {
      const analysis = workspace.analyseText(uri, e.document.getText());
      connection.sendDiagnostics({ uri, diagnostics: analysis ? analysis.findings.map(toDiagnostic) : [] });
    } else connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover((params) =>
    safe('hover', params.textDocument.uri, null, async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const analysis = await analysisFor(doc);
      const markdown = caps.textDocument?.hover?.contentFormat?.includes('markdown') ?? true;
      return hoverAt(analysis, params.position, locale, workspace.configFor(doc.uri).config, markdown);
    }),
  );

  connection.onCompletion((params) =>
    safe('completion', params.textDocument.uri, [], async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const analysis = await analysisFor(doc);
      const line = doc.getText({ start: { line: params.position.line, character: 0 }, end: { line: params.position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
      const snippets = caps.textDocument?.completion?.completionItem?.snippetSupport === true;
      return completionsAt(analysis, params.position, line, snippets, locale);
    }),
  );

  connection.onCodeAction((params) =>
    safe('code action', params.textDocument.uri, [], async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const analysis = await analysisFor(doc);
      const actions = codeActions(analysis, { uri: doc.uri, range: params.range, diagnostics: params.context.diagnostics, only: params.context.only }, locale);
      if (caps.textDocument?.codeAction?.codeActionLiteralSupport) return actions;
      // Clients without code action literals get commands; the server applies the edit when asked.
      return actions.map((a) => ({ title: a.title, command: APPLY_EDIT_COMMAND, arguments: [a.edit] }));
    }),
  );

  connection.onExecuteCommand((params) =>
    safe('command', undefined, null, async () => {
      if (params.command === APPLY_EDIT_COMMAND && params.arguments?.[0]) await connection.workspace.applyEdit(params.arguments[0]);
      return null;
    }),
  );

  connection.onRequest(ChecklistRequest, (params) =>
    safe('checklist', params.uri, null, async () => {
      const doc = documents.get(params.uri);
      if (!doc) return null;
      const analysis = await analysisFor(doc);
      if (!analysis.kind) return null;
      const catalog = catalogFor(locale);
      const items = analysis.concepts.map((c) => ({ concept: c.concept, heading: catalog.concepts[c.concept].heading, state: c.state, required: c.required }));
      const required = items.filter((i) => i.required);
      return { kind: analysis.kind, status: analysis.status, items, required: required.length, present: required.filter((i) => i.state === 'present').length };
    }),
  );

  // Check Workspace: the documents of a request are checked in slices of about SLICE_MS, with a turn of the
  // event loop between them. The next request's text keeps flowing in meanwhile (a pipe holds only 64 KB, and
  // the client's write of it otherwise waited for the whole batch), and an open document's change or hover
  // waits for one slice, not for a whole batch. Requests are still answered one after the other, in order.
  let checking: Promise<unknown> = Promise.resolve();
  connection.onRequest(CheckDocumentsRequest, (params) => {
    const run = checking.then(() => safe('check workspace', undefined, { checked: 0, findings: 0 }, () => checkDocuments(params)));
    checking = run;
    return run;
  });

  async function checkDocuments(params: CheckDocumentsParams): Promise<CheckDocumentsResult> {
    let checked = 0;
    let findings = 0;
    const sent = params.documents ?? [];
    let sliceStart = performance.now();
    for (let i = 0; i < sent.length; i++) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      const { uri, text } = sent[i];
      // Let each text go once checked: a request can carry a whole workspace.
      sent[i].text = '';
      if (documents.get(uri) || typeof text !== 'string') continue;
      const analysis = workspace.analyseText(uri, text);
      if (!analysis?.kind) continue;
      checked++;
      findings += analysis.findings.length;
      checkedUris.add(uri);
      connection.sendDiagnostics({ uri, diagnostics: analysis.findings.map(toDiagnostic) });
    }
    if (params.last) trimmer.settle();
    else trimmer.burst();
    return { checked, findings };
  }

  connection.onRequest(RulesRequest, () => RULES.map((r) => ({ id: r.id, description: r.description, docs: r.docs })));

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) {
  if (process.argv.includes('--version')) {
    process.stdout.write('customer-lens-server 0.1.0\n');
  } else {
    if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
      process.argv.push('--stdio');
    }
    const connection = createConnection(ProposedFeatures.all);
    process.on('unhandledRejection', (e) => connection.console.error(`customer-lens: unhandled rejection: ${String(e)}`));
    process.on('uncaughtException', (e) => connection.console.error(`customer-lens: uncaught exception: ${e.message}`));
    startServer(connection);
  }
}
