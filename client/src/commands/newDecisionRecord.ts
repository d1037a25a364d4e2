// Customer Lens: New Decision Record. Finds the decisions folder (the folder clicked in the Explorer, the
// `newDecisionRecord.folder` setting, or the first usual one), asks for a title and a language, and writes the
// next numbered record with every customer section, or the `newDecisionRecord.template` file filled in. Never
// overwrites: a taken number moves on to the next.

import * as vscode from 'vscode';
import { describeError } from '../../../server/src/errors';
import { DECISION_FOLDERS, DEFAULT_DECISION_FOLDER, decisionRecordText, fileNameOf, fillTemplate, folderSegments, nextNumber } from '../decisionRecord';
import { exists, isFolder } from '../files';
import { clientSetting } from '../settings';
import { askLine, pickLanguage } from './prompts';

/** Templates larger than this are not read: a record template is a page or two. */
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** The folder of the active editor's workspace folder, else the only one, else the one the user picks. */
export async function targetWorkspaceFolder(placeHolder: string): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const active = vscode.window.activeTextEditor?.document.uri;
  const own = active && vscode.workspace.getWorkspaceFolder(active);
  if (own) return own;
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder });
}

export async function decisionsFolder(root: vscode.Uri): Promise<vscode.Uri> {
  for (const path of DECISION_FOLDERS) {
    const candidate = vscode.Uri.joinPath(root, path);
    if (await isFolder(candidate)) return candidate;
  }
  return vscode.Uri.joinPath(root, DEFAULT_DECISION_FOLDER);
}

/** The folder the setting names, or the usual one; undefined (and the user told) when the setting leaves the workspace. */
async function configuredFolder(workspaceFolder: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
  const setting = clientSetting(vscode.workspace.getConfiguration('customerLens', workspaceFolder.uri), 'newDecisionRecord.folder');
  if (!setting.trim()) return decisionsFolder(workspaceFolder.uri);
  const segments = folderSegments(setting);
  if (segments) return vscode.Uri.joinPath(workspaceFolder.uri, ...segments);
  void vscode.window.showErrorMessage(
    vscode.l10n.t('The setting customerLens.newDecisionRecord.folder must name a folder inside the workspace, such as docs/decisions.'),
  );
  return undefined;
}

/** The template's text; undefined when none is set. Throws when it is set but cannot be read. */
async function templateText(workspaceFolder: vscode.WorkspaceFolder): Promise<string | undefined> {
  // In Restricted Mode VS Code leaves out this setting's workspace value (package.json: restrictedConfigurations).
  const setting = clientSetting(vscode.workspace.getConfiguration('customerLens', workspaceFolder.uri), 'newDecisionRecord.template').trim();
  if (!setting) return undefined;
  const absolute = setting.startsWith('/') || /^[a-z]:[\\/]/i.test(setting);
  const uri = absolute ? vscode.Uri.file(setting) : vscode.Uri.joinPath(workspaceFolder.uri, ...setting.replace(/\\/g, '/').split('/'));
  const stat = await vscode.workspace.fs.stat(uri);
  if ((stat.type & vscode.FileType.File) === 0) throw new Error(`the template ${uri.toString()} is not a file`);
  if (stat.size > MAX_TEMPLATE_BYTES) throw new Error(`the template ${uri.toString()} is larger than 1 MB`);
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Runs the command; the new record's URI, or undefined when the user cancelled. `here`: the folder the
 * Explorer's "New Decision Record Here" was run on.
 */
export async function newDecisionRecord(output: vscode.LogOutputChannel, here?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const workspaceFolder = here ? vscode.workspace.getWorkspaceFolder(here) : await targetWorkspaceFolder(vscode.l10n.t('Where should the decision record go?'));
  if (!workspaceFolder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: decision records are written into the workspace.'));
    return undefined;
  }
  const folder = here ?? (await configuredFolder(workspaceFolder));
  if (!folder) return undefined;
  let template: string | undefined;
  try {
    template = await templateText(workspaceFolder);
  } catch (e) {
    output.error(`New Decision Record could not read its template: ${describeError(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not read the decision record template. See the Customer Lens output for details.'));
    return undefined;
  }
  const title = await askLine(
    { title: vscode.l10n.t('New decision record'), prompt: vscode.l10n.t('Title of the decision'), placeHolder: vscode.l10n.t('e.g. Offer annual billing to small shops') },
    (value) => (value.trim() ? undefined : vscode.l10n.t('The title cannot be empty.')),
  );
  if (title === undefined) return undefined;
  // A template is written in its own language; the built-in record is written in the one picked.
  const language = template === undefined ? await pickLanguage(vscode.l10n.t('Language of the decision record')) : undefined;
  if (template === undefined && !language) return undefined;

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
    const date = new Date();
    const text = template === undefined ? decisionRecordText({ number, title, language: language ?? 'en', date }) : fillTemplate(template, { number, title, date });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (e) {
    output.error(`New Decision Record failed for ${(target ?? folder).toString()}: ${describeError(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the decision record. See the Customer Lens output for details.'));
    return undefined;
  }
  await vscode.window.showTextDocument(target);
  return target;
}
