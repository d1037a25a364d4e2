// The config that applies to a document, wherever the server runs: the Node server reads the nearest
// `.customer-lens.yaml` from disk (node/diskConfigs.ts), the web worker asks the client (lsp/hostConfigs.ts).
// Nothing here imports node:*: the web worker's bundle includes this file.

import type { Config } from '../engine';

export interface DocumentConfig {
  config: Config;
  /** The path the config's globs match: relative to the config's folder, else the URI's own path. */
  path: string;
}

export interface DocumentConfigs {
  /** The config of the document at `uri`; never rejects (a config that cannot be read is the defaults). */
  forDocument(uri: string): DocumentConfig | Promise<DocumentConfig>;
  /** A config file changed: forget what was read. */
  clear(): void;
}

/** Percent-decoded text (`%3A` as `:`); as written when its percent-encoding is malformed. */
export function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The decoded path of a URI (`/owner/repo/docs/adr/1.md` for `vscode-vfs://github/owner/repo/docs/adr/1.md`), or the URI itself. */
export function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
