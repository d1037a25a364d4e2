// Which host files a server on Node uses: the client's, when it says it answers customerLens/fs/*, else the disk.

import type { Connection } from 'vscode-languageserver';
import { clientFiles, type HostFiles } from '../lsp/files';
import { diskFiles } from './diskFiles';

export function hostFilesFor(connection: Connection, initializationOptions: unknown, folders: () => readonly string[], log: (message: string) => void): HostFiles {
  const options = initializationOptions as { hostFiles?: unknown } | null | undefined;
  return options?.hostFiles === true ? clientFiles(connection, log) : diskFiles(folders);
}
