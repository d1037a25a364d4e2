// The language server, started for real over stdio and driven by a real LSP client.

import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { NOTHING_IN_A_DECISION, NOTHING_IN_A_SPEC, onSpan } from '../helpers/findings';
import { FULL_CAPABILITIES, plainDiagnostics, TestClient } from '../helpers/lspClient';

const RECORD = [
  '---',
  'status: accepted',
  '---',
  '# 7. Usage-based pricing',
  '',
  '## Context',
  '',
  'Flat plans overcharge small shops.',
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
].join('\n');

/** Findings on RECORD's title "# 7. Usage-based pricing" (line 4), each written "rule severity": where missing concepts are reported. */
const onTitle = (...findings: string[]) => onSpan(4, [1, 25], ...findings);
/** What RECORD gets: accepted, so the missing core concepts are errors and the follow-up is asked. */
const RECORD_FINDINGS = onTitle('close-the-loop info', 'customer-evidence info', 'problem-solved error', 'success-metrics info', 'value-created error');
/** RECORD once "Value created" is added. */
const WITH_VALUE = onTitle('close-the-loop info', 'customer-evidence info', 'problem-solved error', 'success-metrics info');

function hoverText(h: Hover | null): string {
  assert.ok(h, 'expected a hover');
  return (h.contents as MarkupContent).value;
}

