// Customer Lens's settings inside VS Code (issue #18): rule severities per workspace on top of
// .customer-lens.yaml, checks on save, where New Decision Record writes and from which template, and the
// configuration file command. Every setting changed here is put back, and every file written is deleted.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CustomerLensApi } from '../../client/src/extension';
import { codeOf, diagnosticsWhen, ours } from './events';
import { pickLabel, stub } from './stubs';

const { Global, Workspace } = vscode.ConfigurationTarget;
const root = () => vscode.workspace.workspaceFolders![0].uri;
const record = (name: string) => vscode.Uri.joinPath(root(), 'docs', 'decisions', name);
const has = (code: string) => (d: vscode.Diagnostic[]) => d.some((x) => codeOf(x) === code);
const severityOf = (code: string, d: vscode.Diagnostic[]) => d.find((x) => codeOf(x) === code)?.severity;
const settings = () => vscode.workspace.getConfiguration('customerLens');
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

/** Sets a customerLens setting for the length of `fn`. */
async function withSetting<T>(key: string, value: unknown, target: vscode.ConfigurationTarget, fn: () => Promise<T>): Promise<T> {
  await settings().update(key, value, target);
  try {
    return await fn();
  } finally {
    await settings().update(key, undefined, target);
  }
}

async function show(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Answers New Decision Record's prompts with `title` and English; returns the record's URI and how often a language was asked for. */
async function newRecord(command: string, title: string, ...args: unknown[]): Promise<{ uri: vscode.Uri | undefined; languagePicks: number }> {
  const picks = { count: 0 };
  const restore = [stub('showInputBox', async () => title), stub('showQuickPick', pickLabel('English', picks))];
  try {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, ...args);
    return { uri, languagePicks: picks.count };
  } finally {
    for (const r of restore) r();
  }
}

