// Answers the server's customerLens/fs/* requests through vscode.workspace.fs and findFiles, so that the
// server reads the workspace on every file system VS Code has (vscode-vfs:, github:, memfs:) and in the browser.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { MAX_FILE_BYTES } from '../../server/src/engine/config/defaults';
import { FindFilesRequest, MAX_FOUND_FILES, ReadFileRequest, StatRequest, type FindFilesParams, type HostFileStat } from './protocol';

/** A NUL among the first 8,000 bytes, as git tells a binary file: not a document. */
const BINARY_SNIFF = 8000;
const decoder = new TextDecoder('utf-8');

function uriOf(value: unknown): vscode.Uri | undefined {
  const uri = (value as { uri?: unknown } | null)?.uri;
  try {
    return typeof uri === 'string' ? vscode.Uri.parse(uri, true) : undefined;
  } catch {
    return undefined;
  }
}

async function stat(params: unknown): Promise<HostFileStat | null> {
  const uri = uriOf(params);
  if (!uri) return null;
  try {
    const st = await vscode.workspace.fs.stat(uri);
    const type = (st.type & vscode.FileType.File) !== 0 ? 'file' : (st.type & vscode.FileType.Directory) !== 0 ? 'directory' : 'other';
    return { type, size: st.size };
  } catch {
    return null;
  }
}

async function readText(params: unknown): Promise<string | null> {
  const uri = uriOf(params);
  const st = await stat(params);
  if (!uri || st?.type !== 'file' || st.size > MAX_FILE_BYTES) return null;
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.length > MAX_FILE_BYTES || bytes.subarray(0, BINARY_SNIFF).includes(0)) return null;
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

async function findFiles(params: unknown): Promise<string[]> {
  const { include, exclude } = (params ?? {}) as Partial<FindFilesParams>;
  if (typeof include !== 'string') return [];
  const uris = await vscode.workspace.findFiles(include, typeof exclude === 'string' ? exclude : '**/node_modules/**', MAX_FOUND_FILES);
  return uris.map((u) => u.toString()).filter((u) => !u.includes('/node_modules/'));
}

/** Registers the answers; the client then tells the server so with initializationOptions `{ hostFiles: true }`. */
export function answerFileRequests(client: LanguageClient): void {
  client.onRequest(ReadFileRequest.method, readText);
  client.onRequest(StatRequest.method, stat);
  client.onRequest(FindFilesRequest.method, findFiles);
}