describe('language server over stdio', function () {
  this.timeout(30000);
  let client: TestClient;
  let dir: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cl-lsp-'));
    client = new TestClient();
    await client.initialize();
  });

  afterEach(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  const uriIn = (rel: string) => pathToFileURL(join(dir, rel)).toString();

  it('declares only what it implements, honouring the client', async () => {
    const other = new TestClient();
    try {
      const result = await other.initialize({});
      const caps = result.capabilities;
      assert.equal(caps.hoverProvider, true);
      assert.equal(caps.codeActionProvider, true, 'a client without code action literals gets plain commands');
      assert.equal(caps.diagnosticProvider, undefined, 'diagnostics are pushed, not pulled');
    } finally {
      await other.shutdown();
    }
  });

  it('publishes diagnostics on open, with source, code and a link to the rule', async () => {
    const uri = uriIn('docs/decisions/0007-pricing.md');
    await client.open(uri, RECORD);
    const p = await client.diagnostics(uri);
    // Accepted record: a missing value created is an error.
    assert.deepEqual(plainDiagnostics(p.diagnostics), RECORD_FINDINGS);
    for (const d of p.diagnostics) {
      assert.equal(d.source, 'customer-lens');
      assert.match(d.codeDescription?.href ?? '', new RegExp(`/docs/rules/${String(d.code)}\\.md$`));
    }
    assert.equal(p.version, 1);
  });

  it('follows the editor after a change whose range lies past the last line', async () => {
    const uri = uriIn('docs/decisions/0016-past-the-end.md');
    await client.open(uri, '---\nstatus: proposed\n---\n# Pricing\n\nIntro.\n');
    await client.diagnostics(uri);
    // Line 11 of a 7-line document: an editor takes it for the end of the text.
    await client.change(uri, 2, [{ range: { start: { line: 11, character: 0 }, end: { line: 12, character: 0 } }, text: '\n## Customer impact' }]);
    // Then a heading above that one, on the line where the editor now has it.
    await client.change(uri, 3, [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: '## Value created\n' }]);
    await client.diagnostics(uri, (d) => d.version === 3);
    const valueCreated = hoverText(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 5 } }));
    assert.match(valueCreated, /What does the customer gain/);
    const impact = hoverText(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 5 } }));
    assert.match(impact, /What changes for the customer/);
  });

  it('re-checks after incremental edits and never publishes for an outdated version', async () => {
    const uri = uriIn('docs/decisions/0008-edit.md');
    await client.open(uri, RECORD);
    await client.diagnostics(uri);
    const end = { line: 21, character: 0 };
    await client.change(uri, 2, [{ range: { start: end, end }, text: '## Value created\n\nShop owners save about 12 EUR a month.\n' }]);
    await client.change(uri, 3, [{ range: { start: { line: 24, character: 0 }, end: { line: 24, character: 0 } }, text: '\n## Customer evidence\n\n"I pay for orders I never get" - ticket #4812\n' }]);
    const p = await client.diagnostics(uri, (d) => d.version === 3);
    assert.deepEqual(plainDiagnostics(p.diagnostics), onTitle('close-the-loop info', 'problem-solved error', 'success-metrics info'));
    assert.deepEqual(client.allPublished().filter((d) => d.uri === uri && d.version === 2), [], 'version 2 was superseded before its check ran');
  });

  it('answers hovers: checklist on the title, questions on a heading, why on a finding, meaning on the status', async () => {
    const uri = uriIn('docs/decisions/0009-hover.md');
    await client.open(uri, RECORD);
    await client.diagnostics(uri);
    const title = hoverText(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } }));
    assert.match(title, /Customer checklist/);
    assert.match(title, /✅ Customer impact: present/);
    assert.match(title, /❌ Value created: missing/);
    assert.match(title, /Questions to ask the author/);
    assert.match(title, /Which customers did we hear from\?/);
    assert.match(title, /docs\/rules\/value-created\.md/);
    const heading = hoverText(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 13, character: 5 } }));
    assert.match(heading, /What changes for the customer/);
    assert.match(heading, /✓ names a customer or persona/);
    assert.match(heading, /✓ says how customers will feel/);
    assert.doesNotMatch(heading, /evidence/); // evidence is judged on the evidence section, not the impact
    const status = hoverText(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 10 } }));
    assert.match(status, /Accepted: a missing customer impact, problem solved or value created is an error/);
    const none = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 3 } });
    assert.equal(none, null);
  });

  it('applies a quick fix, re-checks, and the finding is gone', async () => {
    const uri = uriIn('docs/decisions/0010-fix.md');
    await client.open(uri, RECORD);
    const p = await client.diagnostics(uri);
    const target = p.diagnostics.find((d) => d.code === 'value-created');
    assert.ok(target);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: p.diagnostics.filter((d) => d.code === 'value-created') },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [
      ['Add the "Value created" section', 'quickfix'],
      ['Add all missing customer sections', 'quickfix'],
      ['Suppress value-created in this file (with a reason)', 'quickfix'],
    ]);
    const fix = actions[0];
    const edits = fix.edit?.changes?.[uri] as TextEdit[];
    const doc = TextDocument.create(uri, 'markdown', 1, RECORD);
    const fixed = TextDocument.applyEdits(doc, edits);
    assert.ok(fixed.indexOf('## Value created') < fixed.indexOf('## Decision'), 'the section goes before the decision');
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await client.diagnostics(uri, (d) => d.version === 2);
    // value-created is gone; the prompt itself is not an answer yet, on the new heading (line 18).
    assert.deepEqual(plainDiagnostics(after.diagnostics), [...WITH_VALUE, ...onSpan(18, [1, 17], 'placeholder-text warning')]);
  });

  it('offers "add all", suppression and source.fixAll, each carrying its edit', async () => {
    const uri = uriIn('docs/decisions/0011-all.md');
    await client.open(uri, RECORD);
    const p = await client.diagnostics(uri);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: p.diagnostics[0].range,
      context: { diagnostics: p.diagnostics },
    })) as CodeAction[];
    const add = (section: string) => `Add the "${section}" section`;
    const suppress = (rule: string) => `Suppress ${rule} in this file (with a reason)`;
    assert.deepEqual(actions.map((a) => [a.title, a.kind, a.edit !== undefined]), [
      ...['Problem solved', 'Value created', 'Customer evidence', 'Success metrics', 'Customer follow-up'].map((s) => [add(s), 'quickfix', true]),
      ['Add all missing customer sections', 'quickfix', true],
      ...['problem-solved', 'value-created', 'customer-evidence', 'success-metrics', 'close-the-loop'].map((r) => [suppress(r), 'quickfix', true]),
    ]);
    const fixAll = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(fixAll.map((a) => [a.title, a.kind]), [['Add all missing customer sections', 'source.fixAll.customer-lens']]);
    const text = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, RECORD), fixAll[0].edit?.changes?.[uri] as TextEdit[]);
    await client.change(uri, 2, [{ text }]);
    const after = await client.diagnostics(uri, (d) => d.version === 2);
    // Each added section holds its prompt, reported until it is answered.
    const prompt = (line: number, endColumn: number, section: string, question: string) => ({
      rule: 'placeholder-text', severity: 'warning', line, column: 1, endLine: line, endColumn,
      message: `The section "${section}" holds only placeholder text: ${question}`,
    });
    assert.deepEqual(plainDiagnostics(after.diagnostics, true), [
      prompt(18, 18, 'Problem solved', 'Which customer problem does this solve, and how do we know it is real?'),
      prompt(22, 17, 'Value created', 'What will customers gain from this, and why would they care?'),
      prompt(26, 21, 'Customer evidence', 'What have customers told or shown us (feedback, research, data) that supports this?'),
      prompt(30, 19, 'Success metrics', 'How will we know this worked for customers, and which number should move?'),
      prompt(34, 22, 'Customer follow-up', 'How and when will we tell customers what changed, and who will do it?'),
    ]);
  });

  it('completes missing headings after # in the document language, and front matter keys and values', async () => {
    const uri = uriIn('docs/decisioni/0001-x.md');
    const text = '---\nkind: decision\nstatus: \n---\n# Ritiro in negozio\n\n## Contesto\n\nI clienti vogliono ritirare il pacco in negozio e non a casa.\n\n## Impatto sul cliente\n\nI clienti saranno contenti.\n\n##';
    await client.open(uri, text);
    await client.diagnostics(uri);
    const items = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 14, character: 2 } })) as CompletionItem[];
    // The missing concepts, in Italian; the customer impact, present, is not offered.
    assert.deepEqual(items.map((i) => i.label), ['Clienti', 'Problema risolto', 'Valore creato', 'Evidenze dai clienti', 'Metriche di successo']);
    const status = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 8 } })) as CompletionItem[];
    assert.deepEqual(status.map((i) => i.label), ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded']);
  });

  it('re-checks open documents when .customer-lens.yaml changes', async () => {
    mkdirSync(join(dir, 'docs', 'decisions'), { recursive: true });
    const uri = uriIn('docs/decisions/0012-config.md');
    await client.open(uri, RECORD);
    const before = await client.diagnostics(uri);
    assert.deepEqual(plainDiagnostics(before.diagnostics), RECORD_FINDINGS);
    writeFileSync(join(dir, '.customer-lens.yaml'), 'rules:\n  customer-evidence: warning\n  close-the-loop: off\n');
    client.clearPublished();
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriIn('.customer-lens.yaml'), type: 1 }] });
    const after = await client.diagnostics(uri);
    assert.deepEqual(plainDiagnostics(after.diagnostics), onTitle('customer-evidence warning', 'problem-solved error', 'success-metrics info', 'value-created error'));
  });

  it('reports an invalid config on the config file itself', async () => {
    const uri = uriIn('.customer-lens.yaml');
    await client.open(uri, 'rules:\n  no-such-rule: warning\n', 1, 'yaml');
    const p = await client.diagnostics(uri);
    assert.deepEqual(plainDiagnostics(p.diagnostics, true), [{ rule: 'invalid-config', severity: 'error', line: 2, column: 3, endLine: 2, endColumn: 15, message: 'unknown rule "no-such-rule"' }]);
  });

  it('checks a document opened through a git: URI (the original side of a diff) from the text sent', async () => {
    const uri = `git:${join(dir, 'docs/decisions/0007-pricing.md')}?${encodeURIComponent(JSON.stringify({ path: 'x', ref: 'HEAD~1' }))}`;
    await client.open(uri, RECORD);
    const p = await client.diagnostics(uri);
    assert.deepEqual(plainDiagnostics(p.diagnostics), RECORD_FINDINGS);
    const h = hoverText(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } }));
    assert.match(h, /Customer checklist/);
  });

  it('checks untitled and pr: documents by their front matter kind', async () => {
    await client.open('untitled:Untitled-1', '---\nkind: spec\n---\n# Wishlists\n');
    const p = await client.diagnostics('untitled:Untitled-1');
    assert.deepEqual(plainDiagnostics(p.diagnostics), onSpan(4, [1, 12], ...NOTHING_IN_A_SPEC));
    await client.open('pr:/docs/decisions/0001.md?owner=x', '# Title only\n');
    const q = await client.diagnostics('pr:/docs/decisions/0001.md?owner=x');
    assert.deepEqual(plainDiagnostics(q.diagnostics), onSpan(1, [1, 13], ...NOTHING_IN_A_DECISION));
  });

  it('answers requests for unknown documents with empty answers', async () => {
    const uri = 'file:///nowhere/docs/decisions/none.md';
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } }), []);
    assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
    assert.equal(await client.connection.sendRequest('customerLens/checklist', { uri }), null);
  });

  it('speaks the client locale', async () => {
    const it = new TestClient();
    try {
      await it.initialize(FULL_CAPABILITIES, 'it');
      const uri = uriIn('docs/decisions/0013-locale.md');
      await it.open(uri, RECORD);
      const p = await it.diagnostics(uri);
      const message = (rule: string, severity: string, text: string) => ({ ...onTitle(`${rule} ${severity}`)[0], message: text });
      assert.deepEqual(plainDiagnostics(p.diagnostics, true), [
        message('close-the-loop', 'info', 'Manca il follow-up con i clienti: scrivi come e quando torniamo dai clienti a lavoro finito.'),
        message('customer-evidence', 'info', 'Mancano evidenze dai clienti: cita che cosa ci hanno detto o mostrato (una frase, un ticket, una ricerca, un numero).'),
        message('problem-solved', 'error', 'Manca il problema risolto: scrivi quale problema del cliente risolve, con le sue parole.'),
        message('success-metrics', 'info', 'Manca una metrica di successo: scrivi come capiremo che ha funzionato per il cliente, e quale numero deve cambiare.'),
        message('value-created', 'error', 'Manca il valore creato: scrivi che cosa ci guadagna il cliente e perché dovrebbe importargli.'),
      ]);
    } finally {
      await it.shutdown();
    }
  });

  it('gives a client without code action literals commands that apply the edit', async () => {
    const plain = new TestClient();
    try {
      await plain.initialize({ textDocument: { hover: { contentFormat: ['plaintext'] } } });
      const uri = uriIn('docs/decisions/0014-plain.md');
      await plain.open(uri, RECORD);
      const p = await plain.diagnostics(uri);
      const actions = (await plain.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } })) as { title: string; command: string; arguments: unknown[] }[];
      // The same actions as for a client with literals, each a command that applies its edit.
      assert.deepEqual(actions.map((a) => [a.title, a.command, a.arguments.length]), [
        ...['Problem solved', 'Value created', 'Customer evidence', 'Success metrics', 'Customer follow-up'].map((s) => `Add the "${s}" section`),
        'Add all missing customer sections',
        ...['problem-solved', 'value-created', 'customer-evidence', 'success-metrics', 'close-the-loop'].map((r) => `Suppress ${r} in this file (with a reason)`),
      ].map((title) => [title, 'customer-lens.server.applyEdit', 1]));
      const h = (await plain.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 0 } })) as Hover;
      assert.equal((h.contents as MarkupContent).kind, 'plaintext');
    } finally {
      await plain.shutdown();
    }
  });

  it('checks unopened documents sent by Check Workspace and reports a checklist', async () => {
    const a = uriIn('docs/decisions/0001-a.md');
    const b = uriIn('notes/todo.md');
    const result = await client.connection.sendRequest('customerLens/checkDocuments', { documents: [{ uri: a, text: RECORD }, { uri: b, text: '# Not a record' }] });
    assert.deepEqual(result, { checked: 1, findings: 5 });
    const p = await client.diagnostics(a);
    assert.deepEqual(plainDiagnostics(p.diagnostics), RECORD_FINDINGS);
    await client.open(a, RECORD);
    const list = (await client.connection.sendRequest('customerLens/checklist', { uri: a })) as { present: number; required: number };
    assert.deepEqual([list.present, list.required], [2, 7]);
  });

  it('answers a hover while Check Workspace is under way, and answers its requests in order', async () => {
    // Two requests of 300 records each take far longer than one slice of the server's work: the hover sent
    // after them is read and answered between slices, before either is done.
    const batch = (from: number) => Array.from({ length: 300 }, (_, k) => ({ uri: uriIn(`docs/decisions/${from + k}-record.md`), text: RECORD }));
    const open = uriIn('docs/decisions/0100-open.md');
    await client.open(open, RECORD);
    await client.diagnostics(open);
    const answered: string[] = [];
    const first = client.connection.sendRequest('customerLens/checkDocuments', { documents: batch(1000) }).then((r) => (answered.push('first'), r));
    const second = client.connection.sendRequest('customerLens/checkDocuments', { documents: batch(2000) }).then((r) => (answered.push('second'), r));
    const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: open }, position: { line: 13, character: 5 } }).then((h) => (answered.push('hover'), h));
    const [a, b, h] = await Promise.all([first, second, hover]);
    assert.deepEqual(answered, ['hover', 'first', 'second']);
    assert.deepEqual([a, b], [{ checked: 300, findings: 1500 }, { checked: 300, findings: 1500 }]);
    // The counts are the protocol's answer; the findings behind them are each record's own, published whole.
    for (const k of [1000, 1299, 2000, 2299]) assert.deepEqual(plainDiagnostics((await client.diagnostics(uriIn(`docs/decisions/${k}-record.md`))).diagnostics), RECORD_FINDINGS, String(k));
    assert.match(hoverText(h as Hover), /Customer impact/i);
  });

  it('re-checks a file from Check Workspace when its tab closes, from the text it had in the editor', async () => {
    const a = uriIn('docs/decisions/0002-closed.md');
    await client.connection.sendRequest('customerLens/checkDocuments', { documents: [{ uri: a, text: RECORD }] });
    assert.deepEqual(plainDiagnostics((await client.diagnostics(a)).diagnostics), RECORD_FINDINGS);
    await client.open(a, RECORD);
    await client.diagnostics(a, (d) => d.version === 1);
    const end = { line: 21, character: 0 };
    await client.change(a, 2, [{ range: { start: end, end }, text: '## Value created\n\nShop owners save about 12 EUR a month.\n' }]);
    await client.diagnostics(a, (d) => d.version === 2);
    await client.close(a);
    const closed = await client.diagnostics(a, (d) => d.version === undefined);
    assert.deepEqual(plainDiagnostics(closed.diagnostics), WITH_VALUE);
    const other = uriIn('docs/decisions/0003-never-checked.md');
    await client.open(other, RECORD);
    await client.diagnostics(other, (d) => d.version === 1);
    await client.close(other);
    assert.deepEqual((await client.diagnostics(other, (d) => d.version === undefined)).diagnostics, [], 'a file Check Workspace never saw is cleared');
  });
});

