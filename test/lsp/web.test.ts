// The web build's server (dist/web/server.js, in a worker thread standing in for the browser's web worker) gives
// what the desktop's server (dist/server.js over stdio) gives, on the virtual schemes of github.dev and
// vscode.dev: the same diagnostics, title hover, quick fixes, completion.

import { strict as assert } from 'node:assert';
import type { CodeAction, CodeLens, CompletionItem, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { onSpan } from '../helpers/findings';
import { plainDiagnostics, TestClient } from '../helpers/lspClient';
import { VirtualFiles } from '../helpers/virtualFiles';
import { WebWorkerClient } from '../helpers/webServer';

const RECORD = [
  '---',
  'status: accepted',
  '---',
  '# 7. Usage-based pricing',
  '',
  '## Customers',
  '',
  'Independent shop owners on the Basic plan.',
  '',
  '## Customer impact',
  '',
  'Most customers pay less; they will feel relieved at renewal.',
  '',
  '## Decision',
  '',
  'We bill per order from March.',
  '',
  '##',
].join('\n');

const TITLE = onSpan(4, [1, 25], 'close-the-loop info', 'customer-evidence info', 'problem-solved error', 'success-metrics info', 'value-created error');

/** A decision record's place on each virtual file system the browser build meets. */
const URIS = [
  'vscode-vfs://github/shop/decisions/docs/decisions/0007-pricing.md',
  'github://shop/decisions/docs/decisions/0007-pricing.md',
  'memfs:/docs/adr/0007-pricing.md',
];

interface Client {
  connection: TestClient['connection'];
  open(uri: string, text: string): Promise<void>;
  diagnostics(uri: string): Promise<PublishDiagnosticsParams>;
}

/** What a reviewer sees of RECORD at `uri`: findings, the title's hover, the fixes offered there, heading completion. */
async function review(client: Client, uri: string) {
  await client.open(uri, RECORD);
  const published = await client.diagnostics(uri);
  const doc = { textDocument: { uri } };
  const hover = (await client.connection.sendRequest('textDocument/hover', { ...doc, position: { line: 3, character: 5 } })) as Hover | null;
  const actions = (await client.connection.sendRequest('textDocument/codeAction', {
    ...doc,
    range: published.diagnostics[0].range,
    context: { diagnostics: published.diagnostics },
  })) as CodeAction[];
  const completion = (await client.connection.sendRequest('textDocument/completion', { ...doc, position: { line: 17, character: 2 } })) as CompletionItem[];
  return {
    findings: plainDiagnostics(published.diagnostics, true),
    hover: (hover?.contents as MarkupContent | undefined)?.value ?? null,
    fixes: actions.map((a) => ({ title: a.title, kind: a.kind, edit: a.edit })),
    headings: completion.map((c) => ({ label: c.label, insertText: c.insertText, kind: c.kind })),
  };
}

/** A repository on a virtual file system: a config at its root, another nearer the records of one folder. */
const REPO = new VirtualFiles('memfs:/shop', {
  '.customer-lens.yaml': 'rules:\n  close-the-loop: off\n  customer-evidence: warning\n',
  'docs/decisions/0007-pricing.md': RECORD,
  'legacy/.customer-lens.yml': 'rules:\n  problem-solved: off\n',
  'legacy/decisions/0001-old.md': RECORD,
  // Only the nearest config applies: kinds from the root one do not reach here.
  'records/.customer-lens.yaml': 'kinds:\n  decision:\n    include: ["**/*.md"]\n',
  'records/0002-shipping.md': RECORD,
});

describe('the web build of the server, in a worker', function () {
  this.timeout(30000);
  let desktop: TestClient;
  let web: WebWorkerClient;

  before(async () => {
    desktop = new TestClient();
    web = new WebWorkerClient();
    REPO.serve(desktop.connection);
    REPO.serve(web.connection);
    const folders = { workspaceFolders: [{ uri: REPO.folder, name: 'shop' }], initializationOptions: { hostFiles: true } };
    await desktop.initialize(undefined, 'en', folders);
    await web.initialize(undefined, folders);
  });

  after(async () => {
    await desktop.shutdown();
    await web.shutdown();
  });

  for (const uri of URIS) {
    it(`answers as the desktop server does for ${uri.split(':')[0]}: documents`, async () => {
      const expected = await review(desktop, uri);
      assert.deepEqual(expected.findings.map(({ message: _, ...f }) => f), TITLE);
      assert.match(expected.hover ?? '', /Customer checklist[\s\S]*❌ Value created: missing[\s\S]*Questions to ask the author/);
      assert.deepEqual(expected.fixes.slice(0, 2).map((f) => f.title), ['Add the "Problem solved" section', 'Add the "Value created" section']);
      assert.deepEqual(expected.headings.map((h) => h.label), ['Problem solved', 'Value created', 'Customer evidence', 'Success metrics', 'Customer follow-up']);
      assert.deepEqual(await review(web, uri), expected);
    });
  }

  it('applies the nearest .customer-lens.yaml above a record, read through the client, as the desktop does', async () => {
    const findings = async (client: Client, path: string) => {
      await client.open(REPO.uri(path), RECORD);
      return plainDiagnostics((await client.diagnostics(REPO.uri(path))).diagnostics);
    };
    const expected = {
      'docs/decisions/0007-pricing.md': onSpan(4, [1, 25], 'customer-evidence warning', 'problem-solved error', 'success-metrics info', 'value-created error'),
      'legacy/decisions/0001-old.md': onSpan(4, [1, 25], 'close-the-loop info', 'customer-evidence info', 'success-metrics info', 'value-created error'),
      'records/0002-shipping.md': TITLE,
    };
    for (const [path, want] of Object.entries(expected)) {
      assert.deepEqual(await findings(web, path), want, `web: ${path}`);
      assert.deepEqual(await findings(desktop, path), want, `desktop: ${path}`);
    }
    assert.ok(REPO.asked.includes(`customerLens/fs/readFile ${REPO.uri('legacy/.customer-lens.yml')}`), REPO.asked.join('\n'));
  });

  it('reads the config again when the client says it changed', async () => {
    const uri = REPO.uri('docs/decisions/0007-pricing.md');
    REPO.files.set('.customer-lens.yaml', 'rules:\n  value-created: off\n');
    await web.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: REPO.uri('.customer-lens.yaml'), type: 2 }] });
    const after = await web.diagnostics(uri);
    assert.deepEqual(plainDiagnostics(after.diagnostics), onSpan(4, [1, 25], 'close-the-loop info', 'customer-evidence info', 'problem-solved error', 'success-metrics info'));
  });
});

