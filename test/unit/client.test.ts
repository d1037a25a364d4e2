// The extension's parts that need no VS Code: the new decision record, the restart policy, the protocol names.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisionRecordText, defaultRecordLanguage, fileNameOf, nextNumber, slugOf } from '../../client/src/decisionRecord';
import { RestartPolicy } from '../../client/src/restartPolicy';
import { catalogFor, CONCEPTS, LANGUAGES, languageOf } from '../../server/src/engine';
import { analyze } from '../helpers/engine';
import { sortFindings, toPlain } from '../helpers/findings';
import * as client from '../../client/src/protocol';
import { ChecklistRequest, CheckDocumentsRequest, RulesRequest } from '../../server/src/lsp/protocol';

const ROOT = join(__dirname, '..', '..', '..');

describe('new decision record', () => {
  it('numbers after the highest NNNN- prefix, whatever else the folder holds', () => {
    assert.equal(nextNumber([]), 1);
    assert.equal(nextNumber(['README.md', 'template.md']), 1);
    assert.equal(nextNumber(['0001-a.md', '0007-b.md', '0003-c.md', 'notes.md']), 8);
    assert.equal(nextNumber(['0009-x.md', '10000-big.md']), 10001);
    assert.equal(nextNumber(['12-short.md']), 1);
  });

  it('names the file NNNN-slug.md, the slug ASCII and never empty', () => {
    assert.equal(fileNameOf(4, 'Offer annual billing to small shops'), '0004-offer-annual-billing-to-small-shops.md');
    assert.equal(slugOf("Préférer l'accès par carte !"), 'preferer-l-acces-par-carte');
    assert.equal(slugOf('Zażółć gęślą jaźń'), 'zazolc-gesla-jazn');
    assert.equal(slugOf('Größe über Straße'), 'grosse-uber-strasse');
    assert.equal(slugOf('???'), 'decision');
    assert.ok(slugOf('word '.repeat(40)).length <= 60);
    assert.doesNotMatch(slugOf('word '.repeat(40)), /-$/);
  });

  it('offers the display language first when supported, else English', () => {
    assert.equal(defaultRecordLanguage('pt-br'), 'pt');
    assert.equal(defaultRecordLanguage('de'), 'de');
    assert.equal(defaultRecordLanguage('ja'), 'en');
  });

  for (const language of LANGUAGES) {
    it(`writes a ${language} record the engine reads as a proposed decision with every customer section still to fill`, () => {
      const text = decisionRecordText({ number: 12, title: 'Annual billing', language, date: new Date(2026, 0, 5) });
      assert.match(text, /^---\nkind: decision\nstatus: proposed\ndate: 2026-01-05\n---\n\n# 0012\. Annual billing\n/);
      for (const concept of CONCEPTS) assert.ok(text.includes(`## ${catalogFor(language).concepts[concept].heading}\n\n`), concept);
      const analysis = analyze({ path: 'notes/0012-annual-billing.md', text });
      assert.equal(analysis.kind, 'decision');
      assert.equal(analysis.status, 'proposed');
      assert.equal(languageOf(analysis.document), language);
      // Every section is there, holding only its prompt: reported as placeholder text, never as missing.
      assert.deepEqual(analysis.concepts.map((c) => [c.concept, c.state]), CONCEPTS.map((c) => [c, 'hollow']));
      // One placeholder-text warning per section, on its heading: the sections follow the title, four lines apart.
      const headings = CONCEPTS.map((concept) => `## ${catalogFor(language).concepts[concept].heading}`);
      assert.deepEqual(text.split('\n').filter((l) => l.startsWith('## ')), headings);
      assert.deepStrictEqual(
        sortFindings(analysis.findings.map((f) => ({ ...toPlain(f), concept: f.concept }))),
        CONCEPTS.map((concept, i) => ({ rule: 'placeholder-text', severity: 'warning', line: 9 + 4 * i, column: 1, endLine: 9 + 4 * i, endColumn: headings[i].length + 1, concept })),
      );
    });
  }
});

describe('server restart policy', () => {
  it('restarts after every crash, until five happen within three minutes', () => {
    let now = 0;
    const policy = new RestartPolicy(5, 180_000, () => now);
    for (let i = 0; i < 5; i++) {
      assert.equal(policy.crashed(), true, `crash ${i + 1}`);
      now += 1000;
    }
    assert.equal(policy.crashed(), false, 'the sixth crash within three minutes');
  });

  it('forgets crashes older than the window', () => {
    let now = 0;
    const policy = new RestartPolicy(2, 60_000, () => now);
    assert.equal(policy.crashed(), true);
    assert.equal(policy.crashed(), true);
    now = 61_000;
    assert.equal(policy.crashed(), true);
  });
});

describe('client protocol', () => {
  it('sends the requests the server names, and names none of its own', () => {
    assert.equal(client.ChecklistRequest, ChecklistRequest);
    assert.equal(client.CheckDocumentsRequest, CheckDocumentsRequest);
    assert.equal(client.RulesRequest, RulesRequest);
    const source = readFileSync(join(ROOT, 'client', 'src', 'protocol.ts'), 'utf8');
    assert.deepEqual([...source.matchAll(/'(customerLens\/\w+)'/g)], []);
  });
});
