// customerLens/decisionMap over stdio: the rows of the map from open documents (their unsaved text) and from
// files the client sends, each cell at its heading's line; a file that is no record gives no row.

import { strict as assert } from 'node:assert';
import type { MapRecord } from '../../server/src/report/model';
import { TestClient } from '../helpers/lspClient';

const OPEN = 'file:///ws/docs/decisions/0001-open.md';
const SENT = 'file:///ws/docs/specs/sent.md';

describe('language server: the decision map request', function () {
  this.timeout(30000);
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  it('gives a row per record, open or sent, with its cells, their lines and the title line', async () => {
    await client.open(OPEN, '---\nstatus: proposed\n---\n# 1. Open record\n\n## Customers\n\nShop owners.\n\n## Customer impact\n\nTBD\n');
    await client.diagnostics(OPEN);
    const sent = '<!-- customer-lens-disable customer-evidence -- internal tool -->\n# Sent spec\n\n## Success metrics\n\nFaster checkouts.\n';
    const rows = (await client.connection.sendRequest('customerLens/decisionMap', {
      documents: [{ uri: SENT, text: sent }, { uri: 'file:///ws/notes/todo.md', text: '# Not a record' }, { uri: OPEN, text: 'an older text the open one wins over' }],
    })) as MapRecord[];
    const plain = rows
      .map((r) => ({ path: r.path, title: r.title, kind: r.kind, line: r.line, cells: Object.entries(r.cells).map(([c, cell]) => `${c} ${cell.state}${cell.line ? ` @${cell.line}` : ''}${cell.note ? ` (${cell.note})` : ''}`) }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    assert.deepEqual(plain, [
      {
        path: OPEN, title: '1. Open record', kind: 'decision', line: 4,
        cells: ['customer-segment present @6', 'problem-solved missing', 'customer-impact hollow @10', 'value-created missing', 'customer-evidence missing', 'success-metrics missing', 'close-the-loop not-required'],
      },
      {
        path: SENT, title: 'Sent spec', kind: 'spec', line: 2,
        cells: [
          'customer-segment missing', 'problem-solved missing', 'customer-impact missing', 'value-created missing', 'customer-evidence suppressed (internal tool)',
          'success-metrics thin @4 (This success metric has no number, percentage, threshold or time frame: say which number should move, and by when.)', 'close-the-loop not-required',
        ],
      },
    ]);
  });

  it('leaves out an open document outside the workspace folders (a diff\'s saved side, a file from elsewhere)', async () => {
    const inFolder = new TestClient();
    await inFolder.initialize(undefined, 'en', { workspaceFolders: [{ uri: 'file:///ws', name: 'ws' }] });
    try {
      const record = '---\nstatus: proposed\n---\n# 2. A record\n\n## Customers\n\nShop owners.\n';
      const outside = 'file:///elsewhere/docs/decisions/0002-a-record.md';
      await inFolder.open(outside, record);
      await inFolder.diagnostics(outside);
      const rows = (await inFolder.connection.sendRequest('customerLens/decisionMap', { documents: [{ uri: SENT, text: '# Sent spec\n' }] })) as MapRecord[];
      assert.deepEqual(rows.map((r) => r.path), [SENT]);
    } finally {
      await inFolder.shutdown();
    }
  });

  it('answers an empty list for nothing sent and nothing open, and ignores malformed entries', async () => {
    await client.close(OPEN);
    const rows = await client.connection.sendRequest('customerLens/decisionMap', { documents: [{ uri: 3, text: null }, null] });
    assert.deepEqual(rows, []);
  });
});
