// Personas in the language server, over stdio, on a workspace where most files are never opened: the index
// (built from disk for a client that does not read files, or through a client that does), diagnostics with
// their quick fixes, hover, completion, definition, references, rename, links, code lens and symbols.

import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, CodeAction, CodeLens, CompletionItem, Hover, Location, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { FULL_CAPABILITIES, plainDiagnostics, TestClient } from '../helpers/lspClient';
import { VirtualFiles } from '../helpers/virtualFiles';

const FIXTURE = join(__dirname, '..', '..', '..', 'test', 'lsp', 'fixtures', 'persona-workspace');
const CAPABILITIES: ClientCapabilities = {
  ...FULL_CAPABILITIES,
  textDocument: {
    ...FULL_CAPABILITIES.textDocument,
    definition: {}, references: {}, rename: { prepareSupport: true }, documentLink: {}, codeLens: {},
  },
  workspace: { ...FULL_CAPABILITIES.workspace, symbol: {}, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
};
const at = (line: number, character: number) => ({ line, character });
const range = (line: number, from: number, to: number) => ({ start: at(line, from), end: at(line, to) });

describe('language server: personas', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = (rel: string) => pathToFileURL(join(dir, rel)).href;
  const text = (rel: string) => readFileSync(join(dir, rel), 'utf8');
  const openFile = (rel: string) => client.open(uri(rel), text(rel), 1, rel.endsWith('.yaml') ? 'yaml' : 'markdown');

  async function start(capabilities = CAPABILITIES, initializationOptions: unknown = undefined): Promise<TestClient> {
    const c = new TestClient();
    await c.initialize(capabilities, 'en', { initializationOptions, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'shop' }] });
    return c;
  }

  /** Waits until the index has read the workspace: the card's lens counts its three records. */
  async function indexed(c: TestClient): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const lenses = await c.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri('docs/personas/sam.md') } });
      if (lenses[0]?.command?.title === 'used by 2 decisions · 1 specs') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the persona index was not built');
  }

  beforeEach(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'cl-personas-')));
    cpSync(FIXTURE, dir, { recursive: true });
    // node_modules is never committed, so the test puts one there: its card must stay unknown.
    mkdirSync(join(dir, 'node_modules/pkg/personas'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/pkg/personas/sma.md'), '---\nid: sma\n---\n# Ghost\n');
    client = await start();
    await openFile('docs/personas/sam.md');
    await indexed(client);
  });

  afterEach(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('declares each persona feature only to a client that supports it', async () => {
    const plain = new TestClient();
    try {
      const { capabilities } = await plain.initialize({});
      for (const p of ['definitionProvider', 'referencesProvider', 'renameProvider', 'documentLinkProvider', 'codeLensProvider', 'workspaceSymbolProvider'] as const) {
        assert.equal(capabilities[p], undefined, p);
      }
      const full = new TestClient();
      const all = (await full.initialize(CAPABILITIES)).capabilities;
      await full.shutdown();
      assert.deepEqual(
        [all.definitionProvider, all.referencesProvider, all.renameProvider, all.documentLinkProvider, all.codeLensProvider, all.workspaceSymbolProvider],
        [true, true, { prepareProvider: true }, { resolveProvider: false }, { resolveProvider: false }, true],
      );
    } finally {
      await plain.shutdown();
    }
  });

  it('reports an unknown id on the id, with fixes to the closest id and to create the card, and an unused card on its title', async () => {
    await openFile('docs/decisions/0002-reorder.md');
    const record = await client.diagnostics(uri('docs/decisions/0002-reorder.md'));
    assert.deepEqual(plainDiagnostics(record.diagnostics, true).filter((d) => d.rule.includes('persona')), [
      { rule: 'unknown-persona', severity: 'warning', line: 5, column: 5, endLine: 5, endColumn: 8, message: 'No persona card defines "sma": check the id, or create its card.' },
    ]);
    const diagnostic = record.diagnostics.find((d) => d.code === 'unknown-persona');
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri('docs/decisions/0002-reorder.md') }, range: diagnostic?.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const persona = actions.filter((a) => a.title.includes('"sma"') || a.title.includes('"sam"'));
    assert.deepEqual(persona.map((a) => a.title), ['Change to "sam"', 'Create the persona card "sma"']);
    assert.deepEqual(persona[0].edit, { changes: { [uri('docs/decisions/0002-reorder.md')]: [{ range: range(4, 4, 7), newText: 'sam' }] } });
    const create = persona[1].edit?.documentChanges ?? [];
    assert.deepEqual(create[0], { kind: 'create', uri: uri('docs/personas/sma.md'), options: { ignoreIfExists: true } });
    assert.match(JSON.stringify(create[1]), /id: sma\\nname: sma\\n---\\n\\n# sma\\n\\n## Segment\\n/);

    await openFile('docs/personas/night-baker.persona.yaml');
    const card = await client.diagnostics(uri('docs/personas/night-baker.persona.yaml'));
    assert.deepEqual(plainDiagnostics(card.diagnostics, true), [
      { rule: 'unused-persona', severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 29, message: 'No decision or spec references the persona "night-baker": name it in a record\'s `customers:`, or retire the card.' },
    ]);
    const sam = await client.diagnostics(uri('docs/personas/sam.md'));
    assert.deepEqual(sam.diagnostics, []);
  });

  it('hovers an id with the card, goes to its definition, finds every reference in files never opened', async () => {
    await openFile('docs/decisions/0001-annual-billing.md');
    const doc = { uri: uri('docs/decisions/0001-annual-billing.md') };
    const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: doc, position: at(2, 13) });
    assert.deepEqual(hover, {
      range: range(2, 12, 15),
      contents: {
        kind: 'markdown',
        value: [
          '**Persona: Sam, the shop owner** (`sam`)', '', '**Segment:** Independent shop owners who reorder every week.', '',
          '**Jobs to be done**', '- Reorder flour before Monday', '- Pay suppliers on time', '- Know what sold last week', '',
          '**Pains**', '- Retyping the same order', '- Late invoices', '', '**Gains**', '- An order placed in two clicks', '',
          '> I lose a morning a week to ordering.', '', '_used by 2 decisions · 1 specs_',
        ].join('\n'),
      },
    });
    const definition = await client.connection.sendRequest<Location>('textDocument/definition', { textDocument: doc, position: at(2, 13) });
    assert.deepEqual(definition, { uri: uri('docs/personas/sam.md'), range: range(1, 4, 7) });
    const references = await client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: uri('docs/personas/sam.md') }, position: at(1, 5), context: { includeDeclaration: true },
    });
    const sorted = (ls: Location[]) => [...ls].sort((a, b) => (a.uri + a.range.start.line < b.uri + b.range.start.line ? -1 : 1));
    assert.deepEqual(sorted(references), sorted([
      { uri: uri('docs/personas/sam.md'), range: range(1, 4, 7) },
      { uri: uri('docs/decisions/0001-annual-billing.md'), range: range(2, 12, 15) },
      { uri: uri('docs/decisions/0002-reorder.md'), range: range(3, 4, 7) },
      { uri: uri('docs/specs/checkout.md'), range: range(1, 11, 14) },
      { uri: uri('docs/specs/checkout.md'), range: range(5, 4, 29) },
    ]));
  });

  it('completes ids inside customers: [...], links ids to cards, lists cards as symbols, and puts a lens on the card', async () => {
    await openFile('docs/decisions/0001-annual-billing.md');
    const doc = { uri: uri('docs/decisions/0001-annual-billing.md') };
    const items = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: doc, position: at(2, 13) });
    assert.deepEqual(items.filter((i) => i.kind === 18).map((i) => [i.label, i.detail, i.textEdit]), [
      ['night-baker', 'Nadia, the night baker · Bakers who start at 3 a.m.', { range: range(2, 12, 13), newText: 'night-baker' }],
      ['sam', 'Sam, the shop owner · Independent shop owners who reorder every week.', { range: range(2, 12, 13), newText: 'sam' }],
    ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)));
    const nowhere = await client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: doc, position: at(1, 10) });
    assert.deepEqual(nowhere.filter((i) => i.kind === 18), []);
    const links = await client.connection.sendRequest('textDocument/documentLink', { textDocument: doc });
    assert.deepEqual(links, [{ range: range(2, 12, 15), target: uri('docs/personas/sam.md'), tooltip: 'Sam, the shop owner' }]);
    const symbols = await client.connection.sendRequest<{ name: string; location: Location }[]>('workspace/symbol', { query: 'nad' });
    assert.deepEqual(symbols.map((s) => [s.name, s.location]), [['night-baker · Nadia, the night baker', { uri: uri('docs/personas/night-baker.persona.yaml'), range: range(0, 0, 28) }]]);
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri('docs/personas/sam.md') } });
    assert.deepEqual(lenses, [{ range: range(4, 0, 21), command: { title: 'used by 2 decisions · 1 specs', command: '' } }]);
  });

  it('gives the VS Code client a lens that shows the references', async () => {
    const vscodeLike = await start(CAPABILITIES, { showReferences: true });
    try {
      await indexed(vscodeLike);
      const lenses = await vscodeLike.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri('docs/personas/sam.md') } });
      assert.equal(lenses[0].command?.command, 'customer-lens.showReferences');
      assert.deepEqual(lenses[0].command?.arguments?.slice(0, 2), [uri('docs/personas/sam.md'), at(4, 0)]);
      assert.equal((lenses[0].command?.arguments?.[2] as Location[]).length, 4);
    } finally {
      await vscodeLike.shutdown();
    }
  });

  it('renames a persona in its card and in every record, open or not; applied, it leaves no new unknown-persona', async () => {
    await openFile('docs/decisions/0001-annual-billing.md');
    const doc = { uri: uri('docs/decisions/0001-annual-billing.md') };
    const prepared = await client.connection.sendRequest('textDocument/prepareRename', { textDocument: doc, position: at(2, 13) });
    assert.deepEqual(prepared, { range: range(2, 12, 15), placeholder: 'sam' });
    await assert.rejects(client.connection.sendRequest('textDocument/rename', { textDocument: doc, position: at(2, 13), newName: 'shop owner' }), /letters, digits/);
    const edit = await client.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: doc, position: at(2, 13), newName: 'shop-owner' });
    const changes = edit.changes ?? {};
    assert.deepEqual(Object.keys(changes).sort(), [
      uri('docs/decisions/0001-annual-billing.md'), uri('docs/decisions/0002-reorder.md'), uri('docs/personas/sam.md'), uri('docs/specs/checkout.md'),
    ].sort());
    // Applied to the files, as an editor saves them, and told through the file watcher.
    for (const [target, edits] of Object.entries(changes)) {
      const path = new URL(target).pathname;
      const before = readFileSync(path, 'utf8');
      writeFileSync(path, TextDocument.applyEdits(TextDocument.create(target, 'markdown', 1, before), edits as TextEdit[]));
    }
    assert.match(text('docs/decisions/0002-reorder.md'), /personas:\n {2}- shop-owner\n {2}- sma\n/);
    assert.match(text('docs/specs/checkout.md'), /^---\ncustomers: shop-owner\n---/);
    const open = ['docs/personas/sam.md', 'docs/decisions/0001-annual-billing.md'];
    for (const rel of open) await client.change(uri(rel), 2, [{ text: text(rel) }]);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: Object.keys(changes).filter((u) => !open.some((rel) => uri(rel) === u)).map((u) => ({ uri: u, type: 2 })),
    });
    client.clearPublished();
    for (const rel of ['docs/decisions/0002-reorder.md', 'docs/specs/checkout.md']) await openFile(rel);
    const unknown = async (rel: string) =>
      plainDiagnostics((await client.diagnostics(uri(rel), (p) => p.version !== undefined)).diagnostics).filter((d) => d.rule === 'unknown-persona');
    assert.deepEqual(await unknown('docs/decisions/0002-reorder.md'), [{ rule: 'unknown-persona', severity: 'warning', line: 5, column: 5, endLine: 5, endColumn: 8 }]);
    assert.deepEqual(await unknown('docs/specs/checkout.md'), []);
    assert.deepEqual(await unknown('docs/decisions/0001-annual-billing.md'), []);
  });

  it('Check Workspace shows a card\'s findings without counting it as a record', async () => {
    const documents = ['docs/personas/night-baker.persona.yaml', 'docs/decisions/0002-reorder.md'].map((rel) => ({ uri: uri(rel), text: text(rel) }));
    const result = await client.connection.sendRequest('customerLens/checkDocuments', { documents });
    assert.deepEqual(result, { checked: 1, findings: 7 });
    const card = await client.diagnostics(uri('docs/personas/night-baker.persona.yaml'));
    assert.deepEqual(plainDiagnostics(card.diagnostics), [{ rule: 'unused-persona', severity: 'info', line: 1, column: 1, endLine: 1, endColumn: 29 }]);
  });

  it('refuses to rename a card whose id is its file name, saying why', async () => {
    await openFile('docs/personas/night-baker.persona.yaml');
    await client.open(uri('docs/decisions/0003-night.md'), '---\ncustomers: [night-baker]\n---\n# Night orders\n');
    await assert.rejects(
      client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: uri('docs/decisions/0003-night.md') }, position: at(1, 14) }),
      /The id "night-baker" is its card's file name/,
    );
  });

  it('a card added on disk is known at once: the open record that named it loses its finding', async () => {
    await openFile('docs/decisions/0002-reorder.md');
    const first = await client.diagnostics(uri('docs/decisions/0002-reorder.md'));
    assert.ok(first.diagnostics.some((d) => d.code === 'unknown-persona'));
    writeFileSync(join(dir, 'docs/personas/sma.md'), '---\nid: sma\nname: Sma\n---\n# Sma\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('docs/personas/sma.md'), type: 1 }] });
    const after = await client.diagnostics(uri('docs/decisions/0002-reorder.md'), (p) => !p.diagnostics.some((d) => d.code === 'unknown-persona'));
    assert.deepEqual(after.diagnostics.filter((d) => String(d.code).includes('persona')), []);
  });
});

