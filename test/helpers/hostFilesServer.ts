// A language server over stdio that only wires the host files as the real server does (lsp/host.ts and
// node/hostFiles.ts), and lets a test call them with the request `test/hostFiles`.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { Host } from '../../server/src/lsp/host';
import { hostFilesFor } from '../../server/src/node/hostFiles';

export type HostFilesCall = { op: 'readText' | 'stat'; uri: string } | { op: 'findFiles'; include: string; exclude?: string };

const connection = createConnection(ProposedFeatures.all);
const host = new Host();
const log = (message: string) => connection.console.error(message);

connection.onInitialize((params) => {
  host.initialize(params, (folders) => hostFilesFor(connection, params.initializationOptions, folders, log));
  return { capabilities: {} };
});
connection.onRequest('test/hostFiles', async (call: HostFilesCall) => {
  const answer = call.op === 'findFiles' ? await host.files.findFiles(call.include, call.exclude) : await host.files[call.op](call.uri);
  // undefined does not travel over JSON-RPC: null stands for it.
  return answer ?? null;
});
connection.listen();
