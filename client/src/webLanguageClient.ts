// The browser's LanguageClient (github.dev, vscode.dev): the bundled server (dist/web/server.js) in a web worker.

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { CLIENT_ID, clientOptions } from './clientOptions';
import { answerFileRequests } from './hostFiles';

/**
 * The server's worker. vscode.dev and github.dev serve an extension over https:, which a worker loads as it
 * is. A VS Code server's web UI (code-server, `code serve-web`) gives it a vscode-remote: URI, from which VS
 * Code refuses to start a worker (microsoft/vscode#168942): there the bundle is read through the file system
 * and started from a blob: URL.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<Worker> {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  if (main.scheme === 'https' || main.scheme === 'http') return new Worker(main.toString(true));
  const code = new TextDecoder().decode(await vscode.workspace.fs.readFile(main));
  return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
}

export function createWebLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  let worker: Worker | undefined;
  // Transports rather than the Worker: the client library tells a Worker by `instanceof`, which the extension
  // host's wrapped Worker constructor fails. A restart ends the worker it replaces.
  const transports = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = await serverWorker(context);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  context.subscriptions.push({ dispose: () => worker?.terminate() });
  const client = new LanguageClient(CLIENT_ID, 'Customer Lens', transports, clientOptions(context, output));
  // The worker has no disk: it reads `.customer-lens.yaml` and every other file through this client.
  answerFileRequests(client);
  return client;
}
