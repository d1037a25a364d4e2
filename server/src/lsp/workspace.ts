// Documents as the server knows them: text from the client, config from the nearest `.customer-lens.yaml`
// on disk when the document's path has one, and one analysis per document version.

import { existsSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine, DEFAULT_INCLUDE, defaultConfig, type Analysis, type ConceptMatcher, type PersonaFacts } from '../engine';
import { ConfigFinder, type ConfigFile } from '../node/configFiles';
import type { IndexGlobs, PersonaIndex } from './personaIndex';
import { DEFAULT_SETTINGS, RuleOverlays, type DocumentSettings } from './settings';

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
  private readonly engine = createEngine();
  private readonly defaults: ConfigFile = { config: defaultConfig(), findings: [] };
  private readonly overlays = new RuleOverlays();
  private readonly cache = new Map<string, { version: number; locale: string; rules: DocumentSettings['rules']; personas: number; analysis: Analysis }>();
  /** The workspace's persona cards and references, when the server keeps an index. */
  personas?: PersonaIndex;
  /** Run before each analysis: brings the persona index up to the open documents' text. */
  beforeAnalysis: () => void = () => undefined;

  constructor(public locale: string) {}

  configFor(uri: string): ConfigFile {
    const path = pathOf(uri);
    return path ? this.configs.forFile(path) : this.defaults;
  }

  matcherFor(uri: string): ConceptMatcher {
    return this.engine.matcherFor(this.configFor(uri).config);
  }

  /** The analysis of an open document's current version, made once per version, locale and rule settings. */
  analysisOf(doc: TextDocument, settings: DocumentSettings = DEFAULT_SETTINGS): Analysis {
    const locale = this.localeOf(settings);
    this.beforeAnalysis();
    const cached = this.cache.get(doc.uri);
    const personas = this.personas?.generation ?? 0;
    if (cached && cached.version === doc.version && cached.locale === locale && cached.rules === settings.rules && cached.personas === personas) return cached.analysis;
    const config = this.configFor(doc.uri);
    const personaDirectory = this.personas?.directoryFor(doc.uri);
    const analysis = this.engine.analyze({ path: globPathOf(doc.uri, config), text: doc.getText(), config: this.overlays.apply(config.config, settings.rules), locale, personaDirectory });
    this.cache.set(doc.uri, { version: doc.version, locale, rules: settings.rules, personas, analysis });
    return analysis;
  }

  /** Analyses a text that is not open (Check Workspace), uncached; undefined when it is neither a decision nor a spec. */
  analyseText(uri: string, text: string, settings: DocumentSettings = DEFAULT_SETTINGS): Analysis | undefined {
    const config = this.configFor(uri);
    const locale = this.localeOf(settings);
    const input = { path: globPathOf(uri, config), text, config: this.overlays.apply(config.config, settings.rules), locale, personaDirectory: this.personas?.directoryFor(uri) };
    return this.engine.hasKind(input) ? this.engine.analyze(input) : undefined;
  }

  /** What the persona index keeps of a file: its kind, its card, its references. */
  personaFacts(uri: string, text: string): PersonaFacts {
    const config = this.configFor(uri);
    return this.engine.personaFacts({ path: globPathOf(uri, config), text, config: config.config });
  }

  /** The globs of every kind, the defaults' and the config's of each workspace folder: what the index reads. */
  indexGlobs(folders: readonly string[]): IndexGlobs {
    const cards = new Set<string>(DEFAULT_INCLUDE.persona);
    const records = new Set<string>([...DEFAULT_INCLUDE.decision, ...DEFAULT_INCLUDE.spec]);
    for (const folder of folders) {
      const kinds = this.configFor(`${folder.replace(/\/$/, '')}/.customer-lens.yaml`).config.kinds;
      for (const g of kinds.persona?.include ?? []) cards.add(g);
      for (const g of [...kinds.decision.include, ...kinds.spec.include]) records.add(g);
    }
    return { cards: [...cards], records: [...records] };
  }

  /** The language of messages the settings ask for. */
  localeOf(settings: DocumentSettings): string {
    return settings.messagesLanguage === 'auto' ? this.locale : settings.messagesLanguage;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** After a config file or the settings changed: every analysis may be stale. */
  reset(): void {
    this.configs.clear();
    this.cache.clear();
  }
}
