// The engine's classification and severities: which paths are checked as what, front matter kind,
// the size limit, and configured severities under the history cap.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, loadConfig, MAX_FILE_BYTES, RULE_IDS, type Config } from '../../server/src/engine';
import { analyze, hasKind, kindFromPath } from '../helpers/engine';
import { GIFT_WRAP_HEAD } from '../helpers/documents';
import { plainFindings, toPlain, type PlainFinding } from '../helpers/findings';

const COMPLETE = [
  ...GIFT_WRAP_HEAD,
  '## Customer evidence',
  '',
  '120 chat requests for wrapping last December.',
  '',
  '## Success metrics',
  '',
  '10% of December orders are wrapped.',
  '',
].join('\n');

/** COMPLETE without one of its sections (heading and text). */
function without(heading: string): string {
  return COMPLETE.replace(new RegExp(`## ${heading}\\n\\n[^\\n]*\\n\\n`), '');
}

function configFrom(yaml: string): Config {
  const loaded = loadConfig(yaml, RULE_IDS);
  assert.deepStrictEqual(loaded.findings, []);
  return loaded.config;
}

describe('kind by path (the contract\'s default globs)', () => {
  const config = defaultConfig();
  const table: [string, 'decision' | 'spec' | undefined][] = [
    ['docs/adr/0001-prices.md', 'decision'],
    ['adrs/0001-prices.markdown', 'decision'],
    ['docs/decisions/2024/0001-prices.md', 'decision'],
    ['decision-records/0001.md', 'decision'],
    ['architecture-decisions/0001.md', 'decision'],
    ['services/cart/docs/ADR/0001.md', 'decision'],
    ['notes/0001-prices.decision.md', 'decision'],
    ['notes/0001-prices.adr.yaml', 'decision'],
    ['notes/0001-prices.adr.yml', 'decision'],
    ['notes/0001-prices.decision.markdown', 'decision'],
    ['specs/checkout.md', 'spec'],
    ['product/prd/wishlist.md', 'spec'],
    ['prds/wishlist.markdown', 'spec'],
    ['rfcs/0031-substitutes.md', 'spec'],
    ['proposals/loyalty.md', 'spec'],
    ['checkout.spec.yaml', 'spec'],
    ['docs/checkout.prd.md', 'spec'],
    ['docs/checkout.spec.yml', 'spec'],
    // Excluded by default.
    ['docs/decisions/README.md', undefined],
    ['docs/decisions/readme.md', undefined],
    ['docs/decisions/index.md', undefined],
    ['docs/decisions/template.md', undefined],
    ['docs/decisions/adr-template.md', undefined],
    ['specs/TEMPLATE-spec.md', undefined],
    ['node_modules/some-lib/docs/adr/0001.md', undefined],
    ['packages/web/node_modules/lib/specs/a.md', undefined],
    // Not decisions or specs.
    ['docs/guide.md', undefined],
    ['docs/decisions/0001.txt', undefined],
    ['docs/adr/0001.yaml', undefined],
    ['specs/checkout.yaml', undefined],
    ['README.md', undefined],
  ];
  for (const [path, kind] of table) it(`${path} -> ${kind ?? 'not checked'}`, () => assert.equal(kindFromPath(path, config), kind));

  it('a config adds and removes globs per kind', () => {
    const custom = configFrom('kinds:\n  decision: { include: ["records/**/*.md"], exclude: ["records/drafts/**"] }\n  spec: { exclude: ["specs/archive/**"] }\n');
    assert.equal(kindFromPath('records/2024/pricing.md', custom), 'decision');
    assert.equal(kindFromPath('records/drafts/pricing.md', custom), undefined);
    assert.equal(kindFromPath('docs/adr/0001.md', custom), 'decision');
    assert.equal(kindFromPath('specs/archive/old.md', custom), undefined);
    assert.equal(kindFromPath('specs/new.md', custom), 'spec');
  });
});

