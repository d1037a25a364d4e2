// Diagnostics as the user types: each open document is checked once per version, after a pause, and a result
// for a version that is no longer current is dropped. A burst of configuration or file-watch notifications
// re-checks each open document once, after the burst.

import { basename } from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES, loadConfig, RULE_IDS } from '../engine';
import { toDiagnostic } from './diagnostics';
import type { Settings } from './settings';
import type { Workspace } from './workspace';

/** How long a burst of notifications may go on before the re-check runs anyway. */
const BURST_MAX_MS = 2000;
/** The quiet time that ends a burst. */
const BURST_QUIET_MS = 200;

export function isConfigUri(uri: string): boolean {
  let path = uri.split('?')[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // Malformed percent-encoding (`100%.md`): the name as written.
  }
  return CONFIG_FILE_NAMES.includes(basename(path));
}

export class Validation {
  private readonly timers = new Map<string, () => void>();
  private burst: { timer: NodeJS.Timeout; started: number } | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly settings: Settings,
    private readonly log: (message: string) => void,
  ) {}

  /** Checks the document after `delay` ms, or after the messages already read when it is 0. */
  schedule(uri: string, delay: number): void {
    this.cancel(uri);
    const run = () => {
      this.timers.delete(uri);
      this.validate(uri).catch((e) => this.log(`customer-lens: check failed for ${uri}: ${e instanceof Error ? e.message : String(e)}`));
    };
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      this.timers.set(uri, () => clearTimeout(timer));
    } else {
      const immediate = setImmediate(run);
      this.timers.set(uri, () => clearImmediate(immediate));
    }
  }

  cancel(uri: string): void {
    this.timers.get(uri)?.();
    this.timers.delete(uri);
  }

  /** After a change of settings, configs or folders: forget what was read, and re-check every open document once per burst. */
  revalidateAll(): void {
    const now = Date.now();
    const started = this.burst?.started ?? now;
    if (this.burst) clearTimeout(this.burst.timer);
    const wait = Math.max(0, Math.min(BURST_QUIET_MS, started + BURST_MAX_MS - now));
    this.burst = {
      started,
      timer: setTimeout(() => {
        this.burst = undefined;
        this.settings.clear();
        this.workspace.reset();
        for (const d of this.documents.all()) this.schedule(d.uri, 0);
      }, wait),
    };
  }

  private async validate(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await this.settings.for(uri);
    const current = this.documents.get(uri);
    if (!current || current.version !== version) return; // a newer version is on its way
    if (isConfigUri(uri)) {
      const locale = settings.messagesLanguage === 'auto' ? this.workspace.locale : settings.messagesLanguage;
      const findings = loadConfig(current.getText(), RULE_IDS, locale).findings;
      this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map(toDiagnostic) });
      return;
    }
    const diagnostics = settings.enable ? this.workspace.analysisOf(current, settings).findings.map(toDiagnostic) : [];
    this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
