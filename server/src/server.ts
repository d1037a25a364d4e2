// The Customer Lens language server's capabilities and wiring, the same in Node (nodeServer.ts: stdio, IPC or
// a socket) and in a web worker (webServer.ts). It checks the text the client sends, whatever the URI scheme,
// and answers hovers, code actions and completion from the same analysis. No node:* here: each entry point
// passes in what differs (lsp/platform.ts).

import {
  CodeActionKind, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind,
  type ClientCapabilities, type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { catalogFor, languageOf, RULES, type Analysis } from './engine';
import { checklistOf } from './lsp/checklist';
import { WorkspaceCheck } from './lsp/checkWorkspace';
import { codeActions, FIX_ALL_KIND } from './lsp/codeActions';
import { completionsAt, inHeader } from './lsp/completion';
import { withDiffComparison } from './lsp/diffCompare';
import { hoverAt, isOnTitle } from './lsp/hover';
import { decisionMapRows } from './lsp/decisionMap';
import { personaActions } from './lsp/personaActions';
import { personaCompletions } from './lsp/personaCompletion';
import { personaHoverAt } from './lsp/personaHover';
import { Personas } from './lsp/personas';
import { Host } from './lsp/host';
import type { ServerPlatform } from './lsp/platform';
import { ChecklistRequest, CheckDocumentsRequest, DecisionMapRequest, RulesRequest, type CheckDocumentsParams, type DecisionMapParams } from './lsp/protocol';
import { Settings } from './lsp/settings';
import { applyChanges } from './lsp/textSync';
import { isConfigUri, Validation } from './lsp/validation';
import { Workspace } from './lsp/workspace';
import { describeError } from './errors';

const APPLY_EDIT_COMMAND = 'customer-lens.server.applyEdit';

export function startServer(connection: Connection, platform: ServerPlatform): void {
  // Changes are applied with their ranges clamped to the document (lsp/textSync.ts).
  const documents = new TextDocuments({ create: TextDocument.create, update: applyChanges });
  const host = new Host();
  const workspace = new Workspace('en', platform.configs(() => host.files));
  let caps: ClientCapabilities = {};
  let locale = 'en';
  const log = (message: string) => connection.console.error(message);
  const settings = new Settings(connection, () => caps.workspace?.configuration === true);
  const validation = new Validation(connection, documents, workspace, settings, log);
  const workspaceCheck = new WorkspaceCheck(connection, documents, workspace, settings);
  const personas = new Personas({ connection, documents, workspace, host, recheck: (uri) => validation.schedule(uri, 0), locale: () => locale, log });

  const analyse = async (doc: TextDocument) => workspace.analysisOf(doc, await settings.for(doc.uri));

  /** Finds the open document, analyses it and answers; an error is logged with the URI and answered with `fallback`. */
  async function answer<T>(what: string, uri: string, fallback: T, fn: (doc: TextDocument, analysis: Analysis) => T | Promise<T>): Promise<T> {
    try {
      const doc = documents.get(uri);
      if (!doc) return fallback;
      return await fn(doc, await analyse(doc));
    } catch (e) {
      log(`customer-lens: ${what} failed for ${uri}: ${describeError(e)}`);
      return fallback;
    }
  }

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    const sent = params.locale ?? (params.initializationOptions as { locale?: unknown } | undefined)?.locale;
    locale = typeof sent === 'string' ? sent : 'en';
    workspace.locale = locale;
    host.initialize(params, (folders) => platform.files(connection, params.initializationOptions, folders, log));
    const literal = caps.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['#', ':'], resolveProvider: false },
        codeActionProvider: literal ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false } : true,
        executeCommandProvider: { commands: [APPLY_EDIT_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: caps.workspace?.workspaceFolders === true } },
        ...personas.capabilities(caps, params.initializationOptions),
      },
      serverInfo: { name: 'customer-lens-server', version },
    };
  });

  connection.onInitialized(() => {
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.customer-lens.{yaml,yml}' }] })
        .catch(() => undefined);
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        host.changeFolders(e);
        validation.revalidateAll();
        void personas.rebuild();
      });
    }
    personas.start();
  });
  connection.onDidChangeConfiguration(() => validation.revalidateAll());
  connection.onDidChangeWatchedFiles(({ changes }) => {
    // Config files change every check; records and cards change the persona index, which re-checks what it affects.
    if (changes.some((c) => isConfigUri(c.uri))) validation.revalidateAll();
    personas.watched(changes.filter((c) => !isConfigUri(c.uri)));
  });

  // TextDocuments reports an open as a change too; an open is checked at once, a change after a pause.
  const justOpened = new Set<string>();
  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    validation.schedule(e.document.uri, 0);
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    validation.changed(e.document.uri, platform.debounceMs);
    personas.edited(e.document.uri, platform.debounceMs);
  });
  documents.onDidSave((e) => {
    if (isConfigUri(e.document.uri)) validation.revalidateAll();
    else validation.saved(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    validation.cancel(uri);
    workspace.forget(uri);
    settings.forget(uri);
    justOpened.delete(uri);
    workspaceCheck.closed(uri, e.document.getText());
  });

  connection.onHover(({ textDocument, position }) =>
    answer('hover', textDocument.uri, null, (doc, analysis) => {
      const markdown = caps.textDocument?.hover?.contentFormat?.includes('markdown') ?? true;
      const persona = personaHoverAt(personas.index, doc.uri, position, locale, markdown);
      if (persona) return persona;
      const hover = hoverAt(analysis, position, locale, markdown);
      return withDiffComparison(hover, doc, analysis, isOnTitle(analysis, position), markdown, { documents, analyse, locale });
    }),
  );

  connection.onCompletion(({ textDocument, position }) =>
    answer('completion', textDocument.uri, [], (doc, analysis) => {
      const snippets = caps.textDocument?.completion?.completionItem?.snippetSupport === true;
      const lineAt = (n: number) => doc.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }).replace(/\r?\n$/, '');
      const ids = inHeader(analysis, position) ? personaCompletions(personas.index, lineAt, position) : [];
      return [...ids, ...completionsAt(analysis, position, lineAt(position.line), snippets, locale)];
    }),
  );

  connection.onCodeAction(({ textDocument, range, context }) =>
    answer('code action', textDocument.uri, [], (doc, analysis) => {
      const canCreate = caps.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true && caps.workspace.workspaceEdit.documentChanges === true;
      const quickFixes = !context.only || context.only.some((k) => CodeActionKind.QuickFix.startsWith(k));
      const actions = [
        ...(!quickFixes ? [] : personaActions(personas.index, doc.uri, context.diagnostics, (r) => doc.getText(r), languageOf(analysis.document), locale, canCreate)),
        ...codeActions(analysis, { uri: doc.uri, range, diagnostics: context.diagnostics, only: context.only }, locale),
      ];
      if (caps.textDocument?.codeAction?.codeActionLiteralSupport) return actions;
      // Clients without code action literals get commands; the server applies the edit when asked.
      return actions.map((a) => ({ title: a.title, command: APPLY_EDIT_COMMAND, arguments: [a.edit] }));
    }),
  );

  connection.onExecuteCommand(async (params) => {
    if (params.command !== APPLY_EDIT_COMMAND || !params.arguments?.[0]) return null;
    await connection.workspace.applyEdit(params.arguments[0]).catch((e) => log(`customer-lens: applying an edit failed: ${String(e)}`));
    return null;
  });

  connection.onRequest(ChecklistRequest.method, (params: { uri: string }) =>
    answer('checklist', params?.uri, null, (_doc, analysis) => checklistOf(analysis, catalogFor(locale))),
  );
  connection.onRequest(CheckDocumentsRequest.method, (params: CheckDocumentsParams) => workspaceCheck.enqueue(params));
  connection.onRequest(DecisionMapRequest.method, (params: DecisionMapParams) => decisionMapRows(params, documents, workspace, settings, host.folders(), log));
  connection.onRequest(RulesRequest.method, () => RULES.map((r) => ({ id: r.id, description: r.description, docs: r.docs })));

  personas.register();
  documents.listen(connection);
  connection.listen();
}