describe('language server: personas in a workspace that has no card yet', function () {
  this.timeout(30000);

  it('reads the records once the first card appears, and counts them on its lens', async () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'cl-personas-none-')));
    cpSync(FIXTURE, dir, { recursive: true });
    rmSync(join(dir, 'docs/personas'), { recursive: true });
    const client = new TestClient();
    const uri = (rel: string) => pathToFileURL(join(dir, rel)).href;
    try {
      await client.initialize(CAPABILITIES, 'en', { workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'shop' }] });
      mkdirSync(join(dir, 'docs/personas'));
      writeFileSync(join(dir, 'docs/personas/sam.md'), '---\nid: sam\n---\n# Sam\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('docs/personas/sam.md'), type: 1 }] });
      let title = '';
      for (let i = 0; i < 100 && title !== 'used by 2 decisions · 1 specs'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri('docs/personas/sam.md') } });
        title = lenses[0]?.command?.title ?? '';
      }
      assert.equal(title, 'used by 2 decisions · 1 specs');
    } finally {
      await client.shutdown();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('language server: personas through a client that reads the files (a virtual workspace)', function () {
  this.timeout(30000);

  it('builds the index through customerLens/fs/*, never from disk', async () => {
    const files: Record<string, string> = {};
    const read = (rel: string) => readFileSync(join(FIXTURE, rel), 'utf8');
    for (const rel of ['docs/personas/sam.md', 'docs/personas/night-baker.persona.yaml', 'docs/decisions/0001-annual-billing.md', 'docs/decisions/0002-reorder.md', 'docs/specs/checkout.md']) files[rel] = read(rel);
    const vfs = new VirtualFiles('memfs:/shop', files);
    const client = new TestClient();
    vfs.serve(client.connection);
    try {
      await client.initialize(CAPABILITIES, 'en', { initializationOptions: { hostFiles: true }, workspaceFolders: [{ uri: vfs.folder, name: 'shop' }] });
      await client.open(vfs.uri('docs/decisions/0002-reorder.md'), files['docs/decisions/0002-reorder.md']);
      const p = await client.diagnostics(vfs.uri('docs/decisions/0002-reorder.md'), (d) => d.diagnostics.some((x) => x.code === 'unknown-persona'));
      assert.deepEqual(plainDiagnostics(p.diagnostics).filter((d) => d.rule === 'unknown-persona'), [{ rule: 'unknown-persona', severity: 'warning', line: 5, column: 5, endLine: 5, endColumn: 8 }]);
      const definition = await client.connection.sendRequest<Location>('textDocument/definition', { textDocument: { uri: vfs.uri('docs/decisions/0002-reorder.md') }, position: at(3, 5) });
      assert.deepEqual(definition, { uri: vfs.uri('docs/personas/sam.md'), range: range(1, 4, 7) });
      const references = await client.connection.sendRequest<Location[]>('textDocument/references', {
        textDocument: { uri: vfs.uri('docs/decisions/0002-reorder.md') }, position: at(3, 5), context: { includeDeclaration: false },
      });
      assert.equal(references.length, 4, 'two decisions, the spec\'s key and its link');
      assert.ok(vfs.asked.some((a) => a.startsWith('customerLens/fs/findFiles **/personas/**')), vfs.asked.join('\n'));
      assert.ok(vfs.asked.includes('customerLens/fs/readFile memfs:/shop/docs/specs/checkout.md'));
    } finally {
      await client.shutdown();
    }
  });
});
