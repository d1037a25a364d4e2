// Documents as the server knows them: text from the client, config from the nearest `.customer-lens.yaml`
// on disk when the document's path has one, and one analysis per document version.

import { existsSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, defaultConfig, hasKind, PartCache, type Analysis } from '../engine';
import { ConfigFinder, type ConfigFile } from '../node/configFiles';

export interface DocumentSettings {
  enable: boolean;
  /** Language of messages: 'auto' follows the editor. */
  messagesLanguage: string;
}

export const DEFAULT_SETTINGS: DocumentSettings = { enable: true, messagesLanguage: 'auto' };

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
export function globPathOf(uri: string, config: ConfigFile, path = pathOf(uri)): string {
  if (path && config.dir) return relative(config.dir, path).split(sep).join('/');
  if (path) return path.split(sep).join('/');
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

export class Workspace {
  readonly configs = new ConfigFinder();
  private readonly defaults: ConfigFile = { config: defaultConfig(), findings: [] };
  private readonly cache = new Map<string, { version: number; locale: string; analysis: Analysis }>();
  /** The block parse of parts of open documents: a keystroke changes one part, and the others are reused. */
  private readonly parts = new PartCache();

  constructor(public locale: string) {}

  configFor(uri: string): ConfigFile {
    return this.configForPath(pathOf(uri));
  }

  private configForPath(path: string | undefined): ConfigFile {
    return path ? this.configs.forFile(path) : this.defaults;
  }

  analysisOf(doc: TextDocument, settings: DocumentSettings = DEFAULT_SETTINGS): Analysis {
    const locale = settings.messagesLanguage === 'auto' ? this.locale : settings.messagesLanguage;
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version && cached.locale === locale) return cached.analysis;
    const path = pathOf(doc.uri);
    const config = this.configForPath(path);
    const analysis = analyze({ path: globPathOf(doc.uri, config, path), text: doc.getText(), config: config.config, locale, parts: this.parts });
    this.cache.set(doc.uri, { version: doc.version, locale, analysis });
    return analysis;
  }

  /**
   * Analyses a text that is not open (Check Workspace), without caching it; undefined, without reading its
   * body, when it is neither a decision nor a spec.
   */
  analyseText(uri: string, text: string): Analysis | undefined {
    // The URI is read once: Check Workspace sends thousands.
    const path = pathOf(uri);
    const config = this.configForPath(path);
    const input = { path: globPathOf(uri, config, path), text, config: config.config, locale: this.locale };
    return hasKind(input) ? analyze(input) : undefined;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** After a config file changed: every analysis may be stale. */
  reset(): void {
    this.configs.clear();
    this.cache.clear();
  }
}
