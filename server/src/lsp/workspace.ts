// Documents as the server knows them: text from the client, config from the host (the nearest
// `.customer-lens.yaml`, on disk or through the client), and one analysis per document version.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine, DEFAULT_INCLUDE, defaultConfig, type Analysis, type PersonaFacts } from '../engine';
import { uriPath, type DocumentConfig, type DocumentConfigs } from './configs';
import type { IndexGlobs, PersonaIndex } from './personaIndex';
import { DEFAULT_SETTINGS, RuleOverlays, type DocumentSettings } from './settings';

interface Cached {
  version: number;
  locale: string;
  rules: DocumentSettings['rules'];
  /** The persona index's generation the analysis saw: a card added or renamed makes it stale. */
  personas: number;
  analysis: Analysis;
}

export class Workspace {
  private readonly engine = createEngine();
  private readonly overlays = new RuleOverlays();
  private readonly cache = new Map<string, Cached>();
  /** The workspace's persona cards and references, when the server keeps an index. */
  personas?: PersonaIndex;
  /** Run before each analysis: brings the persona index up to the open documents' text. */
  beforeAnalysis: () => void = () => undefined;

  constructor(
    public locale: string,
    readonly configs: DocumentConfigs,
  ) {}

  /** The analysis of an open document's current version, made once per version, locale and rule settings. */
  async analysisOf(doc: TextDocument, settings: DocumentSettings = DEFAULT_SETTINGS): Promise<Analysis> {
    const locale = this.localeOf(settings);
    this.beforeAnalysis();
    const cached = this.cache.get(doc.uri);
    const personas = this.personas?.generation ?? 0;
    if (cached && cached.version === doc.version && cached.locale === locale && cached.rules === settings.rules && cached.personas === personas) return cached.analysis;
    // Text and version are taken before the config is awaited: the analysis is of the version it is cached as.
    const { version, uri } = doc;
    const text = doc.getText();
    const found = await this.configs.forDocument(uri);
    const personaDirectory = this.personas?.directoryFor(uri);
    const analysis = this.engine.analyze({ path: found.path, text, config: this.overlays.apply(found.config, settings.rules), locale, personaDirectory });
    this.cache.set(uri, { version, locale, rules: settings.rules, personas, analysis });
    return analysis;
  }

  /** Analyses a text that is not open (Check Workspace), uncached; undefined when it is no record and no persona card. */
  async analyseText(uri: string, text: string, settings: DocumentSettings = DEFAULT_SETTINGS): Promise<Analysis | undefined> {
    const found = await this.configs.forDocument(uri);
    const input = { path: found.path, text, config: this.overlays.apply(found.config, settings.rules), locale: this.localeOf(settings), personaDirectory: this.personas?.directoryFor(uri) };
    return this.engine.hasKind(input) ? this.engine.analyze(input) : undefined;
  }

  /** What the persona index keeps of a file: its kind, its card, its references. */
  personaFacts(uri: string, text: string): PersonaFacts {
    const { config, path } = this.knownConfig(uri);
    return this.engine.personaFacts({ path, text, config });
  }

  /**
   * The config of `uri` when the host has it at hand (the disk's lookup always does; the index settles a file's
   * config before it reads the file). An open document's edit read before its config has come gives the
   * defaults until the document is read again.
   */
  private knownConfig(uri: string): DocumentConfig {
    const found = this.configs.forDocument(uri);
    if (!(found instanceof Promise)) return found;
    found.catch(() => undefined);
    return { config: defaultConfig(), path: uriPath(uri) };
  }

  /** Resolves once the config of `uri` is at hand (read through the client in the browser): then personaFacts uses it. */
  async settleConfig(uri: string): Promise<void> {
    await this.configs.forDocument(uri);
  }

  /** The globs of every kind, the defaults' and the config's of each workspace folder: what the index reads. */
  async indexGlobs(folders: readonly string[]): Promise<IndexGlobs> {
    const cards = new Set<string>(DEFAULT_INCLUDE.persona);
    const records = new Set<string>([...DEFAULT_INCLUDE.decision, ...DEFAULT_INCLUDE.spec]);
    for (const folder of folders) {
      const kinds = (await this.configs.forDocument(`${folder.replace(/\/$/, '')}/.customer-lens.yaml`)).config.kinds;
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