describe('Customer Lens settings in VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<CustomerLensApi>('customer-lens.customer-lens');
    assert.ok(extension, 'the extension under test is not loaded');
    await (await extension.activate()).ready;
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('turns a rule off for the workspace with customerLens.rules, and on again without it', async () => {
    const doc = await show(record('0001-use-postgres.md'));
    await diagnosticsWhen(doc.uri, has('customer-evidence'), 'for customer-evidence');
    await withSetting('rules', { 'customer-evidence': 'off' }, Workspace, async () => {
      const after = await diagnosticsWhen(doc.uri, (d) => has('value-created')(d) && !has('customer-evidence')(d), 'without customer-evidence');
      assert.ok(after.length > 0);
    });
    await diagnosticsWhen(doc.uri, has('customer-evidence'), 'for customer-evidence once the setting is gone');
  });

  it('Create Configuration File writes a valid .customer-lens.yaml; customerLens.rules wins over it for the rules it names', async () => {
    const config = vscode.Uri.joinPath(root(), '.customer-lens.yaml');
    await show(record('0001-use-postgres.md'));
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('customer-lens.createConfig');
    try {
      assert.equal(created?.toString(), config.toString());
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), config.toString(), 'the config is not open');
      // The starter config makes customer-evidence a warning (it is info by default).
      const doc = await show(record('0001-use-postgres.md'));
      await diagnosticsWhen(doc.uri, (d) => severityOf('customer-evidence', d) === vscode.DiagnosticSeverity.Warning, 'with customer-evidence a warning');
      assert.deepEqual(ours(config), [], 'the starter config has problems of its own');
      await withSetting('rules', { 'customer-evidence': 'hint' }, Workspace, () =>
        diagnosticsWhen(doc.uri, (d) => severityOf('customer-evidence', d) === vscode.DiagnosticSeverity.Hint, 'with customer-evidence a hint'),
      );
      const text = await read(config);
      const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('customer-lens.createConfig');
      assert.equal(again?.toString(), config.toString(), 'a second run opens another file');
      assert.equal(await read(config), text, 'a second run changed the file');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(config);
    }
    const doc = await show(record('0001-use-postgres.md'));
    await diagnosticsWhen(doc.uri, (d) => severityOf('customer-evidence', d) === vscode.DiagnosticSeverity.Information, 'with customer-evidence info again');
  });

  it('with customerLens.run onSave, checks an edit when it is saved, not as it is typed', async () => {
    const scratch = record('0009-checked-on-save.md');
    await write(scratch, await read(record('0002-annual-billing.md')));
    const witness = await show(record('0001-use-postgres.md'));
    await diagnosticsWhen(witness.uri, has('customer-evidence'), 'for customer-evidence');
    try {
      await settings().update('run', 'onSave', Workspace);
      // A second setting whose effect shows: once the witness loses customer-evidence, the server has re-read
      // the settings after both changes, and no re-check of every document is still to come.
      await settings().update('rules', { 'customer-evidence': 'off' }, Workspace);
      await diagnosticsWhen(witness.uri, (d) => has('value-created')(d) && !has('customer-evidence')(d), 'without customer-evidence');

      const doc = await show(scratch);
      await diagnosticsWhen(doc.uri, has('value-created'), 'when opened');
      const line = doc.getText().split('\n').indexOf('## Customer impact');
      const edit = new vscode.WorkspaceEdit();
      edit.delete(doc.uri, new vscode.Range(line, 0, line + 1, 0));
      assert.ok(await vscode.workspace.applyEdit(edit));
      // What must not happen can only be watched for a while: four times the pause after which a change is checked.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.ok(!has('customer-impact')(ours(doc.uri)), 'the edit was checked before it was saved');
      assert.ok(await doc.save());
      await diagnosticsWhen(doc.uri, has('customer-impact'), 'for customer-impact after saving');
    } finally {
      await settings().update('run', undefined, Workspace);
      await settings().update('rules', undefined, Workspace);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(scratch);
    }
  });

  it('New Decision Record Here writes into the folder clicked in the Explorer', async () => {
    const folder = vscode.Uri.joinPath(root(), 'product', 'records');
    await vscode.workspace.fs.createDirectory(folder);
    try {
      const { uri } = await newRecord('customer-lens.newDecisionRecordHere', 'Pick a plan', folder);
      assert.equal(uri?.toString(), vscode.Uri.joinPath(folder, '0001-pick-a-plan.md').toString());
      assert.match(await read(uri!), /^---\nkind: decision\n/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'product'), { recursive: true });
    }
  });

  it('New Decision Record writes where customerLens.newDecisionRecord.folder says, and never outside the workspace', async () => {
    const adr = vscode.Uri.joinPath(root(), 'architecture', 'adr');
    try {
      const { uri } = await withSetting('newDecisionRecord.folder', 'architecture/adr', Workspace, () => newRecord('customer-lens.newDecisionRecord', 'Pick a plan'));
      assert.equal(uri?.toString(), vscode.Uri.joinPath(adr, '0001-pick-a-plan.md').toString());
      const errors: string[] = [];
      const restore = stub('showErrorMessage', (async (message: string) => void errors.push(message)) as typeof vscode.window.showErrorMessage);
      try {
        const outside = await withSetting('newDecisionRecord.folder', '../outside', Workspace, () => newRecord('customer-lens.newDecisionRecord', 'Pick a plan'));
        assert.equal(outside.uri, undefined);
        assert.match(errors.join('\n'), /customerLens\.newDecisionRecord\.folder/);
      } finally {
        restore();
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'architecture'), { recursive: true });
    }
  });

  it('New Decision Record fills in the user\'s template, and not one an untrusted workspace names', async () => {
    const template = vscode.Uri.joinPath(root(), 'templates', 'decision-template.md');
    await write(template, '---\nkind: decision\nstatus: proposed\n---\n\n# {{number}}. {{title}}\n\nDecided on {{date}}.\n\n## Customer impact\n');
    const created: vscode.Uri[] = [];
    try {
      const fromUser = await withSetting('newDecisionRecord.template', 'templates/decision-template.md', Global, () => newRecord('customer-lens.newDecisionRecord', 'Pick a plan'));
      assert.ok(fromUser.uri);
      created.push(fromUser.uri);
      assert.match(await read(fromUser.uri), /^---\nkind: decision\nstatus: proposed\n---\n\n# \d{4}\. Pick a plan\n\nDecided on \d{4}-\d\d-\d\d\.\n\n## Customer impact\n$/);
      assert.equal(fromUser.languagePicks, 0, 'a template is in its own language: none is asked for');
      if (!vscode.workspace.isTrusted) {
        // Restricted Mode: VS Code leaves out the workspace's value (package.json, restrictedConfigurations).
        const fromWorkspace = await withSetting('newDecisionRecord.template', 'templates/decision-template.md', Workspace, () => newRecord('customer-lens.newDecisionRecord', 'Pick a plan'));
        assert.ok(fromWorkspace.uri);
        created.push(fromWorkspace.uri);
        assert.ok((await read(fromWorkspace.uri)).includes('\n## Customers\n'), 'the workspace\'s template was used in Restricted Mode');
        assert.equal(fromWorkspace.languagePicks, 1);
      }
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const uri of created) await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), 'templates'), { recursive: true });
    }
  });
});
