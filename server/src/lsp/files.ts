// How the server reads workspace files: through the host. A client that offers the customerLens/fs/*
// requests (VS Code, the browser) reads them for the server, so virtual file systems work too; other
// clients get node/diskFiles.ts. No node:* import here: this module runs in a web worker as well.

import type { Connection } from 'vscode-languageserver';
import { MAX_FILE_BYTES } from '../engine/config/defaults';
import { FindFilesRequest, MAX_FOUND_FILES, ReadFileRequest, StatRequest, type HostFileStat } from './protocol';
import { describeError } from '../errors';

export interface HostFiles {
  /** The file's UTF-8 text; undefined when it is missing, a folder, unreadable or above MAX_FILE_BYTES. */
  readText(uri: string): Promise<string | undefined>;
  stat(uri: string): Promise<HostFileStat | undefined>;
  /** URIs of the workspace files `include` matches (relative to each workspace folder), node_modules left out. */
  findFiles(include: string, exclude?: string): Promise<string[]>;
}

const TYPES: readonly string[] = ['file', 'directory', 'other'];

function isStat(value: unknown): value is HostFileStat {
  const v = value as HostFileStat | null;
  return typeof v === 'object' && v !== null && TYPES.includes(v.type) && typeof v.size === 'number' && v.size >= 0;
}

/** The files the client reads for the server; whatever it answers is checked, and a failed request reads as nothing. */
export function clientFiles(connection: Connection, log: (message: string) => void = () => undefined): HostFiles {
  const failed = (what: string) => (e: unknown) => {
    log(`customer-lens: the client did not answer ${what}: ${describeError(e)}`);
    return undefined;
  };
  return {
    readText: (uri) =>
      connection.sendRequest<unknown>(ReadFileRequest.method, { uri }).then(
        (text) => (typeof text === 'string' && text.length <= MAX_FILE_BYTES ? text : undefined),
        failed(`${ReadFileRequest.method} for ${uri}`),
      ),
    stat: (uri) =>
      connection.sendRequest<unknown>(StatRequest.method, { uri }).then((st) => (isStat(st) ? { type: st.type, size: st.size } : undefined), failed(`${StatRequest.method} for ${uri}`)),
    findFiles: (include, exclude) =>
      connection.sendRequest<unknown>(FindFilesRequest.method, exclude === undefined ? { include } : { include, exclude }).then(
        (uris) => (Array.isArray(uris) ? uris.filter((u): u is string => typeof u === 'string' && !/\/node_modules\//.test(u)).slice(0, MAX_FOUND_FILES) : []),
        (e) => failed(`${FindFilesRequest.method} for ${include}`)(e) ?? [],
      ),
  };
}
