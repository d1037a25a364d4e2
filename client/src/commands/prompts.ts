// What New Decision Record and New Persona ask: a line of text, and the language to write in. Both stay open
// when the focus moves: run from the walkthrough, the walkthrough marks its step done and takes the focus.

import * as vscode from 'vscode';
import { LANGUAGES, type LanguageCode } from '../../../server/src/engine/types';
import { defaultRecordLanguage, LANGUAGE_NAMES } from '../decisionRecord';

interface LanguageItem extends vscode.QuickPickItem {
  code: LanguageCode;
}

/** A line of text, as typed; undefined when the user cancels. `problem` says what is wrong with a value, if anything. */
export async function askLine(box: { title: string; prompt: string; placeHolder: string }, problem: (value: string) => string | undefined): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({ ...box, validateInput: problem, ignoreFocusOut: true });
  return value !== undefined && problem(value) === undefined ? value : undefined;
}

/** One of the seven languages, VS Code's display language first when it is one of them, else English. */
export async function pickLanguage(title: string): Promise<LanguageCode | undefined> {
  const display = vscode.env.language.slice(0, 2).toLowerCase();
  const preferred = defaultRecordLanguage(vscode.env.language);
  const items: LanguageItem[] = [preferred, ...LANGUAGES.filter((l) => l !== preferred)].map((code) => ({
    code,
    label: LANGUAGE_NAMES[code],
    description: code === display ? vscode.l10n.t('VS Code display language') : undefined,
  }));
  return (await vscode.window.showQuickPick(items, { title, ignoreFocusOut: true }))?.code;
}
