// Documents as the server knows them: text from the client, config from the host (the nearest
// `.customer-lens.yaml`, on disk or through the client), and one analysis per document version.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine, type Analysis, type Config, type ConceptMatcher } from '../engine';
import type { DocumentConfigs } from './configs';
import { DEFAULT_SETTINGS, RuleOverlays, type DocumentSettings } from './settings';

interface Cached {
  version: number;
  locale: string;
  rules: DocumentSettings['rules'];
  config: Config;
  analysis: Analysis;
}

export class Workspace {
  private readonly engine = createEngine();
  private readonly overlays = new RuleOverlays();
  private readonly cache = new Map<string, Cached>();

  constructor(
    public locale: string,
    readonly configs: DocumentConfigs,
  ) {}

  /** The heading matcher of the config the document's last analysis used (the defaults' before any). */
  matcherFor(uri: string): ConceptMatcher {
    return this.engine.matcherFor(this.cache.get(uri)?.config);
  }

  /** The analysis of an open document's current version, made once per version, locale and rule settings. */
  async analysisOf(doc: TextDocument, settings: DocumentSettings = DEFAULT_SETTINGS): Promise<Analysis> {
    const locale = this.localeOf(settings);
    const cached = this.cache.get(doc.uri);
    if (cached && cached.version === doc.version && cached.locale === locale && cached.rules === settings.rules) return cached.analysis;
    // Text and version are taken before the config is awaited: the analysis is of the version it is cached as.
    const { version, uri } = doc;
    const text = doc.getText();
    const found = await this.configs.forDocument(uri);
    const analysis = this.engine.analyze({ path: found.path, text, config: this.overlays.apply(found.config, settings.rules), locale });
    this.cache.set(uri, { version, locale, rules: settings.rules, config: found.config, analysis });
    return analysis;
  }

  /** Analyses a text that is not open (Check Workspace), uncached; undefined when it is neither a decision nor a spec. */
  async analyseText(uri: string, text: string, settings: DocumentSettings = DEFAULT_SETTINGS): Promise<Analysis | undefined> {
    const found = await this.configs.forDocument(uri);
    const input = { path: found.path, text, config: this.overlays.apply(found.config, settings.rules), locale: this.localeOf(settings) };
    return this.engine.hasKind(input) ? this.engine.analyze(input) : undefined;
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
