// The client's `customerLens.*` settings, fetched per resource and checked against their declared types
// (package.json declares the same; a test keeps them in step). A value of the wrong type is ignored: its
// default applies, and the output channel names it once.

import type { Connection } from 'vscode-languageserver';

export const MESSAGE_LANGUAGES = ['auto', 'en', 'it', 'es', 'pl', 'de', 'fr', 'pt'] as const;

export interface DocumentSettings {
  enable: boolean;
  /** Language of messages: 'auto' follows the editor. */
  messagesLanguage: (typeof MESSAGE_LANGUAGES)[number];
}

export const DEFAULT_SETTINGS: DocumentSettings = { enable: true, messagesLanguage: 'auto' };

/** What each setting accepts, as package.json's `contributes.configuration` declares it. */
export const DECLARED: { [K in keyof DocumentSettings]: { type: 'boolean' | 'string'; enum?: readonly string[] } } = {
  enable: { type: 'boolean' },
  messagesLanguage: { type: 'string', enum: MESSAGE_LANGUAGES },
};

function accepts(key: keyof DocumentSettings, value: unknown): boolean {
  const declared = DECLARED[key];
  return typeof value === declared.type && (!declared.enum || declared.enum.includes(value as string));
}

/** The settings a client sent, each of the right type or its default; `warn` hears of each other one. */
export function validSettings(value: unknown, warn: (key: string, value: unknown) => void): DocumentSettings {
  const settings: DocumentSettings = { ...DEFAULT_SETTINGS };
  if (value === null || typeof value !== 'object') return settings;
  const sent = value as Record<string, unknown>;
  for (const key of Object.keys(DECLARED) as (keyof DocumentSettings)[]) {
    if (!Object.hasOwn(sent, key) || sent[key] === undefined || sent[key] === null) continue;
    if (accepts(key, sent[key])) Object.assign(settings, { [key]: sent[key] });
    else warn(key, sent[key]);
  }
  return settings;
}

export class Settings {
  private readonly byUri = new Map<string, Promise<DocumentSettings>>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly supported: () => boolean,
  ) {}

  for(uri: string): Promise<DocumentSettings> {
    if (!this.supported()) return Promise.resolve(DEFAULT_SETTINGS);
    let s = this.byUri.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'customerLens' })
        .then((v: unknown) => validSettings(v, (key, value) => this.warn(key, value)))
        .catch(() => DEFAULT_SETTINGS);
      this.byUri.set(uri, s);
    }
    return s;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }

  private warn(key: string, value: unknown): void {
    const text = `customerLens.${key}: ${JSON.stringify(value)?.slice(0, 80) ?? String(value)}`;
    if (this.warned.has(text)) return;
    this.warned.add(text);
    const expected = DECLARED[key as keyof DocumentSettings];
    const allowed = expected.enum ? `one of ${expected.enum.join(', ')}` : `a ${expected.type}`;
    this.connection.console.warn(`customer-lens: ignoring the setting ${text}: it must be ${allowed}; the default applies.`);
  }
}
