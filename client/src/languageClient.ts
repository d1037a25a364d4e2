// The desktop's LanguageClient: the bundled server (dist/server.js) as a Node process over IPC.

import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_ID, clientOptions } from './clientOptions';
import { answerFileRequests } from './hostFiles';

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const client = new LanguageClient(CLIENT_ID, 'Customer Lens', serverOptions, clientOptions(context, output));
  answerFileRequests(client);
  return client;
}
