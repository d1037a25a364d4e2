// Where a file: URI's links lead, resolved on disk: the desktop's answer to files.ts's LocalLinks. Each folder
// is resolved once per Check Workspace.

import { realpath } from 'node:fs/promises';
import { dirname } from 'node:path';
import type * as vscode from 'vscode';
import { isInside } from '../../server/src/node/safeRead';
import type { LocalLinks } from './files';

export class DiskLinks implements LocalLinks {
  /** Real paths of workspace folders, and whether each folder holding files resolves inside its workspace folder. */
  private readonly real = new Map<string, Promise<string>>();
  private readonly dirs = new Map<string, Promise<boolean>>();

  async inside(uri: vscode.Uri, folder: vscode.Uri, isLink: boolean): Promise<boolean> {
    const root = await this.realPath(folder.fsPath);
    // A file under a folder that links outside is as far out as a link.
    return isLink ? isInside(await realpath(uri.fsPath), root) : this.dirInside(dirname(uri.fsPath), root);
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
