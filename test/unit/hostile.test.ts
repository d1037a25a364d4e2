// Hostile input of two kinds: text that reads one way and is written another (invisible format characters
// inside a heading's words), and a config whose globs or headings would make every check slow.

import * as assert from 'node:assert/strict';
import { Glob, loadConfig, RULE_IDS } from '../../server/src/engine';
import { MAX_GLOB_CHARACTERS } from '../../server/src/engine/config/load';
import { analyze } from '../helpers/engine';

const RECORD = (impact: string) =>
  ['# Split invoices by shop', '', '## Customers', '', 'Owners of two shops or more.', '', '## Problem solved', '', 'They split one PDF by hand.', '',
    `## ${impact}`, '', 'Owners will be relieved: one invoice per shop.', '', '## Value created', '', 'An hour saved each month.', ''].join('\n');

describe('headings and labels are matched as a reader sees them', () => {
  const invisible: [string, string][] = [
    ['zero-width space', 'Cust\u200Bomer impact'],
    ['soft hyphen', 'Custo\u00ADmer im\u00ADpact'],
    ['zero-width joiner and non-joiner', 'Cus\u200Dtomer imp\u200Cact'],
    ['left-to-right and right-to-left marks', '\u200ECustomer\u200F impact'],
    ['bidi isolates and embeddings', '\u2066Customer impact\u2069 \u202A\u202C'],
    ['word joiner and byte order mark', 'Customer\u2060 \uFEFFimpact'],
  ];
  for (const [name, heading] of invisible) {
    it(`a heading with a ${name} inside a word still names its concept`, () => {
      const a = analyze({ path: 'docs/adr/0009-invoices.md', text: RECORD(heading) });
      assert.deepEqual(a.concepts.find((c) => c.concept === 'customer-impact'), {
        concept: 'customer-impact',
        state: 'present',
        required: true,
        section: a.document.sections.find((s) => s.label === heading),
      });
      assert.deepEqual(a.findings.map((f) => [f.rule, f.range.start.line]), [['customer-evidence', 0], ['success-metrics', 0]]);
    });
  }

  it('a bold label with a soft hyphen names its concept too', () => {
    const text = RECORD('Notes').replace('## Notes', '**Customer im\u00ADpact:** owners will be relieved.');
    const a = analyze({ path: 'docs/adr/0009-invoices.md', text });
    assert.equal(a.concepts.find((c) => c.concept === 'customer-impact')?.state, 'present');
  });
});

describe('a config cannot make every check slow', () => {
  const glob = (i: number) => `records/${'a*'.repeat(400)}${i}/{x,y,z}/**/*.md`;

  it('globs that are each within bounds but too many together: one invalid-config finding, the ones before it kept', () => {
    const yaml = `kinds:\n  decision:\n    include:\n${Array.from({ length: 400 }, (_, i) => `      - "${glob(i)}"\n`).join('')}`;
    const loaded = loadConfig(yaml, RULE_IDS);
    const each = new Glob(glob(0)).size;
    const kept = Math.floor(MAX_GLOB_CHARACTERS / each);
    assert.deepEqual(loaded.findings, [{
      rule: 'invalid-config',
      severity: 'error',
      message: `kinds.decision.include: the config's globs are too many or too long together (more than 16,384 characters in all their alternatives); this one and those after it are left out`,
      range: { start: { line: 3 + kept, character: 8 }, end: { line: 3 + kept, character: 8 + glob(kept).length + 2 } },
    }]);
    assert.deepEqual(loaded.config.kinds.decision.include, Array.from({ length: kept }, (_, i) => glob(i)));
  });

  it('more than 100 extra headings, or one of more than ten words: a finding each, the rest kept', () => {
    const long = 'what customers will say when this ships to all of them';
    const yaml = `headings:\n  customer-impact:\n${Array.from({ length: 101 }, (_, i) => `    - "Impact ${i}"\n`).join('')}  value-created:\n    - "${long}"\n    - Gains\n`;
    const loaded = loadConfig(yaml, RULE_IDS);
    assert.deepEqual(loaded.findings.map((f) => [f.message, f.range.start.line]), [
      ['headings.customer-impact has more than 100 headings; the ones after the first 100 are left out', 2],
      [`headings.value-created: "${long}" has more than 10 words, and no heading that long names a concept; it is left out`, 104],
    ]);
    assert.deepEqual(loaded.config.headings['customer-impact'], Array.from({ length: 100 }, (_, i) => `Impact ${i}`));
    assert.deepEqual(loaded.config.headings['value-created'], ['Gains']);
  });
});

describe('YAML that the library would take seconds over is refused unread', () => {
  // YAML takes about 10 µs a token: a megabyte of `"` took seconds in the CLI, and in the server with the file open.
  const texts: [string, string][] = [['a run of double quotes', '"'.repeat(120_000)], ['a run of anchors', '&a '.repeat(60_000)]];
  for (const [name, yaml] of texts) {
    it(`${name}: in front matter, in a YAML record and in a config`, () => {
      const front = analyze({ path: 'docs/adr/0001-x.md', text: `---\n${yaml}\n---\n# T\n` });
      assert.deepEqual(front.findings.filter((f) => f.rule === 'invalid-front-matter').map((f) => [f.message, f.range.start.line]), [['front matter: more than 50,000 tokens; not read', 1]]);
      const record = analyze({ path: 'specs/x.spec.yaml', text: yaml });
      assert.deepEqual(record.findings.filter((f) => f.rule === 'invalid-front-matter').map((f) => [f.message, f.range.start.line]), [['YAML: more than 50,000 tokens; not read', 0]]);
      assert.deepEqual(loadConfig(yaml, RULE_IDS).findings.map((f) => [f.message, f.range.start.line]), [['not valid YAML: more than 50,000 tokens; not read', 0]]);
    });
  }

  it('YAML of thousands of keys (tens of times the largest real one) is still read', () => {
    const yaml = Array.from({ length: 2_000 }, (_, i) => `key${i}: a value with words`).join('\n');
    const loaded = loadConfig(`rules:\n  customer-evidence: off\n${yaml}`, RULE_IDS);
    assert.deepEqual(loaded.config.rules, { 'customer-evidence': 'off' });
    assert.deepEqual(loaded.findings.map((f) => [f.message, f.range.start.line]), Array.from({ length: 2_000 }, (_, i) => [`unknown setting "key${i}": use kinds, rules or headings`, i + 2]));
  });
});
