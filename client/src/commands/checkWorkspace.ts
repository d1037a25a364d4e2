// Customer Lens: Check Workspace. Sends every Markdown and YAML file of the workspace to the server in
// batches, so records nobody has opened get their findings in the Problems panel too.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { MAX_FILE_BYTES } from '../../../server/src/engine/config/defaults';
import { ReadableFiles, type LocalLinks } from '../files';
import { ChecklistRequest, CheckDocumentsRequest, send, type CheckDocumentsParams } from '../protocol';
import { describeError } from '../../../server/src/errors';

/** The workspace's files that may be records, for Check Workspace and the decision map alike. */
export const INCLUDE = '**/*.{md,markdown,yaml,yml}';
export const EXCLUDE = '**/node_modules/**';
export const MAX_FILES = 20000;
const BATCH = 200;
/** Requests out at once: one being checked, one waiting its turn. */
const IN_FLIGHT = 2;
/** Files read at once: enough to hide latency, few enough not to flood a remote file system. */
const PARALLEL_READS = 16;

export interface CheckWorkspaceResult {
  checked: number;
  findings: number;
}

type CheckedDocument = CheckDocumentsParams['documents'][number];

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Whether Customer Lens is enabled for the file's folder (`customerLens.enable`). */
export const enabledFor = (uri: vscode.Uri) => vscode.workspace.getConfiguration('customerLens', uri).get<boolean>('enable', true);

/** Open documents are the server's already, with their unsaved text: count what it found in them. */
async function openRecords(client: LanguageClient, uris: Set<string>): Promise<CheckWorkspaceResult> {
  let checked = 0;
  let findings = 0;
  for (const doc of vscode.workspace.textDocuments) {
    const uri = doc.uri.toString();
    if (!uris.has(uri)) continue;
    const checklist = await send(client, ChecklistRequest, { uri });
    if (!checklist) continue;
    checked++;
    findings += vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'customer-lens').length;
  }
  return { checked, findings };
}

/**
 * Runs the command; its totals, or undefined when cancelled or failed. `links`: where a file: URI's links
 * lead, on the desktop; without it (the browser) links are not followed.
 */
export async function checkWorkspace(client: LanguageClient, output: vscode.LogOutputChannel, links?: LocalLinks): Promise<CheckWorkspaceResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: Check Workspace checks the files of the workspace.'));
    return undefined;
  }
  let result: CheckWorkspaceResult | undefined;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Customer Lens: checking the workspace'), cancellable: true },
      (progress, token) => checkAll(client, output, progress, token, links),
    );
  } catch (e) {
    output.error(`Check Workspace failed: ${describeError(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Check Workspace failed. See the Customer Lens output for details.'));
    return undefined;
  }
  if (!result) return undefined;
  void vscode.commands.executeCommand('workbench.actions.view.problems');
  // Not awaited: the message stays until dismissed, and the command is done before that.
  void vscode.window.showInformationMessage(vscode.l10n.t('Checked {0} decision records and specs: {1} findings', result.checked, result.findings));
  return result;
}

async function checkAll(
  client: LanguageClient,
  output: vscode.LogOutputChannel,
  progress: vscode.Progress<{ message?: string; increment?: number }>,
  token: vscode.CancellationToken,
  links: LocalLinks | undefined,
): Promise<CheckWorkspaceResult | undefined> {
  const files = (await vscode.workspace.findFiles(INCLUDE, EXCLUDE, MAX_FILES, token)).filter(enabledFor);
  if (files.length === MAX_FILES) output.warn(`Check Workspace stopped at ${MAX_FILES} files; the rest were not checked.`);
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  const total = { checked: 0, findings: 0 };
  const readable = new ReadableFiles(MAX_FILE_BYTES, links);
  // Up to IN_FLIGHT requests out at once: the server checks one batch while the next is read and sent, and
  // never waits for the extension between batches. It answers them in order.
  const pending: Promise<void>[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    if (token.isCancellationRequested) break;
    const batch = files.slice(i, i + BATCH);
    const documents = await mapLimited(
      batch.filter((uri) => !open.has(uri.toString())),
      PARALLEL_READS,
      (uri) => readForCheck(uri, readable, output),
    );
    const sent = documents.filter((d): d is CheckedDocument => d !== undefined);
    if (token.isCancellationRequested) break;
    if (pending.length >= IN_FLIGHT) await pending.shift();
    const done = i + batch.length;
    const request = send(client, CheckDocumentsRequest, { documents: sent }).then((result) => {
      total.checked += result.checked;
      total.findings += result.findings;
      progress.report({ increment: (100 * batch.length) / files.length, message: `${done}/${files.length}` });
    });
    // Handled here for the time it waits in the list; awaiting it below still throws its error.
    request.catch(() => undefined);
    pending.push(request);
  }
  // Every request is waited for, cancelled or not, so that a failure is reported and never left unhandled.
  await Promise.all(pending);
  if (token.isCancellationRequested) return undefined;
  const fromOpen = await openRecords(client, new Set(files.map((f) => f.toString())));
  return { checked: total.checked + fromOpen.checked, findings: total.findings + fromOpen.findings };
}

/** One file's text, or undefined with one line in the output: a file that cannot be read never ends the run. */
export async function readForCheck(uri: vscode.Uri, readable: ReadableFiles, output: vscode.LogOutputChannel): Promise<CheckedDocument | undefined> {
  try {
    // Only a regular file, inside its workspace folder, within the limit, is read (a FIFO would block the read).
    const why = await readable.whyNot(uri);
    if (why) {
      output.warn(`Check Workspace skipped ${uri.toString()}: ${why}.`);
      return undefined;
    }
    const bytes = await vscode.workspace.fs.readFile(uri);
    // The size stat gave is checked again on what was read.
    if (bytes.byteLength > MAX_FILE_BYTES) {
      output.warn(`Check Workspace skipped ${uri.toString()}: larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB.`);
      return undefined;
    }
    return { uri: uri.toString(), text: new TextDecoder().decode(bytes) };
  } catch (e) {
    output.error(`Check Workspace could not read ${uri.toString()}: ${describeError(e)}`);
    return undefined;
  }
}
