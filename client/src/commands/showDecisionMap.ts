// Customer Lens: Show Decision Map. The same map as `customer-lens report`, in a webview: the server gives a row
// per record (open documents and the workspace files sent here, read through the editor's file system, so
// virtual workspaces work too); the map is drawn again as documents change. A click opens the record at the
// concept's heading, or at its title for a missing one. No git here: coverage over time is the CLI's.

import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { MAX_FILE_BYTES } from '../../../server/src/engine/config/defaults';
import { describeError } from '../../../server/src/errors';
import { buildMap, folderOf, type MapRecord } from '../../../server/src/report/model';
import { renderMap } from '../../../server/src/report/render';
import { conceptNames } from '../../../server/src/report/text';
import { ReadableFiles, type LocalLinks } from '../files';
import { DecisionMapRequest, send } from '../protocol';
import { enabledFor, EXCLUDE, INCLUDE, MAX_FILES, readForCheck } from './checkWorkspace';

const REFRESH_MS = 400;

function nonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The language the server words its messages in: the setting, else the editor's. */
function mapLanguage(): string {
  const chosen = vscode.workspace.getConfiguration('customerLens').get<string>('messagesLanguage', 'auto');
  return chosen && chosen !== 'auto' ? chosen : vscode.env.language;
}

/** One panel at a time; running the command again shows it. */
export class DecisionMapPanel implements vscode.Disposable {
  private static current: DecisionMapPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The texts of the workspace's records that are not open, read once and kept up to date by the watcher. */
  private files = new Map<string, string>();
  private rows: MapRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private rescan = true;

  static async show(client: BaseLanguageClient, output: vscode.LogOutputChannel, links?: LocalLinks): Promise<DecisionMapPanel> {
    if (DecisionMapPanel.current) {
      DecisionMapPanel.current.panel.reveal();
      return DecisionMapPanel.current;
    }
    const panel = vscode.window.createWebviewPanel('customer-lens.decisionMap', vscode.l10n.t('Decision Map'), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [],
    });
    const map = new DecisionMapPanel(panel, client, output, links);
    DecisionMapPanel.current = map;
    await map.refresh();
    return map;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly client: BaseLanguageClient,
    private readonly output: vscode.LogOutputChannel,
    private readonly links?: LocalLinks,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(INCLUDE);
    const changedOnDisk = () => {
      this.rescan = true;
      this.schedule();
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(changedOnDisk),
      watcher.onDidChange(changedOnDisk),
      watcher.onDidDelete(changedOnDisk),
      vscode.workspace.onDidChangeTextDocument(() => this.schedule()),
      vscode.workspace.onDidOpenTextDocument(() => this.schedule()),
      vscode.workspace.onDidCloseTextDocument(() => this.schedule()),
      panel.webview.onDidReceiveMessage((m: unknown) =>
        this.open(m).catch((e) => this.output.error(`The decision map could not open a record: ${describeError(e)}`)),
      ),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  async refresh(): Promise<void> {
    try {
      if (this.rescan) await this.scan();
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      const documents = [...this.files].filter(([uri]) => !open.has(uri)).map(([uri, text]) => ({ uri, text }));
      const rows = await send(this.client, DecisionMapRequest, { documents });
      this.rows = rows.map((r) => {
        const path = vscode.workspace.asRelativePath(vscode.Uri.parse(r.href ?? r.path), true);
        return { ...r, path, folder: folderOf(path) };
      });
      this.draw();
    } catch (e) {
      this.output.error(`The decision map failed: ${describeError(e)}`);
    }
  }

  private async scan(): Promise<void> {
    this.rescan = false;
    const uris = await vscode.workspace.findFiles(INCLUDE, EXCLUDE, MAX_FILES);
    if (uris.length === MAX_FILES) this.output.warn(`The decision map stopped at ${MAX_FILES} files; the rest are not on it.`);
    const readable = new ReadableFiles(MAX_FILE_BYTES, this.links);
    const files = new Map<string, string>();
    for (const uri of uris) {
      if (!enabledFor(uri)) continue;
      const read = await readForCheck(uri, readable, this.output);
      if (read) files.set(read.uri, read.text);
    }
    this.files = files;
  }

  private draw(): void {
    const today = new Date().toISOString().slice(0, 10);
    const sources = (vscode.workspace.workspaceFolders ?? []).map((f) => f.name);
    const map = buildMap({ records: this.rows, days: 90, today, sources });
    const editor = { nonce: nonce(), cspSource: this.panel.webview.cspSource };
    const locale = mapLanguage();
    this.panel.webview.html = renderMap(map, { conceptNames: conceptNames(locale), locale, editor, noHistory: vscode.l10n.t('the editor shows the map as it is now; run "customer-lens report" in a git repository for coverage over time.') });
  }

  /** A click in the map: only a record the map shows is opened, at the line it gave. */
  private async open(message: unknown): Promise<void> {
    const m = message as { command?: unknown; uri?: unknown; line?: unknown };
    if (m?.command !== 'open' || typeof m.uri !== 'string') return;
    if (!this.rows.some((r) => r.href === m.uri)) return;
    const line = Math.max(0, (typeof m.line === 'number' && Number.isInteger(m.line) ? m.line : 1) - 1);
    const position = new vscode.Position(line, 0);
    await vscode.window.showTextDocument(vscode.Uri.parse(m.uri), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.Beside });
  }

  private disposed = false;

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    DecisionMapPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

export async function showDecisionMap(client: BaseLanguageClient, output: vscode.LogOutputChannel, links?: LocalLinks): Promise<DecisionMapPanel | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the decision map shows the records of the workspace.'));
    return undefined;
  }
  try {
    return await DecisionMapPanel.show(client, output, links);
  } catch (e) {
    output.error(`The decision map failed: ${describeError(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('The decision map failed. See the Customer Lens output for details.'));
    return undefined;
  }
}
