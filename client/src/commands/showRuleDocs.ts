// Customer Lens: Show Rule Documentation. Opens the rule's page shipped inside the extension in the Markdown
// preview, so it works offline; a rule id argument skips the pick.

import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { exists } from '../files';
import { RulesRequest, send, type RuleInfo } from '../protocol';
import { describeError } from '../../../server/src/errors';

interface RuleItem extends vscode.QuickPickItem {
  rule: RuleInfo;
}

async function pickRule(client: LanguageClient): Promise<RuleInfo | undefined> {
  const rules = await send(client, RulesRequest, undefined);
  const items: RuleItem[] = rules.map((rule) => ({ rule, label: rule.id, detail: rule.description }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Customer Lens rule documentation'),
    placeHolder: vscode.l10n.t('Pick a rule'),
    matchOnDetail: true,
  });
  return picked?.rule;
}

/** Opens the page of the rule given, or of the rule picked; the page's URI, or undefined when cancelled. */
export async function showRuleDocs(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  output: vscode.LogOutputChannel,
  ruleId?: unknown,
): Promise<vscode.Uri | undefined> {
  try {
    const id = typeof ruleId === 'string' && ruleId ? ruleId : (await pickRule(client))?.id;
    if (!id) return undefined;
    const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
    if (/^[a-z0-9-]+$/.test(id) && (await exists(page))) {
      await preview(page);
      return page;
    }
    // Not shipped with this version: the rule's online page when the server knows the rule.
    const rule = (await send(client, RulesRequest, undefined)).find((r) => r.id === id);
    if (!rule) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Customer Lens has no rule named {0}.', id));
      return undefined;
    }
    const web = vscode.Uri.parse(rule.docs);
    await vscode.env.openExternal(web);
    return web;
  } catch (e) {
    output.error(`Show Rule Documentation failed${typeof ruleId === 'string' ? ` for ${ruleId}` : ''}: ${describeError(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not show the rule documentation. See the Customer Lens output for details.'));
    return undefined;
  }
}

/** The Markdown preview, or the plain text when the built-in Markdown extension is disabled. */
async function preview(page: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', page);
  } catch {
    await vscode.window.showTextDocument(page, { preview: true });
  }
}
