// File questions asked through vscode.workspace.fs, so they work in virtual workspaces too; only a file: URI's
// links are resolved on disk.

import { realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { isInside } from '../../server/src/node/safeRead';

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

/**
 * Why Check Workspace leaves a file unread, or undefined when it may be read: a regular file of at most
 * `limit` bytes, inside its workspace folder. A FIFO or a device (FileType.Unknown) would block a read or
 * never end it. A link is read only when it resolves inside its workspace folder, which only a file: URI can
 * tell; on other file systems links are not followed. Throws what stat throws.
 */
export class ReadableFiles {
  /** Real paths of workspace folders, and whether each folder holding files resolves inside its workspace folder. */
  private readonly real = new Map<string, Promise<string>>();
  private readonly dirs = new Map<string, Promise<boolean>>();

  constructor(private readonly limit: number) {}

  async whyNot(uri: vscode.Uri): Promise<string | undefined> {
    const st = await vscode.workspace.fs.stat(uri);
    if ((st.type & vscode.FileType.File) === 0) return (st.type & vscode.FileType.Directory) !== 0 ? 'a folder' : 'not a regular file';
    if (st.size > this.limit) return `larger than ${this.limit / (1024 * 1024)} MB`;
    const isLink = (st.type & vscode.FileType.SymbolicLink) !== 0;
    if (uri.scheme !== 'file') return isLink ? 'a link, not followed on this file system' : undefined;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return 'outside the workspace folders';
    const root = await this.realPath(folder.uri.fsPath);
    // A file under a folder that links outside is as far out as a link: each folder is resolved once.
    const inside = isLink ? isInside(await realpath(uri.fsPath), root) : await this.dirInside(dirname(uri.fsPath), root);
    return inside ? undefined : `links outside ${folder.name}`;
  }

  private realPath(path: string): Promise<string> {
    let p = this.real.get(path);
    if (!p) this.real.set(path, (p = realpath(path)));
    return p;
  }

  private dirInside(dir: string, root: string): Promise<boolean> {
    let p = this.dirs.get(dir);
    if (!p) this.dirs.set(dir, (p = this.realPath(dir).then((real) => isInside(real, root))));
    return p;
  }
}