describe('kind by front matter', () => {
  it('kind: decision makes any path a decision', () => {
    assert.equal(analyze({ path: 'notes/pricing.md', text: `---\nkind: decision\n---\n${COMPLETE}` }).kind, 'decision');
  });
  it('type: spec is accepted too', () => {
    assert.equal(analyze({ path: 'notes/pricing.md', text: `---\ntype: spec\n---\n${COMPLETE}` }).kind, 'spec');
  });
  it('front matter decides before the path', () => {
    assert.equal(analyze({ path: 'docs/decisions/0001.md', text: `---\nkind: spec\n---\n${COMPLETE}` }).kind, 'spec');
    assert.equal(analyze({ path: 'docs/decisions/README.md', text: `---\nkind: decision\n---\n${COMPLETE}` }).kind, 'decision');
  });
  it('a YAML record\'s own kind key', () => {
    assert.equal(analyze({ path: 'records/pricing.yaml', text: 'kind: decision\ntitle: Prices\n' }).kind, 'decision');
  });
  it('a key named __proto__, constructor or prototype is an ordinary key, not a way to set the kind', () => {
    const note = analyze({ path: 'notes/ideas.md', text: '---\n__proto__: {kind: decision}\nconstructor: {kind: spec}\nprototype: x\n---\n# Ideas\n' });
    assert.equal(note.kind, undefined);
    assert.deepEqual(note.findings, []);
    const data = note.document.frontMatter?.data ?? {};
    assert.deepEqual(Object.keys(data), ['__proto__', 'constructor', 'prototype']);
    assert.deepEqual(Object.getOwnPropertyDescriptor(data, '__proto__')?.value, { kind: 'decision' });
    assert.equal(Object.getPrototypeOf(data), Object.prototype);
    assert.equal(analyze({ path: 'notes/ideas.yaml', text: '__proto__:\n  kind: spec\ntitle: Ideas\n' }).kind, undefined);
    assert.equal(hasKind({ path: 'notes/ideas.md', text: '---\n__proto__: {kind: decision}\n---\n# Ideas\n' }), false);
    // Beside a real kind, it changes nothing.
    assert.equal(analyze({ path: 'notes/ideas.md', text: '---\n__proto__: {kind: spec}\nkind: decision\n---\n# Ideas\n' }).kind, 'decision');
  });

  it('a file that is neither gets no finding at all', () => {
    const a = analyze({ path: 'docs/guide.md', text: '# Guide\n\nNothing about customers.\n' });
    assert.equal(a.kind, undefined);
    assert.deepStrictEqual(a.findings, []);
  });
});

describe('hasKind: the kind without reading the body', () => {
  it('agrees with analyze() on every fixture and example, under every path kind', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(md|ya?ml)$/.test(e.name)) files.push(p);
      }
    };
    walk(join(__dirname, '../../../test/fixtures'));
    walk(join(__dirname, '../../../examples'));
    assert.ok(files.length > 150, `${files.length} files`);
    let withKind = 0;
    let without = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const ext = file.endsWith('.md') ? 'md' : 'yaml';
      // A decision's path, a spec's, an excluded one and one no glob takes: the front matter decides the last two.
      for (const path of [`docs/decisions/0001-x.${ext}`, `specs/x.${ext}`, `docs/decisions/README.${ext}`, `notes/x.${ext}`]) {
        const expected = analyze({ path, text }).kind !== undefined;
        assert.equal(hasKind({ path, text }), expected, `${file} as ${path}`);
        if (expected) withKind++;
        else without++;
      }
    }
    assert.ok(withKind > 0 && without > 0, `${withKind} with a kind, ${without} without`);
  });

  it('reads front matter and YAML keys as analyze() does, broken ones included', () => {
    const cases: [string, string][] = [
      ['notes/a.md', '---\nkind: decision\n---\n# A\n'],
      ['notes/a.md', '---\ntype: Spec \n---\n# A\n'],
      ['notes/a.md', '---\nkind: decision\n# never closed\n'],
      ['notes/a.md', '---\nkind: [decision\n---\n# A\n'],
      ['notes/a.md', '---\nkind: constructor\n---\n'],
      ['notes/a.md', '# A\n\n---\nkind: decision\n---\n'],
      ['notes/a.yaml', 'kind: adr\ntitle: A\n'],
      ['notes/a.yaml', 'title: A\nitems:\n  - kind: decision\n'],
      ['notes/a.yaml', '- kind: decision\n'],
      ['notes/a.yaml', 'kind: "decision\n'],
      ['README.md', '\ufeff---\nkind: spec\n---\n'],
    ];
    for (const [path, text] of cases) assert.equal(hasKind({ path, text }), analyze({ path, text }).kind !== undefined, JSON.stringify(text));
  });

  it('says no for a file over the size limit that no path glob takes, as analyze() does', () => {
    const text = `---\nkind: decision\n---\n${'x'.repeat(MAX_FILE_BYTES)}`;
    assert.equal(hasKind({ path: 'notes/big.md', text }), false);
    assert.equal(analyze({ path: 'notes/big.md', text }).kind, undefined);
    assert.equal(hasKind({ path: 'docs/decisions/0001-big.md', text }), true);
  });
});

