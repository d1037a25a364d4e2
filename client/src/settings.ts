// The settings only the extension reads (the server reads the others: server/src/lsp/settings.ts), with their
// defaults in one place; package.json declares the same, and a test keeps the two in step. Types only from
// vscode, so the tests load this file without VS Code.

import type { WorkspaceConfiguration } from 'vscode';

export interface ClientSettings {
  /** Show the active record's customer checklist in the status bar. */
  'statusBar.enable': boolean;
  /** Where New Decision Record writes, relative to the workspace folder; empty: the first usual folder found. */
  'newDecisionRecord.folder': string;
  /** A Markdown file New Decision Record fills in instead of the built-in record; empty: the built-in one. */
  'newDecisionRecord.template': string;
}

export const CLIENT_DEFAULTS: ClientSettings = {
  'statusBar.enable': true,
  'newDecisionRecord.folder': '',
  'newDecisionRecord.template': '',
};

/** The setting from `customerLens`'s configuration, or its default when unset or of another type. */
export function clientSetting<K extends keyof ClientSettings>(config: Pick<WorkspaceConfiguration, 'get'>, key: K): ClientSettings[K] {
  const value = config.get<unknown>(key);
  return typeof value === typeof CLIENT_DEFAULTS[key] ? (value as ClientSettings[K]) : CLIENT_DEFAULTS[key];
}
