// Customer Lens for VS Code: starts the language server, registers the commands and the status bar.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspace } from './commands/checkWorkspace';
import { newDecisionRecord } from './commands/newDecisionRecord';
import { showRuleDocs } from './commands/showRuleDocs';
import { createLanguageClient } from './languageClient';
import { ChecklistStatusBar } from './statusBar';

/** What activate() returns, for the integration tests: the client, and when its start has finished. */
export interface CustomerLensApi {
  languageClient: LanguageClient;
  /** Settles once the server has started, or failed to (which the user is told). */
  ready: Promise<void>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): CustomerLensApi {
  const output = vscode.window.createOutputChannel('Customer Lens', { log: true });
  context.subscriptions.push(output);
  const languageClient = createLanguageClient(context, output);
  client = languageClient;

  context.subscriptions.push(
    vscode.commands.registerCommand('customer-lens.newDecisionRecord', () => newDecisionRecord(output)),
    vscode.commands.registerCommand('customer-lens.checkWorkspace', () => checkWorkspace(languageClient, output)),
    vscode.commands.registerCommand('customer-lens.showRuleDocs', (ruleId?: unknown) => showRuleDocs(context, languageClient, output, ruleId)),
    new ChecklistStatusBar(languageClient, output),
  );

  // The server starts in the background: activation ends at once, and VS Code counts no wait for the server
  // against it. Requests made meanwhile (a command run straight away) wait for the start in the client.
  const ready = languageClient.start().catch((e: unknown) => {
    output.error(`The Customer Lens server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('The Customer Lens server did not start. See the Customer Lens output for details.'));
  });
  return { languageClient, ready };
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  // Stopping a client that never started rejects; there is nothing left to clean up then.
  await stopping?.stop().catch(() => undefined);
}
