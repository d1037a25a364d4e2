// Activation, the same on the desktop (extension.ts) and in the browser (webExtension.ts): the commands, the
// status bar, and the language client, which each platform makes in its own way.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { checkWorkspace } from './commands/checkWorkspace';
import { createConfig } from './commands/createConfig';
import { newDecisionRecord } from './commands/newDecisionRecord';
import { newPersona } from './commands/newPersona';
import type { showDecisionMap as ShowDecisionMap } from './commands/showDecisionMap';
import { showReferences } from './commands/showReferences';
import { showRuleDocs } from './commands/showRuleDocs';
import type { LocalLinks } from './files';
import { SHOW_REFERENCES_COMMAND } from './protocol';
import { ChecklistStatusBar } from './statusBar';
import { describeError } from '../../server/src/errors';

/** What activate() returns, for the integration tests: the client, and when its start has finished. */
export interface CustomerLensApi {
  /** Set once the client's library has loaded, just after activation. */
  readonly languageClient: BaseLanguageClient | undefined;
  /** Settles once the server has started, or failed to (which the user is told). */
  ready: Promise<void>;
}

/** What differs between the desktop and the browser. */
export interface Platform {
  /** Makes the language client; called once activate() has returned. */
  createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): BaseLanguageClient;
  /** Runs `fn` once activate() has returned. */
  later(fn: () => void): void;
  /** Where a file: URI's links lead, for Check Workspace; absent where that cannot be told. */
  localLinks?(): LocalLinks;
  /** Show Decision Map, loaded when first run. */
  decisionMap(context: vscode.ExtensionContext): typeof ShowDecisionMap;
}

let client: BaseLanguageClient | undefined;
let active = false;

export function activateOn(platform: Platform, context: vscode.ExtensionContext): CustomerLensApi {
  active = true;
  const output = vscode.window.createOutputChannel('Customer Lens', { log: true });
  context.subscriptions.push(output);

  // vscode-languageclient is four fifths of the extension's code. On the desktop it loads in the next turn of
  // the event loop, once activate() has returned, and the server then starts in the background: activation
  // itself only registers the commands. A command run before the client is there waits for it.
  const loaded = new Promise<BaseLanguageClient>((resolve, reject) => {
    platform.later(() => {
      try {
        if (!active) throw new Error('the extension was deactivated before its client loaded');
        const languageClient = platform.createClient(context, output);
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
    vscode.commands.registerCommand('customer-lens.checkWorkspace', async () => checkWorkspace(await loaded, output, platform.localLinks?.())),
    vscode.commands.registerCommand('customer-lens.showDecisionMap', async () => platform.decisionMap(context)(await loaded, output, platform.localLinks?.())),
    vscode.commands.registerCommand('customer-lens.showRuleDocs', async (ruleId?: unknown) => showRuleDocs(context, await loaded, output, ruleId)),
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, showReferences),
  );

  const ready = loaded.then((c) => c.start()).catch((e: unknown) => {
    if (!active) return; // closing down before the client was there: nothing to tell
    output.error(`The Customer Lens server did not start: ${describeError(e)}`);
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
