// File questions asked through vscode.workspace.fs, so they work in virtual workspaces and in the browser too.
// Only the desktop can tell where a file: URI's links lead (diskLinks.ts); nothing here imports node:*.

import * as vscode from 'vscode';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function isFolder(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

/** Whether a file: URI, a link or a file in a folder that may be one, resolves inside its workspace folder. */
export interface LocalLinks {
  inside(uri: vscode.Uri, folder: vscode.Uri, isLink: boolean): Promise<boolean>;
}

/**
 * Why Check Workspace leaves a file unread, or undefined when it may be read: a regular file of at most
 * `limit` bytes, inside its workspace folder. A FIFO or a device (FileType.Unknown) would block a read or
 * never end it. A link is read only when it resolves inside its workspace folder, which only `links` (a
 * file: URI on the desktop) can tell; elsewhere links are not followed. Throws what stat throws.
 */
export class ReadableFiles {
  constructor(
    private readonly limit: number,
    private readonly links?: LocalLinks,
  ) {}

  async whyNot(uri: vscode.Uri): Promise<string | undefined> {
    const st = await vscode.workspace.fs.stat(uri);
    if ((st.type & vscode.FileType.File) === 0) return (st.type & vscode.FileType.Directory) !== 0 ? 'a folder' : 'not a regular file';
    if (st.size > this.limit) return `larger than ${this.limit / (1024 * 1024)} MB`;
    const isLink = (st.type & vscode.FileType.SymbolicLink) !== 0;
    if (uri.scheme !== 'file' || !this.links) return isLink ? 'a link, not followed on this file system' : undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return 'outside the workspace folders';
    return (await this.links.inside(uri, folder.uri, isLink)) ? undefined : `links outside ${folder.name}`;
  }
}
