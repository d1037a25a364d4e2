// Customer Lens for VS Code: starts the language server, registers the commands and the status bar.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type * as ClientLibrary from './clientLibrary';
import { checkWorkspace } from './commands/checkWorkspace';
import { createConfig } from './commands/createConfig';
import { newDecisionRecord } from './commands/newDecisionRecord';
import { newPersona } from './commands/newPersona';
import { showReferences } from './commands/showReferences';
import { showRuleDocs } from './commands/showRuleDocs';
import { ChecklistStatusBar } from './statusBar';

/** What activate() returns, for the integration tests: the client, and when its start has finished. */
export interface CustomerLensApi {
  /** Set once the client's library has loaded, just after activation. */
  readonly languageClient: LanguageClient | undefined;
  /** Settles once the server has started, or failed to (which the user is told). */
  ready: Promise<void>;
}

let client: LanguageClient | undefined;
let active = false;

/**
 * dist/client.js, the language client (scripts/build.mjs bundles it on its own). Required by a path built at
 * run time, so that esbuild leaves it out of this bundle.
 */
function loadClientLibrary(context: vscode.ExtensionContext): typeof ClientLibrary {
  return require(context.asAbsolutePath('dist/client.js')) as typeof ClientLibrary;
}

export function activate(context: vscode.ExtensionContext): CustomerLensApi {
  active = true;
  const output = vscode.window.createOutputChannel('Customer Lens', { log: true });
  context.subscriptions.push(output);

  // vscode-languageclient is four fifths of the extension's code. It loads in the next turn of the event
  // loop, once activate() has returned, and the server then starts in the background: activation itself only
  // registers the commands. A command run before the client is there waits for it.
  const loaded = new Promise<LanguageClient>((resolve, reject) => {
    setImmediate(() => {
      try {
        if (!active) throw new Error('the extension was deactivated before its client loaded');
        const languageClient = loadClientLibrary(context).createLanguageClient(context, output);
        client = languageClient;
        context.subscriptions.push(new ChecklistStatusBar(languageClient, output));
        resolve(languageClient);
      } catch (e) {
        reject(e);
      }
    });
  });
  context.subscriptions.push(
    vscode.commands.registerCommand('customer-lens.newDecisionRecord', () => newDecisionRecord(output)),
    // The Explorer passes the folder clicked; the command is not in the Command Palette (package.json).
    vscode.commands.registerCommand('customer-lens.newDecisionRecordHere', (folder?: unknown) =>
      newDecisionRecord(output, folder instanceof vscode.Uri ? folder : undefined),
    ),
    vscode.commands.registerCommand('customer-lens.createConfig', () => createConfig(output)),
    vscode.commands.registerCommand('customer-lens.newPersona', () => newPersona(output)),
    vscode.commands.registerCommand('customer-lens.checkWorkspace', async () => checkWorkspace(await loaded, output)),
    vscode.commands.registerCommand('customer-lens.showRuleDocs', async (ruleId?: unknown) => showRuleDocs(context, await loaded, output, ruleId)),
    vscode.commands.registerCommand('customer-lens.showReferences', showReferences),
  );

  const ready = loaded.then((c) => c.start()).catch((e: unknown) => {
    if (!active) return; // closing down before the client was there: nothing to tell
    output.error(`The Customer Lens server did not start: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('The Customer Lens server did not start. See the Customer Lens output for details.'));
  });
  return {
    get languageClient() {
      return client;
    },
    ready,
  };
}

export async function deactivate(): Promise<void> {
  active = false;
  const stopping = client;
  client = undefined;
  // Stopping a client that never started rejects; there is nothing left to clean up then.
  await stopping?.stop().catch(() => undefined);
}
