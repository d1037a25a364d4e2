// The title hover in a diff view, over stdio: with a file open as `file:` and as its `git:` view (the two sides
// of a diff), the hover on either title compares the older side (git) with the newer (the working file).

import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient } from '../helpers/lspClient';

const FILE = 'file:///ws/docs/decisions/0004-late-orders.md';
const GIT = `git:/ws/docs/decisions/0004-late-orders.md?${encodeURIComponent(JSON.stringify({ path: '/ws/docs/decisions/0004-late-orders.md', ref: 'HEAD' }))}`;

const OLDER = ['---', 'status: proposed', '---', '# 4. Late orders', '', '## Customers', '', 'Shop owners who ship after 6pm.', ''].join('\n');
const NEWER = [
  '---', 'status: proposed', '---', '# 4. Late orders', '', '## Customers', '', 'Shop owners who ship after 6pm.', '',
  '## Customer impact', '', 'Shop owners will feel relieved: late orders leave the same day.', '', '## Value created', '', 'TBD', '',
].join('\n');

const SECTION = '**Compared with the other side of the diff**';

async function hoverOnTitle(client: TestClient, uri: string): Promise<string> {
  const h = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } })) as Hover | null;
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

/** The added section: from its heading to the end of the hover. */
function section(hover: string): string {
  const at = hover.indexOf(SECTION);
  assert.ok(at > 0, `no comparison in: ${hover}`);
  return hover.slice(at);
}

describe('language server: the title hover compares the two sides of a diff', function () {
  this.timeout(30000);
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
  });
  afterEach(() => client.shutdown());

  it('lists per concept what changed and the coverage before and after, on either side', async () => {
    await client.open(FILE, NEWER);
    assert.ok(!(await hoverOnTitle(client, FILE)).includes(SECTION), 'no comparison while only one side is open');
    await client.open(GIT, OLDER);
    const expected = [
      SECTION,
      '',
      '- Problem solved: still missing',
      '- Customer impact: missing → present',
      '- Value created: missing → hollow',
      '- Customer evidence: still missing',
      '- Success metrics: still missing',
      '',
      'Coverage: 16.7% → 33.3% (1/6 → 2/6 required concepts present)',
    ].join('\n');
    assert.equal(section(await hoverOnTitle(client, FILE)), expected);
    assert.equal(section(await hoverOnTitle(client, GIT)), expected);
    await client.close(GIT);
    assert.ok(!(await hoverOnTitle(client, FILE)).includes(SECTION), 'no comparison once the other side is closed');
  });

  it('marks a record new when the older side is no record, in the editor’s language', async () => {
    await client.shutdown();
    client = new TestClient();
    await client.initialize(undefined, 'de');
    await client.open(GIT, '');
    await client.open(FILE, OLDER);
    const hover = await hoverOnTitle(client, FILE);
    assert.equal(hover.slice(hover.indexOf('**Verglichen')), [
      '**Verglichen mit der anderen Seite des Diffs**',
      '',
      '*Neuer Eintrag: die andere Seite des Diffs ist weder Entscheidung noch Spezifikation.*',
      '',
      '- Kunden: vorhanden',
      '- Gelöstes Problem: fehlt',
      '- Auswirkungen auf Kunden: fehlt',
      '- Kundennutzen: fehlt',
      '- Kundenfeedback: fehlt',
      '- Erfolgskriterien: fehlt',
      '',
      // German puts a no-break space before the percent sign (Intl's formatting).
      'Abdeckung: – → 16,7\u00a0% (0/0 → 1/6 erforderliche Konzepte vorhanden)',
    ].join('\n'));
  });
});
