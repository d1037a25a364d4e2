// What the language client does the same on the desktop and in the browser: which documents it syncs, the
// settings and config files it watches, and a restart whenever the server dies (issue #7), reported in the
// output channel rather than in pop-ups.

import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, RevealOutputChannelOn,
  type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions,
} from 'vscode-languageclient';
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

export function clientOptions(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClientOptions {
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_FILES);
  context.subscriptions.push(watcher);
  return {
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
}
