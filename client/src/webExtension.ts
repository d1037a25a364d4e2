// Customer Lens in the browser (dist/web/extension.js: github.dev, vscode.dev): one bundle with its language
// client, the server in a web worker, every file read through vscode.workspace.fs.

import type * as vscode from 'vscode';
import { activateOn, type CustomerLensApi } from './activate';
import { showDecisionMap } from './commands/showDecisionMap';
import { createWebLanguageClient } from './webLanguageClient';

export { deactivate } from './activate';

export function activate(context: vscode.ExtensionContext): CustomerLensApi {
  return activateOn({ createClient: createWebLanguageClient, later: (fn) => setTimeout(fn, 0), decisionMap: () => showDecisionMap }, context);
}
