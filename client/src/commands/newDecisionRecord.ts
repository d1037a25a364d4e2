// Customer Lens: New Decision Record. Finds the decisions folder, asks for a title and a language, and writes
// the next numbered record with every customer section. Never overwrites: a taken number moves on to the next.

import * as vscode from 'vscode';
import { LANGUAGES, type LanguageCode } from '../../../server/src/engine/types';
import {
  DECISION_FOLDERS, DEFAULT_DECISION_FOLDER, decisionRecordText, defaultRecordLanguage, fileNameOf, LANGUAGE_NAMES, nextNumber,
} from '../decisionRecord';
import { exists, isFolder } from '../files';

interface LanguageItem extends vscode.QuickPickItem {
  code: LanguageCode;
}

/** The folder of the active editor's workspace folder, else the only one, else the one the user picks. */
async function targetWorkspaceFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const own = active && vscode.workspace.getWorkspaceFolder(active);
  if (own) return own;
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Where should the decision record go?') });
}

export async function decisionsFolder(root: vscode.Uri): Promise<vscode.Uri> {
  for (const path of DECISION_FOLDERS) {
    const candidate = vscode.Uri.joinPath(root, path);
    if (await isFolder(candidate)) return candidate;
  }
  return vscode.Uri.joinPath(root, DEFAULT_DECISION_FOLDER);
}

async function pickLanguage(): Promise<LanguageCode | undefined> {
  const display = vscode.env.language.slice(0, 2).toLowerCase();
  const preferred = defaultRecordLanguage(vscode.env.language);
  const items: LanguageItem[] = [preferred, ...LANGUAGES.filter((l) => l !== preferred)].map((code) => ({
    code,
    label: LANGUAGE_NAMES[code],
    description: code === display ? vscode.l10n.t('VS Code display language') : undefined,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Language of the decision record') });
  return picked?.code;
}

/** Runs the command; the new record's URI, or undefined when the user cancelled. */
export async function newDecisionRecord(output: vscode.LogOutputChannel): Promise<vscode.Uri | undefined> {
  const workspaceFolder = await targetWorkspaceFolder();
  if (!workspaceFolder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: decision records are written into the workspace.'));
    return undefined;
  }
  const title = await vscode.window.showInputBox({
    title: vscode.l10n.t('New decision record'),
    prompt: vscode.l10n.t('Title of the decision'),
    placeHolder: vscode.l10n.t('e.g. Offer annual billing to small shops'),
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('The title cannot be empty.')),
  });
  if (!title?.trim()) return undefined;
  const language = await pickLanguage();
  if (!language) return undefined;

  const folder = await decisionsFolder(workspaceFolder.uri);
  let target: vscode.Uri | undefined;
  try {
    await vscode.workspace.fs.createDirectory(folder);
    const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
    let number = nextNumber(names);
    target = vscode.Uri.joinPath(folder, fileNameOf(number, title));
    // The listing may be stale or miss a file another tool just wrote: check the very name before writing.
    while (await exists(target)) {
      number++;
      target = vscode.Uri.joinPath(folder, fileNameOf(number, title));
    }
    const text = decisionRecordText({ number, title, language, date: new Date() });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (e) {
    output.error(`New Decision Record failed for ${(target ?? folder).toString()}: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the decision record. See the Customer Lens output for details.'));
    return undefined;
  }
  await vscode.window.showTextDocument(target);
  return target;
}
