// Customer Lens for VS Code: starts the language server, registers the commands and the status bar.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspace } from './commands/checkWorkspace';
import { newDecisionRecord } from './commands/newDecisionRecord';
import { showRuleDocs } from './commands/showRuleDocs';
import { createLanguageClient } from './languageClient';
import { ChecklistStatusBar } from './statusBar';

/** What activate() returns: the running client, for the integration tests. */
export interface CustomerLensApi {
  languageClient: LanguageClient;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CustomerLensApi> {
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

  try {
    await languageClient.start();
  } catch (e) {
    output.error(`The Customer Lens server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('The Customer Lens server did not start. See the Customer Lens output for details.'));
  }
  return { languageClient };
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  // Stopping a client that never started rejects; there is nothing left to clean up then.
  await stopping?.stop().catch(() => undefined);
}