describe('language server without a debounce (CUSTOMER_LENS_DEBOUNCE_MS=0)', function () {
  this.timeout(30000);
  let client: TestClient;
  let dir: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cl-lsp-'));
    client = new TestClient(['--stdio'], { CUSTOMER_LENS_DEBOUNCE_MS: '0' });
    await client.initialize();
  });

  afterEach(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes fresh diagnostics for every version, and hovers answer from the newest', async () => {
    const uri = pathToFileURL(join(dir, 'docs/decisions/0010-versions.md')).toString();
    await client.open(uri, RECORD);
    assert.deepEqual(plainDiagnostics((await client.diagnostics(uri, (d) => d.version === 1)).diagnostics), RECORD_FINDINGS);
    const title = { textDocument: { uri }, position: { line: 3, character: 4 } };
    assert.match(hoverText(await client.connection.sendRequest('textDocument/hover', title)), /❌ Value created: missing/);
    const end = { line: 21, character: 0 };
    await client.change(uri, 2, [{ range: { start: end, end }, text: '## Value created\n\nShop owners save about 12 EUR a month.\n' }]);
    const second = await client.diagnostics(uri, (d) => d.version === 2);
    assert.deepEqual(plainDiagnostics(second.diagnostics), WITH_VALUE);
    assert.match(hoverText(await client.connection.sendRequest('textDocument/hover', title)), /✅ Value created: present/);
    // Undo: the analysis of version 1 must not come back from a cache, version 3 has the text of version 1.
    await client.change(uri, 3, [{ range: { start: { line: 20, character: 0 }, end: { line: 23, character: 0 } }, text: '' }]);
    const third = await client.diagnostics(uri, (d) => d.version === 3);
    assert.deepEqual(plainDiagnostics(third.diagnostics), RECORD_FINDINGS);
    assert.match(hoverText(await client.connection.sendRequest('textDocument/hover', title)), /❌ Value created: missing/);
  });

  it('checks a burst of changes and ends on the last version', async () => {
    const uri = pathToFileURL(join(dir, 'docs/decisions/0011-burst.md')).toString();
    await client.open(uri, RECORD);
    await client.diagnostics(uri, (d) => d.version === 1);
    const lines = ['## Value created\n', '\n', 'Shop owners save about 12 EUR a month.\n'];
    await Promise.all(lines.map((text, i) => client.change(uri, i + 2, [{ range: { start: { line: 20 + i, character: 0 }, end: { line: 20 + i, character: 0 } }, text }])));
    const last = await client.diagnostics(uri, (d) => d.version === 4);
    assert.deepEqual(plainDiagnostics(last.diagnostics), WITH_VALUE);
  });
});
