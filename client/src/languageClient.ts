// The LanguageClient: the bundled server over IPC, every scheme of Markdown and YAML, and a restart
// whenever the server process dies (issue #7), reported in the output channel rather than in pop-ups.

import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, TransportKind,
  type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { answerFileRequests } from './hostFiles';
import { RestartPolicy } from './restartPolicy';

export const CLIENT_ID = 'customerLens';
const CONFIG_FILES = '**/.customer-lens.{yaml,yml}';

function errorHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const policy = new RestartPolicy();
  return {
    error(error, _message, count): ErrorHandlerResult {
      output.error(`Connection to the Customer Lens server failed: ${error.message}`);
      // A few write errors in a row are survivable; after that the connection is broken, and closing it
      // hands the decision to closed() below.
      return count !== undefined && count <= 3 ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown, handled: true };
    },
    closed(): CloseHandlerResult {
      if (policy.crashed()) {
        output.warn('The Customer Lens server stopped; starting it again.');
        return { action: CloseAction.Restart, handled: true };
      }
      const message = `The Customer Lens server stopped ${policy.maxCrashes + 1} times in ${policy.windowMs / 60000} minutes and will not be restarted. Reload the window to try again.`;
      output.error(message);
      return { action: CloseAction.DoNotRestart, message };
    },
  };
}

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_FILES);
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    // No scheme: unsaved, git:, remote and virtual documents are checked like files on disk.
    documentSelector: [{ language: 'markdown' }, { language: 'yaml' }],
    synchronize: {
      configurationSection: 'customerLens',
      fileEvents: watcher,
    },
    // The initialize request already carries vscode.env.language as `locale`; the server reads it from there.
    // The client reads workspace files for the server (hostFiles.ts), on every file system.
    // The persona lens runs customer-lens.showReferences (commands/showReferences.ts).
    initializationOptions: { hostFiles: true, showReferences: true },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: errorHandler(output),
  };
  const client = new LanguageClient(CLIENT_ID, 'Customer Lens', serverOptions, clientOptions);
  answerFileRequests(client);
  return client;
}
