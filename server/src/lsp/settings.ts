// The client's `customerLens.*` settings, fetched per resource and checked against their declared types
// (package.json declares the same; a test keeps them in step). A value of the wrong type is ignored: its
// default applies, and the output channel names it once.

import type { Connection } from 'vscode-languageserver';
import { INVALID_CONFIG, RULE_IDS, type Config } from '../engine';
import { SEVERITY_SETTINGS, type RuleSetting } from '../engine/config/defaults';

export const MESSAGE_LANGUAGES = ['auto', 'en', 'it', 'es', 'pl', 'de', 'fr', 'pt'] as const;
export const RUN_MODES = ['onType', 'onSave'] as const;
/** The rules a setting may name: every rule but invalid-config, which a config file cannot turn down either. */
export const SETTABLE_RULES: readonly string[] = RULE_IDS.filter((id) => id !== INVALID_CONFIG);

export interface DocumentSettings {
  enable: boolean;
  /** Language of messages: 'auto' follows the editor. */
  messagesLanguage: (typeof MESSAGE_LANGUAGES)[number];
  /** When an open document is checked: after each pause in typing, or when it is saved (and when opened). */
  run: (typeof RUN_MODES)[number];
  /** Severities per rule id, on top of the config file's: the setting wins for the rules it names. */
  rules: Readonly<Record<string, RuleSetting>>;
}

export const DEFAULT_SETTINGS: DocumentSettings = { enable: true, messagesLanguage: 'auto', run: 'onType', rules: {} };

type Declared =
  | { type: 'boolean' | 'string'; enum?: readonly string[] }
  | { type: 'object'; keys: readonly string[]; values: readonly string[] };

/** What each setting accepts, as package.json's `contributes.configuration` declares it. */
export const DECLARED: { [K in keyof DocumentSettings]: Declared } = {
  enable: { type: 'boolean' },
  messagesLanguage: { type: 'string', enum: MESSAGE_LANGUAGES },
  run: { type: 'string', enum: RUN_MODES },
  rules: { type: 'object', keys: SETTABLE_RULES, values: SEVERITY_SETTINGS },
};

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function accepts(declared: Declared, value: unknown): boolean {
  if (declared.type === 'object') return isObject(value);
  return typeof value === declared.type && (!declared.enum || declared.enum.includes(value as string));
}

/** The entries of an object setting that name a declared key and value; `warn` hears of each other one. */
function validEntries(key: string, declared: Extract<Declared, { type: 'object' }>, value: Record<string, unknown>, warn: Warn): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (declared.keys.includes(k) && typeof v === 'string' && declared.values.includes(v)) out[k] = v;
    else warn(`${key}.${k}`, v);
  }
  return out;
}

type Warn = (key: string, value: unknown) => void;

/** The settings a client sent, each of the right type or its default; `warn` hears of each other one. */
export function validSettings(value: unknown, warn: Warn): DocumentSettings {
  const settings: DocumentSettings = { ...DEFAULT_SETTINGS };
  if (!isObject(value)) return settings;
  for (const key of Object.keys(DECLARED) as (keyof DocumentSettings)[]) {
    const sent = Object.hasOwn(value, key) ? value[key] : undefined;
    if (sent === undefined || sent === null) continue;
    const declared = DECLARED[key];
    if (!accepts(declared, sent)) warn(key, sent);
    else if (declared.type === 'object') Object.assign(settings, { [key]: validEntries(key, declared, sent as Record<string, unknown>, warn) });
    else Object.assign(settings, { [key]: sent });
  }
  return settings;
}

/** "one of a, b", "a boolean": what a setting (or one entry of an object setting) must be. */
export function expected(key: string): string {
  const [name, entry] = key.split(/\.(.*)/s);
  const declared = DECLARED[name as keyof DocumentSettings] as Declared | undefined;
  if (!declared) return 'a known setting';
  if (declared.type === 'object') {
    if (entry === undefined) return 'an object';
    return declared.keys.includes(entry) ? `one of ${declared.values.join(', ')}` : `a rule id (${entry} is not one)`;
  }
  return declared.enum ? `one of ${declared.enum.join(', ')}` : `a ${declared.type}`;
}

/**
 * Each config with the editor's rule settings on top, made once per config object and rule settings: the
 * engine keeps its compiled globs and matcher per config object, so a new object per check would rebuild them.
 */
export class RuleOverlays {
  private readonly byConfig = new WeakMap<Config, Map<string, Config>>();

  apply(config: Config, rules: Readonly<Record<string, RuleSetting>>): Config {
    const ids = Object.keys(rules).sort();
    if (ids.length === 0) return config;
    const key = ids.map((id) => `${id}=${rules[id]}`).join(',');
    let derived = this.byConfig.get(config);
    if (!derived) this.byConfig.set(config, (derived = new Map()));
    let overlaid = derived.get(key);
    if (!overlaid) derived.set(key, (overlaid = { ...config, rules: { ...config.rules, ...rules } }));
    return overlaid;
  }
}

export class Settings {
  private readonly byUri = new Map<string, Promise<DocumentSettings>>();
  private readonly byFolder = new Map<string, Promise<DocumentSettings>>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly supported: () => boolean,
  ) {}

  /** An open document's settings. */
  for(uri: string): Promise<DocumentSettings> {
    return this.cached(this.byUri, uri, uri);
  }

  /**
   * A file's that is not open (Check Workspace): resource settings differ by workspace folder at most, so the
   * files of one folder share one request.
   */
  forFolderOf(uri: string): Promise<DocumentSettings> {
    return this.cached(this.byFolder, uri.slice(0, uri.lastIndexOf('/') + 1), uri);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
    this.byFolder.clear();
  }

  private cached(cache: Map<string, Promise<DocumentSettings>>, key: string, uri: string): Promise<DocumentSettings> {
    if (!this.supported()) return Promise.resolve(DEFAULT_SETTINGS);
    let s = cache.get(key);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'customerLens' })
        .then((v: unknown) => validSettings(v, (k, value) => this.warn(k, value)))
        .catch(() => DEFAULT_SETTINGS);
      cache.set(key, s);
    }
    return s;
  }

  private warn(key: string, value: unknown): void {
    const text = `customerLens.${key}: ${JSON.stringify(value)?.slice(0, 80) ?? String(value)}`;
    if (this.warned.has(text)) return;
    this.warned.add(text);
    const outcome = key.includes('.') ? 'the entry is left out' : 'the default applies';
    this.connection.console.warn(`customer-lens: ignoring the setting ${text}: it must be ${expected(key)}; ${outcome}.`);
  }
}
