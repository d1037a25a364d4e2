// Persona cards inside VS Code (issue #16): VS Code's own definition, reference and rename commands reach the
// language server's persona index, which knows records nobody opened.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CustomerLensApi } from '../../client/src/extension';

const root = () => vscode.workspace.workspaceFolders![0].uri;
const file = (...path: string[]) => vscode.Uri.joinPath(root(), 'docs', ...path);
const ID = 'shop-owner';

/** Where `text` starts on the line `line` of the document (asserted to be there). */
function at(doc: vscode.TextDocument, line: string, text: string): vscode.Position {
  const n = doc.getText().split('\n').indexOf(line);
  assert.ok(n >= 0, `"${line}" is not a line of ${doc.uri.toString()}`);
  return new vscode.Position(n, line.indexOf(text));
}

const where = (l: vscode.Location | vscode.LocationLink) =>
  'targetUri' in l ? { uri: l.targetUri.toString(), range: l.targetSelectionRange ?? l.targetRange } : { uri: l.uri.toString(), range: l.range };
const show = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/**
 * Run a provider command until it answers: the index is built in the background after the server starts,
 * and nothing tells the extension host when it is done. The timeout turns a hang into a clear failure.
 */
async function answered<T>(command: string, ...args: unknown[]): Promise<T[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const result = await vscode.commands.executeCommand<T[] | undefined>(command, ...args);
    if (result && result.length > 0) return result;
    if (Date.now() > deadline) throw new Error(`${command} answered nothing within 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('Persona cards in VS Code', () => {
  before(async () => {
    const api = await vscode.extensions.getExtension<CustomerLensApi>('customer-lens.customer-lens')!.activate();
    await api.ready;
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('goes from an id in customers: [...] to its card, and finds every record that names it, unopened ones too', async () => {
    const doc = await vscode.workspace.openTextDocument(file('decisions', '0002-annual-billing.md'));
    const p = at(doc, `customers: [${ID}]`, ID).translate(0, 2);
    const definitions = await answered<vscode.Location | vscode.LocationLink>('vscode.executeDefinitionProvider', doc.uri, p);
    assert.deepEqual(definitions.map(where).map((d) => [d.uri, show(d.range)]), [[file('personas', 'shop-owner.md').toString(), '1:4-1:14']]);

    const unopened = file('decisions', '0003-never-opened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the record is open already');
    const references = await answered<vscode.Location>('vscode.executeReferenceProvider', doc.uri, p);
    const found = references.map(where).map((r) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(r.uri))} ${show(r.range)}`).sort();
    // "customers: [" is 12 characters; the card's `id: ` is 4.
    assert.deepEqual(found, ['docs/decisions/0002-annual-billing.md 2:12-2:22', 'docs/decisions/0003-never-opened.md 2:12-2:22',
      'docs/personas/shop-owner.md 1:4-1:14']);
  });

  it('renames the id in the card and in every record, in one edit', async () => {
    const card = await vscode.workspace.openTextDocument(file('personas', 'shop-owner.md'));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', card.uri,
      at(card, `id: ${ID}`, ID).translate(0, 1), 'store-owner');
    const changes = edit.entries().map(([uri, edits]) => `${vscode.workspace.asRelativePath(uri)} ${edits.map((e) => `${show(e.range)}=${e.newText}`).join(',')}`).sort();
    assert.deepEqual(changes, ['docs/decisions/0002-annual-billing.md 2:12-2:22=store-owner', 'docs/decisions/0003-never-opened.md 2:12-2:22=store-owner',
      'docs/personas/shop-owner.md 1:4-1:14=store-owner']);
  });
});
