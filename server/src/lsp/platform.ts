// What differs between the Node server (nodeServer.ts) and the web worker (webServer.ts), given to
// startServer() by each entry point. No node:* here: the web worker's bundle includes this file.

import type { Connection } from 'vscode-languageserver';
import type { DocumentConfigs } from './configs';
import type { HostFiles } from './files';

/** Picks the files the server reads the workspace through, at initialize. */
export type HostFilesFactory = (connection: Connection, initializationOptions: unknown, folders: () => readonly string[], log: (message: string) => void) => HostFiles;

export interface ServerPlatform {
  /** Pause after a change before checking. */
  debounceMs: number;
  files: HostFilesFactory;
  /** The config of each document; `files` gives the host's files once the server is initialized. */
  configs(files: () => HostFiles): DocumentConfigs;
}
