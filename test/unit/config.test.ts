// Loading .customer-lens.yaml: every problem is an invalid-config finding at the offending line, and
// the valid parts still apply.

import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, loadConfig, RULE_IDS, type Finding } from '../../server/src/engine';
import { readConfigFile } from '../../server/src/node/configFiles';

/** 1-based lines of the findings, as a reader of the file counts them. */
function lines(findings: Finding[]): number[] {
  return findings.map((f) => f.range.start.line + 1);
}

function lineText(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

function assertAllInvalidConfig(findings: Finding[]): void {
  for (const f of findings) {
    assert.equal(f.rule, 'invalid-config');
    assert.equal(f.severity, 'error');
    assert.ok(f.message.length > 0);
  }
}

describe('loadConfig', () => {
  it('reads the contract\'s example', () => {
    const text = [
      'kinds:',
      '  decision: { include: ["records/**/*.md"], exclude: ["records/drafts/**"] }',
      '  spec: { include: ["**/*.md"] }',
      'rules:',
      '  customer-evidence: warning',
      'headings:',
      '  customer-impact: ["Was ändert sich für Nutzer"]',
      '',
    ].join('\n');
    const { config, findings } = loadConfig(text, RULE_IDS);
    assert.deepStrictEqual(findings, []);
    assert.deepStrictEqual(config.kinds.decision.include, ['records/**/*.md']);
    assert.deepStrictEqual(config.kinds.decision.exclude, ['records/drafts/**']);
    assert.deepStrictEqual(config.kinds.spec.include, ['**/*.md']);
    assert.equal(config.rules['customer-evidence'], 'warning');
    assert.deepStrictEqual(config.headings['customer-impact'], ['Was ändert sich für Nutzer']);
  });

  it('takes every severity and off', () => {
    const text = ['rules:', '  customer-evidence: error', '  success-metrics: warning', '  customer-segment: info', '  close-the-loop: hint', '  empty-section: off', ''].join('\n');
    const { config, findings } = loadConfig(text, RULE_IDS);
    assert.deepStrictEqual(findings, []);
    assert.deepStrictEqual(config.rules, {
      'customer-evidence': 'error',
      'success-metrics': 'warning',
      'customer-segment': 'info',
      'close-the-loop': 'hint',
      'empty-section': 'off',
    });
  });

  it('an empty file or one with comments only is the defaults, with no finding', () => {
    for (const text of ['', '# nothing yet\n']) {
      const loaded = loadConfig(text, RULE_IDS);
      assert.deepStrictEqual(loaded.findings, []);
      assert.deepStrictEqual(loaded.config, defaultConfig());
    }
  });

  describe('invalid YAML', () => {
    it('is reported at the offending line, and the keys before it still apply', () => {
      const text = ['rules:', '  customer-evidence: warning', '  success-metrics: error: now', 'headings:', '  customer-impact: ["Was ändert sich für Nutzer"]', ''].join('\n');
      const { config, findings } = loadConfig(text, RULE_IDS);
      assertAllInvalidConfig(findings);
      assert.ok(findings.length > 0);
      assert.ok(lines(findings).includes(3), `findings at lines ${lines(findings).join(', ')}`);
      assert.equal(config.rules['customer-evidence'], 'warning');
      assert.deepStrictEqual(config.headings['customer-impact'], ['Was ändert sich für Nutzer']);
    });

    it('an unclosed list is reported on the line that opens it, not past the end of the file', () => {
      const text = ['rules:', '  customer-evidence: warning', '  success-metrics: [error', ''].join('\n');
      const { config, findings } = loadConfig(text, RULE_IDS);
      assertAllInvalidConfig(findings);
      const syntax = findings.filter((f) => /YAML/i.test(f.message));
      assert.ok(syntax.length > 0, 'a finding says the YAML is invalid');
      for (const f of syntax) {
        assert.equal(f.range.start.line + 1, 3, `"${f.message}" is at line ${f.range.start.line + 1}: "${lineText(text, f.range.start.line + 1)}"`);
      }
      assert.equal(config.rules['customer-evidence'], 'warning');
    });

    it('a tab used for indentation', () => {
      const text = ['headings:', '  customer-impact: ["Impact on shoppers"]', 'rules:', '\tcustomer-evidence: warning', ''].join('\n');
      const { config, findings } = loadConfig(text, RULE_IDS);
      assertAllInvalidConfig(findings);
      assert.ok(lines(findings).includes(4), `findings at lines ${lines(findings).join(', ')}`);
      assert.deepStrictEqual(config.headings['customer-impact'], ['Impact on shoppers']);
    });
  });

  describe('wrong types', () => {
    const cases: { name: string; text: string; line: number }[] = [
      { name: 'rules is a word', text: 'headings:\n  customer-impact: ["Impact on shoppers"]\nrules: warning\n', line: 3 },
      { name: 'kinds is a list', text: 'headings:\n  customer-impact: ["Impact on shoppers"]\nkinds: [decision]\n', line: 3 },
      { name: 'headings is a word', text: 'rules:\n  customer-evidence: warning\nheadings: "Impact"\n', line: 3 },
      { name: 'a severity that does not exist', text: 'rules:\n  customer-evidence: warning\n  success-metrics: loud\n', line: 3 },
      { name: 'a severity given as a number', text: 'rules:\n  customer-evidence: warning\n  success-metrics: 2\n', line: 3 },
      { name: 'headings of a concept given as a number', text: 'rules:\n  customer-evidence: warning\nheadings:\n  customer-impact: 42\n', line: 4 },
      { name: 'include given as a map', text: 'rules:\n  customer-evidence: warning\nkinds:\n  decision:\n    include: { a: b }\n', line: 5 },
      { name: 'a kind given as a word', text: 'rules:\n  customer-evidence: warning\nkinds:\n  decision: records\n', line: 4 },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const { findings } = loadConfig(c.text, RULE_IDS);
        assertAllInvalidConfig(findings);
        assert.deepStrictEqual(lines(findings), [c.line]);
      });
    }

    it('the valid parts still apply', () => {
      const { config } = loadConfig('headings:\n  customer-impact: ["Impact on shoppers"]\nrules: warning\n', RULE_IDS);
      assert.deepStrictEqual(config.headings['customer-impact'], ['Impact on shoppers']);
      const other = loadConfig('rules:\n  customer-evidence: warning\n  success-metrics: loud\n', RULE_IDS);
      assert.deepStrictEqual(other.config.rules, { 'customer-evidence': 'warning' });
    });

    it('a file that is not a mapping', () => {
      const { config, findings } = loadConfig('- rules\n- kinds\n', RULE_IDS);
      assertAllInvalidConfig(findings);
      assert.deepStrictEqual(lines(findings), [1]);
      assert.deepStrictEqual(config, defaultConfig());
    });
  });

  it('unknown rule ids are reported on their line; the known ones apply', () => {
    const text = ['rules:', '  customer-evidence: warning', '  customer-happiness: error', '  success-metrics: error', ''].join('\n');
    const { config, findings } = loadConfig(text, RULE_IDS);
    assertAllInvalidConfig(findings);
    assert.deepStrictEqual(lines(findings), [3]);
    assert.equal(findings[0].range.start.character, 2);
    assert.deepStrictEqual(config.rules, { 'customer-evidence': 'warning', 'success-metrics': 'error' });
  });

  it('unknown top-level settings and kinds are reported on their line', () => {
    const text = ['rule:', '  customer-evidence: warning', 'kinds:', '  memo:', '    include: ["memos/**/*.md"]', '  decision:', '    include: ["records/**/*.md"]', ''].join('\n');
    const { config, findings } = loadConfig(text, RULE_IDS);
    assertAllInvalidConfig(findings);
    assert.deepStrictEqual(lines(findings), [1, 4]);
    assert.deepStrictEqual(config.kinds.decision.include, ['records/**/*.md']);
  });

  it('bad globs are reported at their line and left out; the good ones apply', () => {
    const text = [
      'kinds:',
      '  decision:',
      '    include:',
      '      - "records/**/*.md"',
      '      - "records/{a,b/*.md"',
      '    exclude: "records/[drafts/**"',
      '  spec:',
      '    include: ["briefs/**/*.md", "briefs/}x"]',
      '',
    ].join('\n');
    const { config, findings } = loadConfig(text, RULE_IDS);
    assertAllInvalidConfig(findings);
    assert.deepStrictEqual(lines(findings), [5, 6, 8]);
    assert.deepStrictEqual(config.kinds.decision.include, ['records/**/*.md']);
    assert.deepStrictEqual(config.kinds.decision.exclude, []);
    assert.deepStrictEqual(config.kinds.spec.include, ['briefs/**/*.md']);
  });

  it('unknown concepts, in headings and in kinds.<kind>.concepts, are reported on their line; the known ones apply', () => {
    const text = [
      'headings:',
      '  customer-impact: ["Was ändert sich für Nutzer"]',
      '  customer-mood: ["Vibes"]',
      'kinds:',
      '  spec:',
      '    concepts: [customer-impact, happiness]',
      '',
    ].join('\n');
    const { config, findings } = loadConfig(text, RULE_IDS);
    assertAllInvalidConfig(findings);
    assert.deepStrictEqual(lines(findings), [3, 6]);
    assert.deepStrictEqual(config.headings, { 'customer-impact': ['Was ändert sich für Nutzer'] });
    assert.deepStrictEqual(config.kinds.spec.concepts, ['customer-impact']);
  });

  it('every finding has a range on the line it names, inside the text', () => {
    const text = 'rules:\n  customer-evidence: warning\n  nope: error\nkinds:\n  decision:\n    include: ["a/{b"]\n';
    const { findings } = loadConfig(text, RULE_IDS);
    const textLines = text.split('\n');
    assert.ok(findings.length >= 2);
    for (const f of findings) {
      assert.ok(f.range.start.line < textLines.length);
      assert.ok(f.range.end.line >= f.range.start.line);
      assert.ok(f.range.end.character <= textLines[f.range.end.line].length);
    }
  });

  describe('in the reader\'s language', () => {
    // The failing example of docs/rules/invalid-config.md, with an unknown top-level key.
    const text = ['rules:', '  customer-evidense: warning', '  success-metrics: loud', 'kinds:', '  spec:', '    include: ["product/**/{brief,spec.md"]', 'colour: blue', ''].join('\n');
    const finding = (line: number, start: number, end: number, message: string): Finding => ({
      rule: 'invalid-config',
      severity: 'error',
      message,
      range: { start: { line, character: start }, end: { line, character: end } },
    });

    it('English by default, word for word as before', () => {
      const english = [
        finding(1, 2, 19, 'unknown rule "customer-evidense"'),
        finding(2, 19, 23, 'rules.success-metrics must be error, warning, info, hint or off'),
        finding(5, 14, 41, 'kinds.spec.include: unbalanced "{" in glob "product/**/{brief,spec.md"'),
        finding(6, 0, 6, 'unknown setting "colour": use kinds, rules or headings'),
      ];
      assert.deepStrictEqual(loadConfig(text, RULE_IDS).findings, english);
      assert.deepStrictEqual(loadConfig(text, RULE_IDS, 'en').findings, english);
      assert.deepStrictEqual(loadConfig(text, RULE_IDS, 'xx').findings, english);
    });

    it('German', () => {
      assert.deepStrictEqual(loadConfig(text, RULE_IDS, 'de').findings, [
        finding(1, 2, 19, 'unbekannte Regel „customer-evidense“'),
        finding(2, 19, 23, 'rules.success-metrics muss error, warning, info, hint oder off sein'),
        finding(5, 14, 41, 'kinds.spec.include: „{“ ohne Gegenstück im Glob „product/**/{brief,spec.md“'),
        finding(6, 0, 6, 'unbekannte Einstellung „colour“: verwende kinds, rules oder headings'),
      ]);
    });

    it('Polish, from a locale with a region', () => {
      assert.deepStrictEqual(loadConfig(text, RULE_IDS, 'pl-PL').findings, [
        finding(1, 2, 19, 'nieznana reguła „customer-evidense”'),
        finding(2, 19, 23, 'rules.success-metrics musi mieć wartość error, warning, info, hint lub off'),
        finding(5, 14, 41, 'kinds.spec.include: „{” bez pary w globie „product/**/{brief,spec.md”'),
        finding(6, 0, 6, 'nieznane ustawienie „colour”: użyj kinds, rules lub headings'),
      ]);
    });

    it('a YAML syntax error keeps the YAML library\'s words inside the frame; our own YAML problems are translated', () => {
      assert.deepStrictEqual(loadConfig('rules:\n  a: b: c\n', RULE_IDS, 'de').findings, [
        finding(1, 2, 9, 'kein gültiges YAML: Nested mappings are not allowed in compact mappings'),
        finding(1, 2, 3, 'unbekannte Regel „a“'),
      ]);
      assert.deepStrictEqual(loadConfig('rules:\n  close-the-loop: off\n  close-the-loop: off\n', RULE_IDS, 'fr').findings, [
        finding(2, 2, 16, "YAML non valide : chaque clé ne doit apparaître qu'une fois"),
      ]);
      assert.deepStrictEqual(loadConfig('['.repeat(100), RULE_IDS, 'it').findings, [finding(0, 0, 100, 'YAML non valido: annidato per più di 64 livelli; non letto')]);
    });

    it('every kind of bad glob is put in the reader\'s words', () => {
      const globs = ['""', '"a/}b"', '"a/{b"', '"a/[b"', `"${'x'.repeat(1100)}"`, `"${'{'.repeat(20)}"`, '"{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}"'];
      const config = `kinds:\n  spec:\n    include: [${globs.join(', ')}]\n`;
      const messages = loadConfig(config, RULE_IDS, 'de').findings.map((f) => f.message);
      assert.deepStrictEqual(messages, [
        'kinds.spec.include: leerer Glob',
        'kinds.spec.include: „}“ ohne Gegenstück im Glob „a/}b“',
        'kinds.spec.include: „{“ ohne Gegenstück im Glob „a/{b“',
        'kinds.spec.include: „[“ ohne Gegenstück im Glob „[b“',
        'kinds.spec.include: Glob länger als 1024 Zeichen',
        'kinds.spec.include: Glob „{{{{{{{{{{{{{{{{{{{{...“ verschachtelt geschweifte Klammern mehr als 16 Ebenen tief',
        'kinds.spec.include: Glob „**/{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}“ hat mehr als 64 Alternativen',
      ]);
    });

    it('a config file that cannot be read', () => {
      const dir = mkdtempSync(join(tmpdir(), 'customer-lens-config-'));
      try {
        assert.deepStrictEqual(readConfigFile(dir, undefined, 'de').findings, [finding(0, 0, 0, `${dir} ist ein Ordner, keine Konfigurationsdatei; es gelten die Standardwerte`)]);
        assert.deepStrictEqual(readConfigFile(dir).findings, [finding(0, 0, 0, `${dir} is a folder, not a config file; the defaults apply`)]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
