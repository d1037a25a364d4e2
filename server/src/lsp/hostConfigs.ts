// The nearest `.customer-lens.yaml` (or `.yml`) above a document of any scheme, read through the host's files
// (in the browser: the client's vscode.workspace.fs), loaded by the engine as on the desktop, and cached per
// folder until a config changes. Desktop parity: a config entry that exists but cannot be read (a folder, too
// large, unreadable) stops the lookup with the defaults, as node/configFiles.ts does.

import { CONFIG_FILE_NAMES, defaultConfig, loadConfig, RULE_IDS, type Config } from '../engine';
import { percentDecoded, uriPath, type DocumentConfig, type DocumentConfigs } from './configs';
import type { HostFiles } from './files';

/** The config that applies in a folder: where it was found (a folder URI), or none. */
interface Found {
  config: Config;
  folder?: string;
}

const NONE: Found = { config: defaultConfig() };

/** `scheme:` or `scheme://authority`, then the path. */
const URI_PARTS = /^([a-z][a-z0-9+.-]*:(?:\/\/[^/?#]*)?)([^?#]*)/i;

/** The folder holding `uri` (a URI without query or fragment), or undefined at the root. */
function parentOf(uri: string): string | undefined {
  const m = URI_PARTS.exec(uri);
  if (!m) return undefined;
  const slash = m[2].lastIndexOf('/');
  return slash < 0 || (slash === 0 && m[2].length <= 1) ? undefined : m[1] + m[2].slice(0, slash);
}

export class HostConfigs implements DocumentConfigs {
  private readonly byFolder = new Map<string, Promise<Found>>();
  /** The lookups that have finished: a document in one of these folders gets its config at once. */
  private readonly settled = new Map<string, Found>();

  constructor(private readonly files: () => HostFiles) {}

  forDocument(uri: string): DocumentConfig | Promise<DocumentConfig> {
    const doc = URI_PARTS.exec(uri)?.[0] ?? uri;
    const folder = parentOf(doc);
    const known = folder === undefined ? NONE : this.settled.get(folder);
    if (known) return this.configOf(known, doc, uri);
    return this.forFolder(folder as string).then((found) => this.configOf(found, doc, uri));
  }

  /** The globs match the path below the config's folder, as on the desktop. */
  private configOf(found: Found, doc: string, uri: string): DocumentConfig {
    const path = found.folder !== undefined && doc.startsWith(`${found.folder}/`) ? percentDecoded(doc.slice(found.folder.length + 1)) : uriPath(uri);
    return { config: found.config, path };
  }

  clear(): void {
    this.byFolder.clear();
    this.settled.clear();
  }

  private forFolder(folder: string): Promise<Found> {
    let found = this.byFolder.get(folder);
    if (!found) {
      const lookup: Promise<Found> = this.lookIn(folder).then((here) => {
        if (here) return here;
        const parent = parentOf(folder);
        return parent === undefined ? NONE : this.forFolder(parent);
      });
      this.byFolder.set(folder, lookup);
      // Remembered unless a config change cleared the lookup meanwhile.
      lookup.then(
        (f) => {
          if (this.byFolder.get(folder) === lookup) this.settled.set(folder, f);
        },
        () => undefined,
      );
      found = lookup;
    }
    return found;
  }

  /** The config file in `folder` itself, if there is one. */
  private async lookIn(folder: string): Promise<Found | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const uri = `${folder}/${name}`;
      const st = await this.files().stat(uri);
      if (!st) continue;
      const text = st.type === 'file' ? await this.files().readText(uri) : undefined;
      return { config: text === undefined ? defaultConfig() : loadConfig(text, RULE_IDS).config, folder };
    }
    return undefined;
  }
}
