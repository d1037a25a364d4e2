// The browser's LanguageClient (github.dev, vscode.dev): the bundled server (dist/web/server.js) in a web worker.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, clientOptions } from './clientOptions';
import { answerFileRequests } from './hostFiles';

export function createWebLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true));
  const client = new LanguageClient(CLIENT_ID, 'Customer Lens', worker, clientOptions(context, output));
  // The worker has no disk: it reads `.customer-lens.yaml` and every other file through this client.
  answerFileRequests(client);
  return client;
}
