// The latency floor for bench/run.mjs: a language server on the same library and transport as ours that keeps
// each document's text up to date, as ours does, and answers every version with no diagnostics, having checked
// nothing. What it takes from didChange to publishDiagnostics is the machine's and the protocol's share.

const { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.onDidChangeContent((e) => {
  const { uri, version } = e.document;
  // As ours does without a debounce: after the messages already read.
  setImmediate(() => connection.sendDiagnostics({ uri, version, diagnostics: [] }));
});
documents.listen(connection);
connection.listen();
