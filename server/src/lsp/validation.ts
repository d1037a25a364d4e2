// Diagnostics as the user types, or as they save (`customerLens.run`): each open document is checked when
// opened, then once per version after a pause in typing (onType) or when saved (onSave), and a result for a
// version that is no longer current is dropped. A burst of configuration or file-watch notifications re-checks
// each open document once, after the burst.

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES, loadConfig, RULE_IDS, type Finding } from '../engine';
import { describeError } from '../errors';
import { toDiagnostic } from './diagnostics';
import { afterMessages } from './nextTurn';
import type { DocumentSettings, Settings } from './settings';
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
  return CONFIG_FILE_NAMES.includes(path.slice(path.lastIndexOf('/') + 1));
}

/**
 * What asks for a check: a change waits for onType, a save for onSave; anything else (an open, a persona card's
 * change, new settings) is checked whatever the mode.
 */
type Trigger = 'change' | 'save' | 'always';
/** Which check wins when one is rescheduled: a check on save, or one checked always, does what a check on change would, and more. */
const TRIGGER_RANK: Record<Trigger, number> = { change: 0, save: 1, always: 2 };

export class Validation {
  private readonly timers = new Map<string, () => void>();
  /** The version last published per document, so that a save in onType mode publishes nothing new. */
  private readonly published = new Map<string, number>();
  /** The trigger of each pending check. */
  private readonly triggers = new Map<string, Trigger>();
  private burst: { timer: ReturnType<typeof setTimeout>; started: number } | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly settings: Settings,
    private readonly log: (message: string) => void,
  ) {}

  /** Checks the document after `delay` ms, or after the messages already read when it is 0. */
  schedule(uri: string, delay: number, trigger: Trigger = 'always'): void {
    // A pending check on save, or one checked always, is not downgraded by a keystroke: in onSave mode a change check does nothing.
    const pending = this.triggers.get(uri);
    if (pending !== undefined && this.timers.has(uri) && TRIGGER_RANK[pending] > TRIGGER_RANK[trigger]) trigger = pending;
    this.triggers.set(uri, trigger);
    this.stopTimer(uri);
    const run = () => {
      this.timers.delete(uri);
      this.triggers.delete(uri);
      this.validate(uri, trigger).catch((e) => this.log(`customer-lens: check failed for ${uri}: ${describeError(e)}`));
    };
    if (delay > 0) {
      const timer = setTimeout(run, delay);
      this.timers.set(uri, () => clearTimeout(timer));
    } else {
      this.timers.set(uri, afterMessages(run));
    }
  }

  /** The document changed: checked after `delay` ms when its settings say onType. */
  changed(uri: string, delay: number): void {
    this.schedule(uri, delay, 'change');
  }

  /** The document was saved: checked now when its settings say onSave, or when a change still waits. */
  saved(uri: string): void {
    this.schedule(uri, 0, 'save');
  }

  /** The document was closed: nothing of it is checked any more. */
  cancel(uri: string): void {
    this.stopTimer(uri);
    this.triggers.delete(uri);
    this.published.delete(uri);
  }

  private stopTimer(uri: string): void {
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

  private async validate(uri: string, trigger: Trigger): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await this.settings.for(uri);
    const current = this.documents.get(uri);
    if (!current || current.version !== version) return; // a newer version is on its way
    if (trigger === 'change' && settings.run === 'onSave') return;
    if (trigger === 'save' && this.published.get(uri) === version) return; // checked already, as typed
    const findings = await this.findingsOf(current, settings);
    if (this.documents.get(uri)?.version !== version) return; // changed while its config was read
    this.published.set(uri, version);
    this.connection.sendDiagnostics({ uri, version, diagnostics: findings.map(toDiagnostic) });
  }

  /** A config file's own problems; a record's findings, unless checking is off for it. */
  private async findingsOf(doc: TextDocument, settings: DocumentSettings): Promise<Finding[]> {
    if (isConfigUri(doc.uri)) return loadConfig(doc.getText(), RULE_IDS, this.workspace.localeOf(settings)).findings;
    return settings.enable ? (await this.workspace.analysisOf(doc, settings)).findings : [];
  }
}
