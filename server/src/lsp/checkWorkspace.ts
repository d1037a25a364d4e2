// Check Workspace: the client sends the texts of files that are not open, in batches; each batch is checked in
// slices of a few milliseconds with a turn of the event loop between them, so that an open document's change
// or hover waits for one slice, not a whole batch, and the next batch keeps flowing in. Batches are answered
// in order.

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeError } from '../errors';
import { toDiagnostic } from './diagnostics';
import { slicer } from './nextTurn';
import type { CheckDocumentsParams, CheckDocumentsResult } from './protocol';
import type { Settings } from './settings';
import type { Workspace } from './workspace';

export class WorkspaceCheck {
  /** Files checked here and not open: closing one's tab re-checks it instead of clearing its findings. */
  readonly checkedUris = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly settings: Settings,
  ) {}

  /** Checks one batch after the batches before it. */
  enqueue(params: CheckDocumentsParams): Promise<CheckDocumentsResult> {
    const run = this.queue.then(() => this.check(params));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A tab closed: a file checked here keeps its findings, checked again as it was left; any other loses them. */
  closed(uri: string, text: string): void {
    if (!this.checkedUris.has(uri)) return void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    void this.settings
      .forFolderOf(uri)
      .then(async (settings) => {
        if (this.documents.get(uri)) return; // open again: its own check reports
        const analysis = await this.workspace.analyseText(uri, text, settings);
        if (this.documents.get(uri)) return;
        this.connection.sendDiagnostics({ uri, diagnostics: analysis ? analysis.findings.map(toDiagnostic) : [] });
      })
      .catch((e) => this.connection.console.error(`customer-lens: check failed for ${uri}: ${describeError(e)}`));
  }

  private async check(params: CheckDocumentsParams): Promise<CheckDocumentsResult> {
    let checked = 0;
    let findings = 0;
    const sent = Array.isArray(params?.documents) ? params.documents : [];
    const pause = slicer();
    for (let i = 0; i < sent.length; i++) {
      await pause();
      const { uri, text } = sent[i] ?? {};
      // Each text is let go once checked: a batch can carry a large part of a workspace.
      sent[i] = { uri, text: '' };
      if (typeof uri !== 'string' || typeof text !== 'string' || this.documents.get(uri)) continue;
      try {
        const analysis = await this.workspace.analyseText(uri, text, await this.settings.forFolderOf(uri));
        // Opened while its config was read: its own check reports. A persona card is no record: its findings
        // are shown, and it is not counted as checked.
        if ((!analysis?.kind && !analysis?.persona) || this.documents.get(uri)) continue;
        if (analysis.kind) checked++;
        findings += analysis.findings.length;
        this.checkedUris.add(uri);
        this.connection.sendDiagnostics({ uri, diagnostics: analysis.findings.map(toDiagnostic) });
      } catch (e) {
        // One file never ends the batch.
        this.connection.console.error(`customer-lens: check failed for ${uri}: ${describeError(e)}`);
      }
    }
    return { checked, findings };
  }
}