/** Persona cards where a folder's config puts them, not where the defaults look. */
const PEOPLE = new VirtualFiles('memfs:/people', {
  '.customer-lens.yaml': 'kinds:\n  persona:\n    include: ["team/people/*.md"]\n',
  'team/people/sam.md': '---\nid: sam\nname: Sam, the shop owner\n---\n# Sam, the shop owner\n\nSegment: independent shop owners.\n',
  'docs/decisions/0007-pricing.md': RECORD.replace('status: accepted', 'status: accepted\ncustomers: [sam]'),
});

describe('the web build of the server: the persona index under a config of the workspace', function () {
  this.timeout(30000);

  /** The card's code lens once the index has read the workspace (or what it still says after 5 s). */
  async function lensOfCard(client: Client): Promise<string | undefined> {
    const card = { textDocument: { uri: PEOPLE.uri('team/people/sam.md') } };
    let title: string | undefined;
    for (let i = 0; i < 100; i++) {
      title = (await client.connection.sendRequest<CodeLens[] | null>('textDocument/codeLens', card))?.[0]?.command?.title;
      if (title === 'used by 1 decisions · 0 specs') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    return title;
  }

  it('finds the cards and records by the folder config\'s globs, read through the client, as the desktop does', async () => {
    const desktop = new TestClient();
    const web = new WebWorkerClient();
    try {
      PEOPLE.serve(desktop.connection);
      PEOPLE.serve(web.connection);
      const workspaceFolders = [{ uri: PEOPLE.folder, name: 'people' }];
      await desktop.initialize(undefined, 'en', { workspaceFolders, initializationOptions: { hostFiles: true } });
      await web.initialize(undefined, undefined, workspaceFolders);
      for (const client of [desktop, web]) {
        await client.open(PEOPLE.uri('team/people/sam.md'), PEOPLE.files.get('team/people/sam.md') as string);
        assert.equal(await lensOfCard(client), 'used by 1 decisions · 0 specs', client === web ? 'web' : 'desktop');
        const record = PEOPLE.uri('docs/decisions/0007-pricing.md');
        await client.open(record, PEOPLE.files.get('docs/decisions/0007-pricing.md') as string);
        // `customers: [sam]` names a known card: no unknown-persona, the title's findings only (one line lower).
        const want = onSpan(5, [1, 25], 'close-the-loop info', 'customer-evidence info', 'problem-solved error', 'success-metrics info', 'value-created error');
        assert.deepEqual(plainDiagnostics((await client.diagnostics(record)).diagnostics), want, client === web ? 'web' : 'desktop');
      }
    } finally {
      await desktop.shutdown();
      await web.shutdown();
    }
  });
});
