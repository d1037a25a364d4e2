// Customer Lens for VS Code on the desktop (dist/extension.js): the language server as a Node process, the
// language client loaded once activate() has returned.

import type * as vscode from 'vscode';
import { activateOn, type CustomerLensApi } from './activate';
import type * as ClientLibrary from './clientLibrary';
import { DiskLinks } from './diskLinks';

export { deactivate, type CustomerLensApi } from './activate';

/**
 * dist/client.js, the language client (scripts/build.mjs bundles it on its own). Required by a path built at
 * run time, so that esbuild leaves it out of this bundle.
 */
function loadClientLibrary(context: vscode.ExtensionContext): typeof ClientLibrary {
  return require(context.asAbsolutePath('dist/client.js')) as typeof ClientLibrary;
}

export function activate(context: vscode.ExtensionContext): CustomerLensApi {
  return activateOn(
    {
      createClient: (ctx, output) => loadClientLibrary(ctx).createLanguageClient(ctx, output),
      // The map draws with the engine's catalogs: it comes with the client's bundle, not the extension's.
      decisionMap: (ctx) => loadClientLibrary(ctx).showDecisionMap,
      later: (fn) => setImmediate(fn),
      localLinks: () => new DiskLinks(),
    },
    context,
  );
}
