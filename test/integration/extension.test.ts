// Customer Lens inside VS Code: diagnostics, hovers, quick fixes, snippets, the commands, documents that are
// not files, and a server that is killed and comes back. Runs in the extension host (see runTest.ts).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { CustomerLensApi } from '../../client/src/extension';
import { catalogFor, format } from '../../server/src/engine';
import { codeOf, diagnosticsWhen, eventWhen, ours } from './events';
import { pickLabel, stub } from './stubs';

const en = catalogFor('en');
const root = () => vscode.workspace.workspaceFolders![0].uri;
const record = (name: string) => vscode.Uri.joinPath(root(), 'docs', 'decisions', name);
const has = (code: string) => (d: vscode.Diagnostic[]) => d.some((x) => codeOf(x) === code);

function lineOf(doc: vscode.TextDocument, text: string): number {
  const line = doc.getText().split('\n').findIndex((l) => l === text);
  assert.ok(line >= 0, `"${text}" is not a line of ${doc.uri.toString()}`);
  return line;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

async function hoverOn(doc: vscode.TextDocument, heading: string): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(lineOf(doc, heading), 4));
  return hoverText(hovers);
}

describe('Customer Lens in VS Code', () => {
  let api: CustomerLensApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<CustomerLensApi>('customer-lens.customer-lens');
    assert.ok(extension, 'the extension under test is not loaded');
    api = await extension.activate();
    await api.ready;
    assert.ok(api.languageClient, 'the language client did not load');
    assert.equal(api.languageClient.state, State.Running, 'the language server is not running');
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('reports what a decision record says nothing about, with rule links', async () => {
    const doc = await vscode.workspace.openTextDocument(record('0001-use-postgres.md'));
    await vscode.window.showTextDocument(doc);
    const diagnostics = await diagnosticsWhen(doc.uri, has('value-created'), 'for value-created');
    const valueCreated = diagnostics.find((d) => codeOf(d) === 'value-created')!;
    assert.equal(valueCreated.severity, vscode.DiagnosticSeverity.Error, 'accepted record: a missing value created is an error');
    assert.equal(valueCreated.message, en.concepts['value-created'].missing);
    assert.ok(typeof valueCreated.code === 'object' && valueCreated.code.target.toString().endsWith('/docs/rules/value-created.md'));
    assert.ok(!diagnostics.some((d) => codeOf(d) === 'customer-impact'), 'the record has a customer impact section');
  });

  it('explains a customer heading on hover', async () => {
    const doc = await vscode.workspace.openTextDocument(record('0001-use-postgres.md'));
    const text = await hoverOn(doc, '## Customer impact');
    assert.ok(text.includes(en.ui.sectionMustAnswer), text);
    assert.ok(text.includes(en.concepts['customer-impact'].questions[0]), text);
  });

  it('adds a missing section with a quick fix, and the finding goes away', async () => {
    const doc = await vscode.workspace.openTextDocument(record('0002-annual-billing.md'));
    await vscode.window.showTextDocument(doc);
    const [missing] = (await diagnosticsWhen(doc.uri, has('value-created'), 'for value-created')).filter((d) => codeOf(d) === 'value-created');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, missing.range, vscode.CodeActionKind.QuickFix.value,
    );
    const title = format(en.ui.addSection, { heading: en.concepts['value-created'].heading });
    const fix = actions.find((a) => a.title === title);
    assert.ok(fix?.edit, `no "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes(`## ${en.concepts['value-created'].heading}`));
    const after = await diagnosticsWhen(doc.uri, (d) => d.length > 0 && !has('value-created')(d), 'without value-created');
    // The new section holds only its prompt: still to be written, and said so on its own heading.
    assert.ok(has('placeholder-text')(after), JSON.stringify(after.map(codeOf)));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('offers the decision record snippet in an empty Markdown document', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(doc);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(0, 0));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('decision'), `no "decision" snippet among ${labels.length} items: ${labels.slice(0, 20).join(', ')}`);
  });

  it('New Decision Record writes the next numbered record in the chosen language, never over another', async () => {
    const restore = [
      stub('showInputBox', async () => 'Offer annual billing'),
      stub('showQuickPick', pickLabel('Italiano')),
    ];
    const created: vscode.Uri[] = [];
    try {
      const first = await vscode.commands.executeCommand<vscode.Uri | undefined>('customer-lens.newDecisionRecord');
      assert.ok(first);
      created.push(first);
      assert.equal(first.toString(), record('0004-offer-annual-billing.md').toString());
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.toString(), 'the new record is not open');
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(first));
      assert.match(text, /^---\nkind: decision\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\n---\n\n# 0004\. Offer annual billing\n/);
      const it = catalogFor('it');
      assert.ok(text.includes(`## ${it.concepts['customer-impact'].heading}\n\n${it.concepts['customer-impact'].prompt}`), text);

      const second = await vscode.commands.executeCommand<vscode.Uri | undefined>('customer-lens.newDecisionRecord');
      assert.ok(second);
      created.push(second);
      assert.equal(second.toString(), record('0005-offer-annual-billing.md').toString());
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(first)), text, 'the first record was changed');
    } finally {
      for (const r of restore) r();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of created) await vscode.workspace.fs.delete(uri);
    }
  });

  it('Check Workspace reports on records nobody opened', async () => {
    const unopened = record('0003-never-opened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'the record is open already');
    assert.deepEqual(ours(unopened), []);
    const result = await vscode.commands.executeCommand<{ checked: number; findings: number } | undefined>('customer-lens.checkWorkspace');
    assert.ok(result, 'Check Workspace returned nothing');
    assert.equal(result.checked, 3, 'the three decision records; the README is not one');
    const diagnostics = await diagnosticsWhen(unopened, has('customer-impact'), 'for customer-impact');
    assert.ok(has('problem-solved')(diagnostics) && has('value-created')(diagnostics));
    assert.ok(result.findings >= diagnostics.length);
  });

  it('checks and explains documents that are not files (git and other virtual views)', async () => {
    const scheme = 'customer-lens-test';
    const original = record('0001-use-postgres.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(original));
    const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => text });
    try {
      const uri = vscode.Uri.from({ scheme, path: original.path, query: JSON.stringify({ path: original.fsPath, ref: '~' }) });
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.equal(doc.languageId, 'markdown');
      await vscode.window.showTextDocument(doc);
      await diagnosticsWhen(uri, has('value-created'), 'for value-created');
      assert.ok((await hoverOn(doc, '## Customer impact')).includes(en.ui.sectionMustAnswer));
    } finally {
      provider.dispose();
    }
  });

  it('opens a rule page bundled with the extension', async () => {
    const page = await vscode.commands.executeCommand<vscode.Uri | undefined>('customer-lens.showRuleDocs', 'customer-impact');
    assert.ok(page && page.path.endsWith('/docs/rules/customer-impact.md'), String(page));
    assert.ok((await vscode.workspace.fs.stat(page)).size > 0);
  });

  it('starts the server again when its process is killed (issue #7)', async () => {
    const client = api.languageClient;
    assert.ok(client, 'the language client did not load');
    const pidOf = () => (client as unknown as { _serverProcess?: { pid?: number } })._serverProcess?.pid;
    const pid = pidOf();
    assert.ok(pid, 'no server process id');
    const restarted = eventWhen(client.onDidChangeState, (e) => e.newState === State.Running, 'a restart');
    process.kill(pid, 'SIGKILL');
    await restarted;
    assert.notEqual(pidOf(), pid, 'the same process still runs');

    const doc = await vscode.workspace.openTextDocument(record('0002-annual-billing.md'));
    await vscode.window.showTextDocument(doc);
    await diagnosticsWhen(doc.uri, has('value-created'), 'from the restarted server');
  });
});
