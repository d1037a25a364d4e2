// Customer Lens: New Persona. Asks for the persona's id, name and language, and writes a card with its
// segment, jobs to be done, pains, gains, quotes and empathy map beside the workspace's other cards (else
// in docs/personas). Never overwrites: an id whose card exists is refused.

import * as vscode from 'vscode';
import { isPersonaId } from '../../../server/src/engine/personas/directory';
import { personaCardText } from '../../../server/src/engine/personas/template';
import { describeError } from '../../../server/src/errors';
import { exists } from '../files';
import { targetWorkspaceFolder } from './newDecisionRecord';
import { askLine, pickLanguage } from './prompts';

export const DEFAULT_PERSONA_FOLDER = 'docs/personas';

/** The folder of the workspace folder's first persona card, else docs/personas. */
async function personasFolder(root: vscode.WorkspaceFolder): Promise<vscode.Uri> {
  const [card] = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/personas/**/*.{md,markdown,yaml,yml}'), '**/node_modules/**', 1);
  return card ? vscode.Uri.joinPath(card, '..') : vscode.Uri.joinPath(root.uri, ...DEFAULT_PERSONA_FOLDER.split('/'));
}

/** Runs the command; the new card's URI, or undefined when the user cancelled or the card exists. */
export async function newPersona(output: vscode.LogOutputChannel): Promise<vscode.Uri | undefined> {
  const workspaceFolder = await targetWorkspaceFolder(vscode.l10n.t('Where should the persona card go?'));
  if (!workspaceFolder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: persona cards are written into the workspace.'));
    return undefined;
  }
  const id = await askLine(
    { title: vscode.l10n.t('New persona'), prompt: vscode.l10n.t('Id of the persona, as records will name it under customers:'), placeHolder: vscode.l10n.t('e.g. shop-owner') },
    (value) => (isPersonaId(value.trim()) ? undefined : vscode.l10n.t('Use letters, digits, - and _ only.')),
  );
  if (id === undefined) return undefined;
  const name = await askLine(
    { title: vscode.l10n.t('New persona'), prompt: vscode.l10n.t('Name of the persona'), placeHolder: vscode.l10n.t('e.g. Sam, the shop owner') },
    (value) => (value.trim() ? undefined : vscode.l10n.t('The name cannot be empty.')),
  );
  if (name === undefined) return undefined;
  const language = await pickLanguage(vscode.l10n.t('Language of the persona card'));
  if (!language) return undefined;
  let target: vscode.Uri | undefined;
  try {
    const folder = await personasFolder(workspaceFolder);
    target = vscode.Uri.joinPath(folder, `${id.trim()}.md`);
    if (await exists(target)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('A persona card named {0} exists already: it was left as it is.', `${id.trim()}.md`));
      await vscode.window.showTextDocument(target);
      return undefined;
    }
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(personaCardText(id.trim(), name.trim(), language)));
  } catch (e) {
    output.error(`New Persona failed for ${target?.toString() ?? workspaceFolder.uri.toString()}: ${describeError(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the persona card. See the Customer Lens output for details.'));
    return undefined;
  }
  await vscode.window.showTextDocument(target);
  return target;
}
