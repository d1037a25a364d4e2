// The language server as a Node program (dist/server.js, `customer-lens-server`): LSP over stdio, IPC or a
// socket, configs read from disk (or, for a document of another scheme, through the client).

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { HostConfigs } from './lsp/hostConfigs';
import { DiskConfigs } from './node/diskConfigs';
import { hostFilesFor } from './node/hostFiles';
import { startServer } from './server';

/** Pause after a change before checking; CUSTOMER_LENS_DEBOUNCE_MS overrides it (the benchmark sets 0). */
function debounceFromEnv(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\d{1,5}$/.test(value.trim())) return fallback;
  return Number(value.trim());
}

if (process.argv.includes('--version')) {
  process.stdout.write(`customer-lens-server ${version}\n`);
} else {
  if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    process.argv.push('--stdio');
  }
  const connection = createConnection(ProposedFeatures.all);
  process.on('unhandledRejection', (e) => connection.console.error(`customer-lens: unhandled rejection: ${String(e)}`));
  process.on('uncaughtException', (e) => connection.console.error(`customer-lens: uncaught exception: ${e.message}`));
  startServer(connection, {
    debounceMs: debounceFromEnv(process.env.CUSTOMER_LENS_DEBOUNCE_MS, 250),
    files: hostFilesFor,
    configs: (files) => new DiskConfigs(new HostConfigs(files)),
  });
}