describe('file-too-large', () => {
  const expected = [{ rule: 'file-too-large', severity: 'info', line: 1, column: 1, endLine: 1 }];
  const plain = (findings: ReturnType<typeof analyze>['findings']) => findings.map((f) => {
    const { endColumn: _end, ...rest } = toPlain(f);
    return rest;
  });

  it('a file whose size on disk is above the limit gets one info finding and no check', () => {
    const a = analyze({ path: 'docs/decisions/0001-huge.md', text: '', byteLength: 17 * 1024 * 1024 });
    assert.equal(a.kind, 'decision');
    assert.deepStrictEqual(plain(a.findings), expected);
  });

  it('text longer than the limit gets the same single finding', () => {
    const text = `# Huge\n${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const a = analyze({ path: 'specs/huge.md', text });
    assert.deepStrictEqual(plain(a.findings), expected);
    assert.equal(a.findings[0].range.end.character <= 200, true);
  });

  it('the limit is 16 MiB', () => assert.equal(MAX_FILE_BYTES, 16 * 1024 * 1024));

  it('a file at the limit is still checked', () => {
    const a = analyze({ path: 'docs/decisions/0001.md', text: without('Customer impact'), byteLength: MAX_FILE_BYTES });
    assert.deepStrictEqual(plainFindings(a.findings), [{ rule: 'customer-impact', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 28 }]);
  });

  it('a large file that is not a decision or spec gets nothing', () => {
    assert.deepStrictEqual(analyze({ path: 'docs/huge.md', text: '', byteLength: 17 * 1024 * 1024 }).findings, []);
  });
});

describe('severities', () => {
  const path = 'docs/decisions/0001-gift-wrap.md';
  const findingsOf = (text: string, config?: Config) => plainFindings(analyze({ path, text, config }).findings);
  /** A missing concept, reported on the title "# Gift wrapping at checkout" (line 1, or 4 below front matter). */
  const onTitle = (rule: string, severity: string, line: 1 | 4): PlainFinding => ({ rule, severity, line, column: 1, endLine: line, endColumn: 28 });
  const front = (status: string, text: string) => `---\nstatus: ${status}\n---\n${text}`;

  it('the core concepts are warnings, errors once accepted', () => {
    for (const heading of ['Customer impact', 'Problem solved', 'Value created']) {
      const rule = heading.toLowerCase().replace(' ', '-');
      assert.deepStrictEqual(findingsOf(without(heading)), [onTitle(rule, 'warning', 1)], rule);
      // Accepted also asks for the follow-up, which COMPLETE lacks.
      assert.deepStrictEqual(findingsOf(front('accepted', without(heading))), [onTitle('close-the-loop', 'info', 4), onTitle(rule, 'error', 4)], rule);
      assert.deepStrictEqual(findingsOf(front('draft', without(heading))), [onTitle(rule, 'warning', 4)], rule);
    }
  });

  it('a configured severity replaces the default', () => {
    const config = configFrom('rules:\n  customer-evidence: error\n  customer-impact: info\n');
    assert.deepStrictEqual(findingsOf(without('Customer evidence'), config), [onTitle('customer-evidence', 'error', 1)]);
    assert.deepStrictEqual(findingsOf(front('accepted', without('Customer impact')), config), [onTitle('close-the-loop', 'info', 4), onTitle('customer-impact', 'info', 4)]);
  });

  it('off removes the rule', () => {
    const config = configFrom('rules:\n  customer-evidence: off\n');
    assert.deepStrictEqual(findingsOf(without('Customer evidence'), config), []);
  });

  it('history is capped at info, whatever the config says', () => {
    const config = configFrom('rules:\n  customer-evidence: error\n  customer-impact: error\n');
    for (const status of ['rejected', 'deprecated', 'superseded']) {
      const text = front(status, without('Customer impact').replace(/## Customer evidence\n\n[^\n]*\n\n/, ''));
      assert.deepStrictEqual(findingsOf(text, config), [onTitle('customer-evidence', 'info', 4), onTitle('customer-impact', 'info', 4)], status);
    }
  });

  it('hint stays hint on history (the cap only lowers)', () => {
    const config = configFrom('rules:\n  customer-evidence: hint\n');
    assert.deepStrictEqual(findingsOf(front('rejected', without('Customer evidence')), config), [onTitle('customer-evidence', 'hint', 4)]);
  });

  it('extra headings from the config count as the concept', () => {
    const config = configFrom('headings:\n  customer-impact: ["What changes for shoppers"]\n');
    const text = COMPLETE.replace('## Customer impact', '## What changes for shoppers');
    assert.deepStrictEqual(analyze({ path, text, config }).findings, []);
    assert.deepStrictEqual(findingsOf(text.replace('## What changes for shoppers', '## What changes in the warehouse'), config), [onTitle('customer-impact', 'warning', 1)]);
  });

  it('kinds.<kind>.concepts narrows what a kind must address', () => {
    const config = configFrom('kinds:\n  decision:\n    concepts: [customer-impact]\n');
    const text = '# Gift wrapping\n\n## Customer impact\n\nA box at checkout.\n';
    assert.deepStrictEqual(analyze({ path, text, config }).findings, []);
  });
});

describe('missing concepts are shown where a reviewer can see them', () => {
  it('on the title line', () => {
    const a = analyze({ path: 'docs/decisions/0001.md', text: `\n\n${without('Customer impact')}` });
    assert.deepStrictEqual(a.findings.map((f) => toPlain(f)), [{ rule: 'customer-impact', severity: 'warning', line: 3, column: 1, endLine: 3, endColumn: 28 }]);
  });
  it('on the front matter when there is no title', () => {
    const text = `---\nstatus: proposed\n---\n\n${without('Customer impact').replace('# Gift wrapping at checkout\n', '')}`;
    const a = analyze({ path: 'docs/decisions/0001.md', text });
    assert.deepStrictEqual(a.findings.map((f) => toPlain(f)), [{ rule: 'customer-impact', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 4 }]);
  });
  it('on the first line with text otherwise', () => {
    const text = `\n\nSome notes first.\n\n${without('Customer impact').replace('# Gift wrapping at checkout\n', '')}`;
    const a = analyze({ path: 'docs/decisions/0001.md', text });
    assert.deepStrictEqual(a.findings.map((f) => toPlain(f)), [{ rule: 'customer-impact', severity: 'warning', line: 3, column: 1, endLine: 3, endColumn: 18 }]);
  });
});

describe('line endings and byte order mark', () => {
  it('CRLF and a lone CR give the same findings as LF', () => {
    const text = without('Customer impact');
    const lf = analyze({ path: 'docs/adr/1.md', text }).findings.map((f) => toPlain(f));
    assert.deepStrictEqual(lf, [{ rule: 'customer-impact', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 28 }]);
    assert.deepStrictEqual(analyze({ path: 'docs/adr/1.md', text: text.replace(/\n/g, '\r\n') }).findings.map((f) => toPlain(f)), lf);
    assert.deepStrictEqual(analyze({ path: 'docs/adr/1.md', text: text.replace(/\n/g, '\r') }).findings.map((f) => toPlain(f)), lf);
  });
  it('front matter behind a BOM is read', () => {
    const a = analyze({ path: 'docs/adr/1.md', text: `\uFEFF---\r\nstatus: accepted\r\n---\r\n${without('Value created').replace(/\n/g, '\r\n')}` });
    assert.equal(a.status, 'accepted');
    assert.deepStrictEqual(plainFindings(a.findings), [
      { rule: 'close-the-loop', severity: 'info', line: 4, column: 1, endLine: 4, endColumn: 28 },
      { rule: 'value-created', severity: 'error', line: 4, column: 1, endLine: 4, endColumn: 28 },
    ]);
  });
});
