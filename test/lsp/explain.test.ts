// The title's hover explains the checklist: for each concept, which heading or label made it count and at
// which line, or that it is missing, hollow or not asked for. The language server over stdio, a real client.

import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { FULL_CAPABILITIES, TestClient } from '../helpers/lspClient';

/** A proposed spec: a bold label, a generic heading its text confirms, a hollow section, a generic heading it does not. */
export const EXPLAINED_SPEC = [
  '# Faster refunds',
  '',
  '**Customers:** shop owners on the Basic plan.',
  '',
  '## Problems',
  '',
  'Shop owners wait two weeks for a refund.',
  '',
  '## Value created',
  '',
  'TBD',
  '',
  '## Benefits',
  '',
  'The refund job runs nightly.',
  '',
  '- Success metrics: refunds paid within 48 hours.',
  '',
].join('\n');

function hoverText(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

describe('language server over stdio: the title hover explains the checklist', function () {
  this.timeout(30000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cl-explain-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function titleHover(locale: string): Promise<string> {
    const client = new TestClient();
    try {
      await client.initialize(FULL_CAPABILITIES, locale);
      const uri = pathToFileURL(join(dir, 'specs/refunds.md')).toString();
      await client.open(uri, EXPLAINED_SPEC);
      await client.diagnostics(uri);
      return hoverText(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }));
    } finally {
      await client.shutdown();
    }
  }

  it('in English: each concept, its state, and the heading or label with its line', async () => {
    assert.equal(await titleHover('en'), EXPECTED_EN);
  });

  it('in German: the same checklist in the reader\'s language', async () => {
    const text = await titleHover('de');
    assert.equal(text.slice(0, text.indexOf('\n\n**', 10)), EXPECTED_DE_CHECKLIST);
  });
});

const EXPECTED_EN = [
  '**Customer checklist** · spec · Status: proposed',
  '',
  '- ✅ Customers: present · “Customers”, line 3',
  '- ✅ Problem solved: present · “Problems”, line 5',
  '- ❌ Customer impact: missing',
  '- ⚠️ Value created: hollow · “Value created”, line 9',
  '- ❌ Customer evidence: missing',
  '- ✅ Success metrics: present · “Success metrics”, line 17',
  '- ➖ Customer follow-up: not required',
  '',
  '**Questions to ask the author**',
  '',
  '- How will customers notice this change?',
  '- Which customers could be hurt by it, and how do we soften that?',
  '- What does the customer get out of this?',
  '- Would a customer pay for, or miss, this if it were gone?',
  '- Which customers did we hear from?',
  '- What evidence says customers want this?',
  '',
  '**customer-impact**: A decision that never says how customers feel about it ships surprises to them.',
  '[Rule documentation](https://github.com/customer-lens/customer-lens/blob/main/docs/rules/customer-impact.md)',
  '',
  '**customer-evidence**: The voice of the customer keeps a decision from resting on our own guesses.',
  '[Rule documentation](https://github.com/customer-lens/customer-lens/blob/main/docs/rules/customer-evidence.md)',
].join('\n');

/** "Benefits" over a nightly job names no one: it is not the value created, and the hollow "Value created" stays hollow. */
const EXPECTED_DE_CHECKLIST = [
  '**Kunden-Checkliste** · Spezifikation · Status: proposed',
  '',
  '- ✅ Kunden: vorhanden · „Customers“, Zeile 3',
  '- ✅ Gelöstes Problem: vorhanden · „Problems“, Zeile 5',
  '- ❌ Auswirkungen auf Kunden: fehlt',
  '- ⚠️ Kundennutzen: leer · „Value created“, Zeile 9',
  '- ❌ Kundenfeedback: fehlt',
  '- ✅ Erfolgskriterien: vorhanden · „Success metrics“, Zeile 17',
  '- ➖ Rückmeldung an Kunden: nicht erforderlich',
].join('\n');
