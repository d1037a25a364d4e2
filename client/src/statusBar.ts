// The status bar's customer checklist for the active decision record or spec: "3/7 customer sections", each
// concept's state in the tooltip. Hidden for every other document, and when `customerLens.statusBar.enable` is
// off; a click opens the Problems panel.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { catalogFor } from '../../server/src/engine/l10n';
import { describeError } from '../../server/src/errors';
import { ChecklistRequest, send, type Checklist, type ChecklistItem } from './protocol';
import { clientSetting } from './settings';

const REFRESH_DELAY_MS = 100;
/** Codicons rather than emoji: they follow the theme and render in every font. */
const MARK: Record<ChecklistItem['state'] | 'not-required', string> = { present: '$(pass)', hollow: '$(warning)', missing: '$(error)', 'not-required': '$(dash)' };

export function checklistTooltip(checklist: Checklist, locale: string): vscode.MarkdownString {
  const ui = catalogFor(locale).ui;
  const kind = checklist.kind === 'spec' ? ui.spec : ui.decision;
  const lines = [`**${ui.checklist}** · ${kind} · ${ui.status}: ${checklist.status}`, ''];
  for (const item of checklist.items) {
    const state = !item.required && item.state === 'missing' ? `${MARK['not-required']} ${item.heading}: ${ui.notRequired}` : `${MARK[item.state]} ${item.heading}: ${ui[item.state]}`;
    lines.push(`- ${state}`);
  }
  lines.push('', vscode.l10n.t('Click to open the Problems panel.'));
  return new vscode.MarkdownString(lines.join('\n'), true);
}

export class ChecklistStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('customerLens.checklist', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every refresh, so an answer about a document no longer shown is dropped. */
  private generation = 0;

  constructor(
    private readonly client: LanguageClient,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.item.name = vscode.l10n.t('Customer Lens checklist');
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('customerLens.statusBar')) this.schedule(0);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const shown = vscode.window.activeTextEditor?.document.uri.toString();
        if (shown && e.uris.some((u) => u.toString() === shown)) this.schedule(REFRESH_DELAY_MS);
      }),
      // isRunning() and not State: the enum would bring vscode-languageclient into the extension's own bundle.
      client.onDidChangeState(() => {
        if (client.isRunning()) this.schedule(0);
        else this.item.hide();
      }),
    );
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    const shown = doc && clientSetting(vscode.workspace.getConfiguration('customerLens', doc.uri), 'statusBar.enable');
    if (!doc || !shown || (doc.languageId !== 'markdown' && doc.languageId !== 'yaml') || !this.client.isRunning()) {
      this.item.hide();
      return;
    }
    let checklist: Checklist | null;
    try {
      checklist = await send(this.client, ChecklistRequest, { uri: doc.uri.toString() });
    } catch (e) {
      if (this.client.isRunning()) this.output.warn(`Customer checklist failed for ${doc.uri.toString()}: ${describeError(e)}`);
      checklist = null;
    }
    if (generation !== this.generation) return;
    if (!checklist) {
      this.item.hide();
      return;
    }
    this.item.text = `$(checklist) ${vscode.l10n.t('{0}/{1} customer sections', checklist.present, checklist.required)}`;
    this.item.tooltip = checklistTooltip(checklist, vscode.env.language);
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
