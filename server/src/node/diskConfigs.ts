// The Node server's configs: the nearest `.customer-lens.yaml` on disk, for documents whose URI names a path
// on disk (file:, and the git:, pr: and review: views of a file); any other document's (vscode-vfs:,
// untitled:...) is asked of `others`, the host's files.

import { existsSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { uriPath, type DocumentConfig, type DocumentConfigs } from '../lsp/configs';
import { ConfigFinder, type ConfigFile } from './configFiles';

/** The file-system path a URI names, if any: file: URIs, and the git:, pr: and review: views of a file. */
export function pathOf(uri: string): string | undefined {
  try {
    const u = new URL(uri);
    if (u.protocol === 'file:') return fileURLToPath(u);
    if (u.protocol === 'untitled:') return undefined;
    const path = decodeURIComponent(u.pathname);
    return path.startsWith('/') && existsSync(dirname(path)) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** A path fit for glob matching: relative to the config's folder, else the URI's own path. */
function globPathOf(uri: string, config: ConfigFile, path: string | undefined): string {
  if (path && config.dir) return relative(config.dir, path).split(sep).join('/');
  if (path) return path.split(sep).join('/');
  return uriPath(uri);
}

export class DiskConfigs implements DocumentConfigs {
  private readonly finder = new ConfigFinder();

  constructor(private readonly others: DocumentConfigs) {}

  forDocument(uri: string): DocumentConfig | Promise<DocumentConfig> {
    const path = pathOf(uri);
    if (!path) return this.others.forDocument(uri);
    const file = this.finder.forFile(path);
    return { config: file.config, path: globPathOf(uri, file, path) };
  }

  clear(): void {
    this.finder.clear();
    this.others.clear();
  }
}
