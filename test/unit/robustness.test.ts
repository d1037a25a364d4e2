// Nothing a document or a config file can do breaks Customer Lens: one test per row of docs/robustness.md
// that the CLI tests (test/cli/cli.test.ts) and config tests (test/unit/config.test.ts) do not already
// cover, the regressions the fuzzers found, and the safety checks of docs/robustness.md "Safety".

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { Glob, loadConfig, MAX_FILE_BYTES, RULE_IDS, type Analysis, type Finding } from '../../server/src/engine';
import { analyze } from '../helpers/engine';
import { codeActions } from '../../server/src/lsp/codeActions';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { hoverAt } from '../../server/src/lsp/hover';
import { ConfigFinder, readConfigFile } from '../../server/src/node/configFiles';
import { CLI, decisionRecord, linesOf, runCli, TempFolder, type CliRun } from '../helpers/cli';
import { assertFindings, NOTHING_IN_A_DECISION, NOTHING_IN_A_SPEC, onSpan, REPO_ROOT, type PlainFinding } from '../helpers/findings';
import { plainDiagnostics, TestClient } from '../helpers/lspClient';
import { lineLengths, rangeProblem } from '../fuzz/fragments';

const DECISION = 'docs/decisions/0001-late-orders.md';

/** Every finding lies inside the text, as LSP counts lines (\n, \r\n or a lone \r). */
function assertInside(findings: Finding[], text: string): void {
  const lengths = lineLengths(text);
  for (const f of findings) {
    const problem = rangeProblem(f.range, lengths);
    assert.equal(problem, undefined, `${f.rule}: ${problem}`);
  }
}

/** The messages of one rule's findings, in the order reported. */
function messagesOf(a: Analysis, rule: string): string[] {
  return a.findings.filter((f) => f.rule === rule).map((f) => f.message);
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const started = Date.now();
  const value = fn();
  return { value, ms: Date.now() - started };
}

/** Runs a script with the compiled engine in a fresh Node process: some failures abort a process. */
function nodeScript(script: string): { code: number | null; stdout: string; stderr: string } {
  const engine = join(REPO_ROOT, 'out', 'server', 'src', 'engine');
  const r = spawnSync(process.execPath, ['-e', `const lib = require(${JSON.stringify(engine)});\nconst engine = { ...lib, ...lib.createEngine() };\n${script}`], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line at most on stderr, never a stack trace. */
function assertQuiet(run: CliRun): void {
  assert.ok(!/^\s+at\s/m.test(run.stderr), `stack trace on stderr:\n${run.stderr}`);
}

interface JsonReport {
  files: { path: string; kind: string; diagnostics: (PlainFinding & { message: string })[] }[];
}

function json(run: CliRun): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}

/** A file's diagnostics in a JSON report, without their messages, to compare whole. */
function placesIn(report: JsonReport, path: string): PlainFinding[] | undefined {
  return report.files.find((f) => f.path === path)?.diagnostics.map(({ message: _m, ...rest }) => rest);
}

/** decisionRecord() without "Customer impact" (the one every CLI folder here holds): a warning on its title. */
const NO_IMPACT = onSpan(5, [1, 25], 'customer-impact warning');
/** decisionRecord() without "Value created". */
const NO_VALUE = onSpan(5, [1, 25], 'value-created warning');

/** Every file and folder under `root`, with size and modification time: what a run may not change. */
function snapshot(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = statSync(p, { throwIfNoEntry: false });
      out.push(`${relative(root, p)} ${st?.isDirectory() ? 'dir' : `${st?.size} ${st?.mtimeMs}`}`);
      if (st?.isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

describe('robustness', function () {
  this.timeout(120_000);

  before(() => assert.ok(existsSync(CLI), 'build first: node scripts/build.mjs'));

  describe('documents (engine)', () => {
    it('unclosed front matter: one invalid-front-matter finding on line 1, and the rest of the document is checked', () => {
      const text = decisionRecord({ drop: ['Value created'] }).replace('status: proposed\n---\n', 'status: proposed\n');
      const a = analyze({ path: DECISION, text });
      assertFindings(a.findings, [...onSpan(1, [1, 4], 'invalid-front-matter warning'), ...onSpan(4, [1, 25], 'value-created warning')]);
      assert.deepStrictEqual(messagesOf(a, 'invalid-front-matter'), ['front matter is not closed: add a line with `---` after it']);
      assertInside(a.findings, text);
    });

    /**
     * Front matter; the invalid-front-matter finding it gets, if any ([line, column, endColumn, message]); and the
     * line of the title, where the missing "Value created" is reported, with its severity.
     */
    const broken: [string, string, [number, number, number, string] | undefined, [number, string]][] = [
      ['invalid YAML', 'status: [accepted\n', [2, 1, 18, 'front matter: Flow sequence in block collection must be sufficiently indented and end with a ]'], [5, 'warning']],
      ['a tab for indentation', 'owner:\n\tname: Ana\n', [3, 2, 11, 'front matter: Tabs are not allowed as indentation'], [6, 'warning']],
      ['a list, not a map', '- status\n- accepted\n', [2, 1, 9, 'front matter: front matter is not a set of `key: value` lines'], [6, 'warning']],
      ['a scalar, not a map', 'just a sentence\n', [2, 1, 16, 'front matter: front matter is not a set of `key: value` lines'], [5, 'warning']],
      ['an alias to a missing anchor', 'a: *nothing\n', [2, 1, 12, 'front matter: Unresolved alias (the anchor must be set before the alias): nothing'], [5, 'warning']],
      ['anchors and aliases', 'base: &b { status: accepted }\nother: *b\n', undefined, [6, 'warning']],
      ['an alias bomb (billion laughs)', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n', [2, 1, 44, 'front matter: Excessive alias count indicates a resource exhaustion attack'], [9, 'warning']],
      ['a 100,000-character key', `${'k'.repeat(100_000)}: v\n`, undefined, [5, 'warning']],
      ['duplicate keys', 'status: accepted\nstatus: rejected\n', undefined, [6, 'info']],
      ['custom and JavaScript tags', 'fn: !!js/function "function () { process.exit(3) }"\nx: !custom y\n', undefined, [6, 'warning']],
      ['keys named like Object\'s own properties', '__proto__: { kind: decision }\nconstructor: 1\ntoString: 2\nkind: constructor\n', undefined, [8, 'warning']],
    ];
    for (const [name, yaml, invalid, title] of broken) {
      it(`front matter with ${name}: ${invalid ? 'one invalid-front-matter finding, ' : ''}no exception, the body still checked`, () => {
        const text = `---\n${yaml}---\n${decisionRecord({ drop: ['Value created'] }).split('---\n').slice(2).join('---\n')}`;
        const { value: a, ms } = timed(() => analyze({ path: DECISION, text }));
        assert.ok(ms < 10_000, `${ms} ms`);
        assertInside(a.findings, text);
        // The body's sections are still read: only "Value created" is missing (capped at info on history: the last status key, rejected, wins).
        const value = onSpan(title[0], [1, 25], `value-created ${title[1]}`);
        const expected = invalid ? [...onSpan(invalid[0], [invalid[1], invalid[2]], 'invalid-front-matter warning'), ...value] : value;
        assertFindings(a.findings, expected);
        assert.deepStrictEqual(messagesOf(a, 'invalid-front-matter'), invalid ? [invalid[3]] : []);
        assert.equal(a.status, name === 'duplicate keys' ? 'rejected' : 'proposed');
      });
    }

    it('a YAML record holding two documents: one invalid-front-matter finding, the first document read', () => {
      const a = analyze({ path: 'specs/export.spec.yaml', text: 'kind: spec\ncustomer_impact: Shops export in one click and feel in control.\n---\nkind: decision\n' });
      assert.equal(a.kind, 'spec');
      // The first document answers the customer impact: the other concepts are missing, on its first line.
      assertFindings(a.findings, [
        ...onSpan(1, [1, 11], 'customer-evidence info', 'customer-segment warning', 'problem-solved warning', 'success-metrics warning', 'value-created warning'),
        ...onSpan(2, [1, 16], 'names-no-customer info'),
        ...onSpan(3, [1, 4], 'invalid-front-matter warning'),
      ]);
      assert.deepStrictEqual(messagesOf(a, 'invalid-front-matter'), ['YAML: Source contains multiple documents; please use YAML.parseAllDocuments()']);
    });

    it('kind: constructor, __proto__ or toString in front matter is no kind at all (it threw before)', () => {
      for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        const a = analyze({ path: 'notes/x.md', text: `---\nkind: ${word}\n---\n# T\n` });
        assert.equal(a.kind, undefined, word);
        const b = analyze({ path: DECISION, text: `---\nkind: ${word}\n---\n# T\n` });
        assert.equal(b.kind, 'decision', word);
      }
    });

    it('YAML nested thousands of levels deep is reported, not parsed: the process survives repeated tries (Node 20 aborted on the second)', () => {
      const r = nodeScript(`
        const deep = ['- '.repeat(3000) + 'x', '['.repeat(5000), 'a: ' + ': '.repeat(3000), ('rules: ' + '? '.repeat(110) + 'x\\n').repeat(20)];
        const out = [];
        for (let i = 0; i < 3; i++) for (const y of deep) {
          out.push(engine.analyze({ path: 'docs/decisions/x.md', text: '---\\n' + y + '\\n---\\n# T\\n' }).findings[0].message);
          out.push(engine.analyze({ path: 'specs/x.spec.yaml', text: y }).findings.find((f) => f.rule === 'invalid-front-matter').message);
          out.push(engine.loadConfig(y, engine.RULE_IDS).findings[0].message);
        }
        console.log(JSON.stringify([...new Set(out)]));`);
      assert.equal(r.code, 0, r.stderr.slice(0, 500));
      assert.deepStrictEqual(JSON.parse(r.stdout), [
        'front matter: nested more than 64 levels deep; not read',
        'YAML: nested more than 64 levels deep; not read',
        'not valid YAML: nested more than 64 levels deep; not read',
      ]);
    });

    it('YAML warnings (keys that are lists or maps) never reach stderr', () => {
      const r = nodeScript(`engine.analyze({ path: 'docs/decisions/x.md', text: '---\\n[a, b]: c\\n{d: 1}: e\\n---\\n# T\\n' });
        engine.analyze({ path: 'specs/x.spec.yaml', text: '[a, b]: c\\n' });`);
      assert.equal(r.code, 0);
      assert.equal(r.stderr, '');
    });

    it('a 1 MB line is checked, with ranges inside it', () => {
      const line = 'Shoppers asked where their order was. '.repeat(Math.ceil(1_048_576 / 38));
      const text = `# Track orders\n\n## Customers\n\n${line}\n\n## Customer impact\n\n${line}\n`;
      const { value: a, ms } = timed(() => analyze({ path: DECISION, text }));
      assert.ok(ms < 30_000, `${ms} ms`);
      assertFindings(a.findings, [...onSpan(1, [1, 15], 'customer-evidence info', 'problem-solved warning', 'success-metrics info', 'value-created warning'), ...onSpan(7, [1, 19], 'impact-without-feeling info')]);
      assertInside(a.findings, text);
    });

    it('10,000 headings are all read', () => {
      const sections = Array.from({ length: 10_000 }, (_, i) => `## Step ${i + 1}\n\nShip the change to shop ${i + 1}.\n`);
      const text = `# Roll-out plan\n\n## Customer impact\n\nShops will feel no downtime.\n\n${sections.join('\n')}`;
      const { value: a, ms } = timed(() => analyze({ path: DECISION, text }));
      assert.ok(ms < 60_000, `${ms} ms`);
      assert.equal(a.document.sections.filter((s) => s.source === 'heading').length, 10_002);
      assertFindings(a.findings, [...onSpan(1, [1, 16], ...NOTHING_IN_A_DECISION.filter((f) => !f.startsWith('customer-impact '))), ...onSpan(3, [1, 19], 'names-no-customer info')]);
      assertInside(a.findings, text);
    });

    it('150,000 of one thing (front-matter keys, status lines, comments in one block, headings, names in one suppression): no stack overflow', () => {
      const N = 150_000;
      // Things that each take a line stay within the line limit (100,000 lines).
      const LINES = 99_990;
      const nothing = onSpan(1, [1, 4], ...NOTHING_IN_A_DECISION);
      const texts: [string, string, PlainFinding[]][] = [
        // Front matter above 1 MiB is not read.
        ['front-matter keys', `---\n${Array.from({ length: LINES }, (_, i) => `k${i}: ${'v'.repeat(10)}`).join('\n')}\n---\n# T\n`, [...onSpan(2, [1, 15], 'invalid-front-matter warning'), ...onSpan(LINES + 3, [1, 4], ...NOTHING_IN_A_DECISION)]],
        // Accepted: the core concepts are errors, and the follow-up is asked.
        ['status lines', `# T\n\n${'Status: accepted\n'.repeat(LINES)}`, onSpan(1, [1, 4], 'close-the-loop info', 'customer-evidence info', 'customer-impact error', 'customer-segment info', 'problem-solved error', 'success-metrics info', 'value-created error')],
        ['comments in one HTML block', `# T\n\n${'<!-- c -->'.repeat(N)}\n`, nothing],
        ['headings', `# T\n\n${'## \n'.repeat(LINES)}`, nothing],
        // One finding per name that is not a rule.
        ['names in one suppression comment', `# T\n\n<!-- customer-lens-disable ${'x, '.repeat(N)} -- y -->\n`, [...nothing, ...Array.from({ length: N }, () => onSpan(3, [1, 450_037], 'invalid-suppression warning')[0])]],
      ];
      for (const [name, text, expected] of texts) {
        const a = analyze({ path: DECISION, text });
        assertFindings(a.findings, expected, name);
        const diagnostics = a.findings.map(toDiagnostic);
        const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
        assert.ok(Array.isArray(codeActions(a, { uri: 'file:///x.md', range, diagnostics: diagnostics.slice(0, 20), only: ['quickfix', 'source.fixAll'] }, 'en')), name);
        for (const line of [0, 2, 3]) {
          const hover = hoverAt(a, { line, character: 1 }, 'en', true);
          const length = hover ? (hover.contents as MarkupContent).value.length : 0;
          assert.ok(length < 100_000, `${name}: a hover of ${length} characters`);
        }
      }
    });

    it('an unclosed <script> followed by 20,000 comments is read in linear time (it took 82 s for a megabyte)', () => {
      const comments = '<!--customer-lens-disable\ncustomer-impact\n--\nreason-->'.repeat(20_000);
      const { value: a, ms } = timed(() => analyze({ path: DECISION, text: `# T\n\n<script>\n${comments}` }));
      assert.ok(ms < 20_000, `${ms} ms`);
      // The suppressions apply: no customer-impact.
      assertFindings(a.findings, onSpan(1, [1, 4], ...NOTHING_IN_A_DECISION.filter((f) => !f.startsWith('customer-impact '))));
    });

    it('a megabyte of `<!--` lines that nothing closes is read in linear time, (it took minutes; found by the long fuzz run)', () => {
      const text = `# T\n\n## Customer impact\n\nShops pay less.\n\n${`${'<!--'.repeat(10)}\n`.repeat(25_000)}`;
      const { value: a, ms } = timed(() => analyze({ path: DECISION, text }));
      assert.ok(ms < 20_000, `${ms} ms`);
      assert.deepEqual(a.document.comments, [], 'no comment is closed');
      // The sections before the block are read: no customer-impact.
      assertFindings(a.findings, [...onSpan(1, [1, 4], ...NOTHING_IN_A_DECISION.filter((f) => !f.startsWith('customer-impact '))), ...onSpan(3, [1, 19], 'impact-without-feeling info', 'names-no-customer info')]);
    });

    it('a megabyte of YAML nesting is refused at once (a megabyte of `[` took 10 s to parse)', () => {
      const cases: [string, string, PlainFinding[], string][] = [
        [DECISION, `---\n${'['.repeat(1_000_000)}\n---\n# T\n`, [...onSpan(2, [1, 1_000_001], 'invalid-front-matter warning'), ...onSpan(4, [1, 4], ...NOTHING_IN_A_DECISION)], 'front matter: nested more than 64 levels deep; not read'],
        ['specs/x.spec.yaml', '- '.repeat(500_000), onSpan(1, [1, 1_000_000], 'invalid-front-matter warning', ...NOTHING_IN_A_SPEC), 'YAML: nested more than 64 levels deep; not read'],
      ];
      for (const [path, text, expected, message] of cases) {
        const { value: a, ms } = timed(() => analyze({ path, text }));
        assert.ok(ms < 10_000, `${ms} ms`);
        assertFindings(a.findings, expected, path);
        assert.deepStrictEqual(messagesOf(a, 'invalid-front-matter'), [message], path);
      }
    });

    it('a megabyte of YAML syntax errors, or YAML above 1 MiB, is refused at once (a megabyte of `]` took over a minute)', () => {
      // A YAML record that is not read answers nothing: every concept a spec asks is missing, on its first line.
      const cases: [string, string, PlainFinding[], string][] = [
        ['specs/x.spec.yaml', ']'.repeat(1_000_000), onSpan(1, [1, 1_000_001], 'invalid-front-matter warning', ...NOTHING_IN_A_SPEC), 'YAML: more than 1000 syntax errors; not read'],
        [DECISION, `---\n${'}'.repeat(1_000_000)}\n---\n# T\n`, [...onSpan(2, [1, 1_000_001], 'invalid-front-matter warning'), ...onSpan(4, [1, 4], ...NOTHING_IN_A_DECISION)], 'front matter: more than 1000 syntax errors; not read'],
        ['specs/x.spec.yaml', Array.from({ length: 50_000 }, (_, i) => `k${i}: ${'v'.repeat(20)}`).join('\n'), onSpan(1, [1, 25], 'invalid-front-matter warning', ...NOTHING_IN_A_SPEC), 'YAML: larger than 1 MiB; not read'],
      ];
      for (const [path, text, expected, message] of cases) {
        const { value: a, ms } = timed(() => analyze({ path, text }));
        assert.ok(ms < 10_000, `${ms} ms`);
        assertFindings(a.findings, expected, path);
        assert.deepStrictEqual(messagesOf(a, 'invalid-front-matter'), [message], path);
      }
    });

    it(`a file above ${MAX_FILE_BYTES / 1024 / 1024} MiB (100 MB) is one file-too-large info finding, at once`, () => {
      const { value: a, ms } = timed(() => analyze({ path: DECISION, text: '', byteLength: 100 * 1024 * 1024 }));
      assert.ok(ms < 1000, `${ms} ms`);
      assertFindings(a.findings, [{ ...onSpan(1, [1, 1], 'file-too-large info')[0], message: 'This file is larger than 16 MB and was not checked.' }]);
    });

    it('LF, CRLF and lone CR line endings give the same lines; NUL, lone surrogates, emoji and RTL marks break nothing', () => {
      const lf = decisionRecord({ drop: ['Value created', 'Customers'] }).replace('## Customer impact', '## Customer impact \u200F😀\u0000\uD800');
      const lines = (t: string) => analyze({ path: DECISION, text: t }).findings.map((f) => `${f.rule}:${f.range.start.line}`);
      for (const eol of ['\r\n', '\r']) {
        const text = lf.replace(/\n/g, eol);
        assert.deepStrictEqual(lines(text), lines(lf), JSON.stringify(eol));
        assertInside(analyze({ path: DECISION, text }).findings, text);
      }
      // The heading with marks is still a customer-impact heading: only the customers and the value are missing.
      assertFindings(analyze({ path: DECISION, text: lf }).findings, onSpan(5, [1, 25], 'customer-segment info', 'value-created warning'));
    });

    it('a YAML record with lone CR line endings and a key written over two lines: ranges inside the text', () => {
      const cases: [string, PlainFinding[]][] = [
        // YAML breaks lines at \n only: to it, this is one line, and not valid.
        ['kind: spec\rtitle: Export\rcustomer_impact: ""\r', onSpan(1, [1, 11], 'invalid-front-matter warning', ...NOTHING_IN_A_SPEC)],
        [' Customer impact:\n <!-- a comment -->\n Customer impact:\n', [
          ...onSpan(1, [2, 17], 'empty-section warning'),
          ...onSpan(1, [2, 18], ...NOTHING_IN_A_SPEC.filter((f) => !f.startsWith('customer-impact '))),
          ...onSpan(2, [2, 20], 'empty-section warning', 'invalid-front-matter warning'),
        ]],
      ];
      for (const [text, expected] of cases) {
        const a = analyze({ path: 'specs/export.spec.yaml', text });
        assertInside(a.findings, text);
        assertFindings(a.findings, expected, JSON.stringify(text));
      }
    });

    it('the suppression quick fix on a record that ends at its closing --- inserts a new line, inside the document', () => {
      const text = '---\nkind: decision\nstatus: accepted\n---';
      const a = analyze({ path: 'notes/x.md', text });
      const diagnostics = a.findings.map(toDiagnostic);
      const suppress = codeActions(a, { uri: 'file:///x.md', range: diagnostics[0].range, diagnostics, only: undefined }, 'en').find((c) => c.title.startsWith('Suppress'));
      assert.ok(suppress?.edit?.changes);
      const edits = suppress.edit.changes['file:///x.md'];
      for (const e of edits) assert.equal(rangeProblem(e.range, lineLengths(text)), undefined);
      const fixed = TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits);
      const after = analyze({ path: 'notes/x.md', text: fixed });
      assert.equal(after.status, 'accepted', `the front matter still closes:\n${fixed}`);
      // Accepted: the core concepts are errors, the follow-up is asked; the customer impact is suppressed.
      const accepted = ['close-the-loop info', 'customer-evidence info', 'customer-segment info', 'problem-solved error', 'success-metrics info', 'value-created error'];
      assertFindings(a.findings, onSpan(1, [1, 4], 'customer-impact error', ...accepted));
      assertFindings(after.findings, onSpan(1, [1, 4], ...accepted), fixed);
    });
  });

  describe('config files', () => {
    it('config texts with CRLF or lone CR line endings: findings inside the text (lone CR ones were not)', () => {
      const crlf = 'rules:\r\n  no-such-rule: error\r\n  customer-impact: loud\r\n';
      assertFindings(loadConfig(crlf, RULE_IDS).findings, [
        { rule: 'invalid-config', severity: 'error', line: 2, column: 3, endLine: 2, endColumn: 15, message: 'unknown rule "no-such-rule"' },
        { rule: 'invalid-config', severity: 'error', line: 3, column: 20, endLine: 3, endColumn: 24, message: 'rules.customer-impact must be error, warning, info, hint or off' },
      ]);
      // YAML itself breaks lines at \n only: a lone-CR config is one long (invalid) line to it, reported inside the text.
      const cr = crlf.replace(/\r\n/g, '\r');
      const { findings } = loadConfig(cr, RULE_IDS);
      assertFindings(findings, [
        { rule: 'invalid-config', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 7, message: 'not valid YAML: Nested mappings are not allowed in compact mappings' },
        { rule: 'invalid-config', severity: 'error', line: 1, column: 7, endLine: 1, endColumn: 7, message: 'unknown rule "\r  no-such-rule"' },
        { rule: 'invalid-config', severity: 'error', line: 2, column: 3, endLine: 2, endColumn: 22, message: 'not valid YAML: Nested mappings are not allowed in compact mappings' },
      ]);
      assertInside(findings, cr);
    });

    it('an overlong glob or braces nested too deep: a finding at once, the other globs apply', () => {
      const text = `kinds:\n  decision:\n    include:\n      - "${'{'.repeat(5000)}a${'}'.repeat(5000)}"\n      - "${'{'.repeat(20)}a${'}'.repeat(20)}"\n      - "records/**/*.md"\n`;
      const { value: loaded, ms } = timed(() => loadConfig(text, RULE_IDS));
      assert.ok(ms < 2000, `${ms} ms`);
      assertFindings(loaded.findings, [
        { rule: 'invalid-config', severity: 'error', line: 4, column: 9, endLine: 4, endColumn: 10_012, message: 'kinds.decision.include: glob longer than 1024 characters' },
        { rule: 'invalid-config', severity: 'error', line: 5, column: 9, endLine: 5, endColumn: 52, message: 'kinds.decision.include: glob "{{{{{{{{{{{{{{{{{{{{a}}}}}}}}}}}}}}}}}}}..." nests braces more than 16 deep' },
      ]);
      assert.deepStrictEqual(loaded.config.kinds.decision.include, ['records/**/*.md']);
      assert.throws(() => new Glob('a'.repeat(2000)));
    });

    it('a config of 5,000 keys is read in linear time, and a key written twice is still reported', () => {
      const many = Array.from({ length: 5_000 }, (_, i) => `k${i}: v`).join('\n');
      const { value: loaded, ms } = timed(() => loadConfig(many, RULE_IDS));
      assert.ok(ms < 30_000, `${ms} ms (YAML's own duplicate check took minutes for 100,000 keys)`);
      assertFindings(
        loaded.findings,
        Array.from({ length: 5_000 }, (_, i) => ({
          rule: 'invalid-config', severity: 'error', line: i + 1, column: 1, endLine: i + 1, endColumn: `k${i}`.length + 1,
          message: `unknown setting "k${i}": use kinds, rules, headings or words`,
        })),
      );
      const twice = loadConfig('rules:\n  customer-impact: error\n  customer-impact: off\n', RULE_IDS);
      assert.deepStrictEqual(twice.findings.map((f) => [f.range.start.line, f.message]), [[2, 'not valid YAML: Map keys must be unique']]);
      assert.deepStrictEqual(twice.config.rules, { 'customer-impact': 'off' });
    });

    it('a config of 100,000 keys or of a megabyte of `"`: refused unread, with one finding, at once', () => {
      for (const text of [Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join('\n'), '"'.repeat(1_000_000)]) {
        const { value: loaded, ms } = timed(() => loadConfig(text, RULE_IDS));
        assert.ok(ms < 10_000, `${ms} ms`);
        assertFindings(loaded.findings, [{ rule: 'invalid-config', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: text.indexOf('\n') < 0 ? 1_000_001 : 6, message: 'not valid YAML: more than 50,000 tokens; not read' }]);
      }
    });

    it('a config with thousands of syntax errors: the first hundred are reported', () => {
      const { findings } = loadConfig(']\n'.repeat(900), RULE_IDS);
      assertFindings(
        findings,
        Array.from({ length: 100 }, (_, i) => ({
          rule: 'invalid-config', severity: 'error', line: i + 1, column: 1, endLine: i + 1, endColumn: 2,
          message: 'not valid YAML: Unexpected flow-seq-end token in YAML document: "]"',
        })),
      );
    });

    it('a config file above 1 MB: a finding on it, and the defaults', () => {
      const tmp = new TempFolder();
      try {
        const file = tmp.write('.customer-lens.yaml', `rules:\n${'  customer-evidence: warning\n'.repeat(60_000)}`);
        const loaded = readConfigFile(file);
        assertFindings(loaded.findings, [{ rule: 'invalid-config', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'the config file is larger than 1 MB; the defaults apply' }]);
        assert.deepStrictEqual(loaded.config.rules, {});
      } finally {
        tmp.remove();
      }
    });

    it('a folder named .customer-lens.yaml: a finding on it, and the defaults for the documents', () => {
      const tmp = new TempFolder();
      try {
        mkdirSync(tmp.path('.customer-lens.yaml'));
        tmp.write(DECISION, decisionRecord({ drop: ['Customer impact'] }));
        const folder: PlainFinding = {
          rule: 'invalid-config', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1,
          message: `${tmp.path('.customer-lens.yaml')} is a folder, not a config file; the defaults apply`,
        };
        assertFindings(readConfigFile(tmp.path('.customer-lens.yaml')).findings, [folder]);
        assertFindings(new ConfigFinder().forFile(tmp.path(DECISION)).findings, [folder]);
        const run = runCli(tmp.root, ['check', '--format', 'json']);
        assert.equal(run.code, 2, run.stderr);
        assert.equal(linesOf(run.stderr).length, 1, run.stderr);
        assert.match(run.stderr, /\.customer-lens\.yaml/);
        assertQuiet(run);
        assert.deepStrictEqual(json(run).files.map((f) => [f.path, f.kind, f.diagnostics]), [
          [DECISION, 'decision', [{ ...NO_IMPACT[0], message: 'No customer impact: say how this changes things for the customer, and how they will feel about it.' }]],
          ['.customer-lens.yaml', 'config', [folder]],
        ]);
      } finally {
        tmp.remove();
      }
    });
  });

  describe('files on disk (CLI)', () => {
    let tmp: TempFolder;
    beforeEach(() => {
      tmp = new TempFolder();
      tmp.write(DECISION, decisionRecord({ drop: ['Customer impact'] }));
    });
    afterEach(() => {
      for (const p of ['docs/decisions/0002-locked.md', 'docs/locked']) if (existsSync(tmp.path(p))) chmodSync(tmp.path(p), 0o755);
      tmp.remove();
    });

    it('a 100 MB file (sparse, made here and deleted after) gets one file-too-large info finding, with no freeze', () => {
      const file = tmp.write('docs/decisions/0003-export.md', `${decisionRecord({ title: 'Full export' })}\n${'Exported feedback.\n'.repeat(600)}`);
      const fd = openSync(file, 'r+');
      try {
        writeSync(fd, Buffer.from('\nend\n'), 0, 5, 100 * 1024 * 1024 - 5); // the rest is a hole: no 100 MB written
      } finally {
        closeSync(fd);
      }
      assert.equal(statSync(file).size, 100 * 1024 * 1024);
      const started = Date.now();
      const run = runCli(tmp.root, ['check', '--format', 'json']);
      const ms = Date.now() - started;
      assert.ok(ms < 30_000, `${ms} ms`);
      assert.equal(run.code, 0, run.stderr);
      assertQuiet(run);
      const report = json(run);
      assert.deepStrictEqual(placesIn(report, DECISION), NO_IMPACT);
      assert.deepStrictEqual(placesIn(report, 'docs/decisions/0003-export.md'), onSpan(1, [1, 1], 'file-too-large info'));
    });

    it('a file with 150,000 findings prints in every format (stylish measured its columns with Math.max(...all))', () => {
      tmp.write('docs/decisions/0005-names.md', `${decisionRecord()}\n<!-- customer-lens-disable ${'x, '.repeat(150_000)} -- y -->\n`);
      // One invalid-suppression finding per name, all on the comment's line; and the customer impact of DECISION.
      const impact = 'No customer impact: say how this changes things for the customer, and how they will feel about it.';
      const x = 'customer-lens-disable names "x", which is not a Customer Lens rule, so nothing is suppressed for it.';
      const names = { rule: 'invalid-suppression', severity: 'warning', message: x, line: 35, column: 1, endLine: 35, endColumn: 450_037 };
      const expected: Record<string, (stdout: string) => void> = {
        stylish: (stdout) => {
          const lines = linesOf(stdout);
          // Each message wrapped to 80 columns under its own column, the rule id last.
          const xLines = ['  35:1  warning  customer-lens-disable names "x", which is not a Customer Lens', '                 rule, so nothing is suppressed for it.  invalid-suppression'];
          assert.deepStrictEqual(lines.slice(0, 9), [
            `${DECISION} (decision, proposed)`,
            '  5:1  warning  No customer impact: say how this changes things for the',
            '                customer, and how they will feel about it.  customer-impact',
            '',
            'docs/decisions/0005-names.md (decision, proposed)',
            ...xLines,
            ...xLines,
          ]);
          assert.deepStrictEqual(lines.slice(-4), [...xLines, '', '⚠ 150001 findings in 2 files: 150001 warnings']);
          assert.equal(lines.length, 5 + 2 * 150_000 + 2);
        },
        json: (stdout) => {
          const report = JSON.parse(stdout) as JsonReport & { summary: unknown };
          assert.deepStrictEqual(report.files.map((f) => [f.path, f.diagnostics]), [
            [DECISION, [{ ...NO_IMPACT[0], message: impact }]],
            ['docs/decisions/0005-names.md', Array.from({ length: 150_000 }, () => names)],
          ]);
          assert.deepStrictEqual(report.summary, { files: 2, errors: 0, warnings: 150_001, infos: 0, hints: 0 });
        },
        github: (stdout) => {
          const title = (rule: string) => `title=Customer Lens%3A ${rule}`;
          assert.deepStrictEqual(linesOf(stdout), [
            `::warning file=${DECISION},line=5,col=1,endLine=5,endColumn=25,${title('customer-impact')}::${impact}`,
            ...Array.from({ length: 150_000 }, () => `::warning file=docs/decisions/0005-names.md,line=35,col=1,endLine=35,endColumn=450037,${title('invalid-suppression')}::${x}`),
          ]);
        },
      };
      for (const [format, check] of Object.entries(expected)) {
        const run = runCli(tmp.root, ['check', '--format', format]);
        assertQuiet(run);
        assert.equal(run.code, 0, `${format}: ${run.stderr.slice(0, 300)}`);
        check(run.stdout);
      }
    });

    it('an unreadable file (chmod 000): a one-line note and the other files checked; as root it is simply read', () => {
      tmp.write('docs/decisions/0002-locked.md', decisionRecord({ drop: ['Value created'] }));
      chmodSync(tmp.path('docs/decisions/0002-locked.md'), 0o000);
      const run = runCli(tmp.root, ['check', '--format', 'json']);
      assertQuiet(run);
      const report = json(run);
      assert.deepStrictEqual(placesIn(report, DECISION), NO_IMPACT);
      const locked = report.files.find((f) => f.path === 'docs/decisions/0002-locked.md');
      if (process.getuid?.() === 0) {
        // root reads files whatever their mode: the file is checked like any other.
        assert.deepStrictEqual(placesIn(report, 'docs/decisions/0002-locked.md'), NO_VALUE);
        assert.equal(run.stderr, '');
      } else {
        assert.equal(locked, undefined);
        assert.equal(linesOf(run.stderr).length, 1, run.stderr);
        assert.match(run.stderr, /0002-locked\.md: cannot read \(EACCES\)/);
      }
      assert.equal(run.code, 0);
    });

    it('an unreadable folder (chmod 000): a one-line note and the other files checked; as root it is simply read', () => {
      tmp.write('docs/locked/decisions/0004-hidden.md', decisionRecord({ drop: ['Value created'] }));
      chmodSync(tmp.path('docs/locked'), 0o000);
      const run = runCli(tmp.root, ['check', '--format', 'json']);
      assertQuiet(run);
      const report = json(run);
      assert.deepStrictEqual(placesIn(report, DECISION), NO_IMPACT);
      if (process.getuid?.() === 0) {
        // root reads folders whatever their mode: the file in it is checked like any other.
        assert.deepStrictEqual(report.files.map((f) => f.path).sort(), [DECISION, 'docs/locked/decisions/0004-hidden.md']);
        assert.deepStrictEqual(placesIn(report, 'docs/locked/decisions/0004-hidden.md'), NO_VALUE);
        assert.equal(run.stderr, '');
      } else {
        assert.deepStrictEqual(report.files.map((f) => f.path), [DECISION]);
        assert.match(run.stderr, /cannot read folder .*locked/);
        assert.equal(linesOf(run.stderr).length, 1, run.stderr);
      }
      assert.equal(run.code, 0);
    });
  });

  describe('language server', () => {
    let client: TestClient;
    let tmp: TempFolder;
    beforeEach(async () => {
      tmp = new TempFolder();
      client = new TestClient();
      await client.initialize();
    });
    afterEach(async () => {
      await client.shutdown();
      tmp.remove();
    });

    it('a 10 MB document gets its diagnostics, and the server keeps answering hovers and completion', async () => {
      const uri = pathToFileURL(tmp.path('docs/decisions/0005-archive.md')).toString();
      const head = decisionRecord({ title: 'Archive of order questions', drop: ['Success metrics'] });
      // Long paragraphs: 10 MB within the line limit.
      const paragraph = `${'Shoppers asked where their order was, in chat, by email and on the phone, and we kept every question here. '.repeat(10)}\n\n`;
      const text = `${head}\n## Appendix\n\n${paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length))}`;
      await client.open(uri, text);
      const published = await client.diagnostics(uri, (p) => p.version === 1, 110_000);
      assert.deepStrictEqual(plainDiagnostics(published.diagnostics), onSpan(5, [1, 29], 'success-metrics info'));
      for (const line of [4, 1000, 50_000]) {
        const started = Date.now();
        const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 2 } })) as Hover | null;
        assert.ok(Date.now() - started < 10_000, `hover on line ${line} took ${Date.now() - started} ms`);
        if (line === 4) assert.match((hover?.contents as MarkupContent).value, /Success metrics|success/i);
      }
      const items = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 200, character: 0 } });
      assert.ok(Array.isArray(items));
      assert.equal(client.process.exitCode, null);
    });

    it('URIs with spaces, non-Latin letters or malformed percent-encoding get their diagnostics (malformed ones failed before)', async () => {
      const uris = [
        pathToFileURL(tmp.path('docs/decisions/0006 décision für Kunden 顧客.md')).toString(),
        `${pathToFileURL(tmp.path('docs/decisions')).toString()}/100%.md`,
        `${pathToFileURL(tmp.path('docs/decisions')).toString()}/%E0%A4%A.md`,
      ];
      for (const uri of uris) {
        await client.open(uri, decisionRecord({ drop: ['Value created'] }));
        const p = await client.diagnostics(uri, (x) => x.version === 1, 20_000);
        assert.deepStrictEqual(plainDiagnostics(p.diagnostics), NO_VALUE, uri);
      }
    });
  });

  describe('safety', () => {
    let tmp: TempFolder;
    beforeEach(() => {
      tmp = new TempFolder();
    });
    afterEach(() => tmp.remove());

    /** Files that would write `pwned-<name>` into the folder if anything ever ran them. */
    function plantTraps(): string[] {
      const marker = (name: string) => JSON.stringify(tmp.path(`pwned-${name}`));
      const js = (name: string) => `require('node:fs').writeFileSync(${marker(name)}, 'ran');\nmodule.exports = {};\n`;
      tmp.write('.customer-lens.js', js('dot-js'));
      tmp.write('.customer-lens.cjs', js('dot-cjs'));
      tmp.write('customer-lens.config.js', js('config-js'));
      tmp.write('.customer-lens.mjs', `import { writeFileSync } from 'node:fs';\nwriteFileSync(${marker('mjs')}, 'ran');\n`);
      tmp.write('node_modules/customer-lens-plugin/index.js', js('plugin'));
      tmp.write('package.json', JSON.stringify({ name: 'trap', 'customer-lens': { plugins: ['customer-lens-plugin'] }, scripts: { postinstall: 'node .customer-lens.js' } }));
      tmp.write('.customer-lens.yaml', `# tags that other YAML loaders run\nrules:\n  customer-evidence: !!js/function "function () { require('fs').writeFileSync(${marker('yaml')}, 'ran') }"\n`);
      tmp.write(DECISION, decisionRecord({ drop: ['Customer impact'] }));
      return ['dot-js', 'dot-cjs', 'config-js', 'mjs', 'plugin', 'yaml'].map((n) => tmp.path(`pwned-${n}`));
    }

    it('no code from the workspace runs: JS configs, plugins, package.json and YAML tags are never loaded (CLI and server)', async () => {
      const traps = plantTraps();
      for (const format of ['json', 'sarif', 'github', 'markdown', 'stylish']) runCli(tmp.root, ['check', '.', '--format', format]);
      const client = new TestClient();
      try {
        await client.initialize();
        const uri = pathToFileURL(tmp.path(DECISION)).toString();
        await client.open(uri, readFileSync(tmp.path(DECISION), 'utf8'));
        const p = await client.diagnostics(uri, (x) => x.version === 1, 20_000);
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } });
        await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } });
      } finally {
        await client.shutdown();
      }
      for (const t of traps) assert.ok(!existsSync(t), `${relative(tmp.root, t)} was written: workspace code ran`);
    });

    it('no regular expression comes from configuration: heading synonyms and globs are plain words and globs', () => {
      const { config, findings } = loadConfig('headings:\n  customer-impact: [".*", "(a+)+$", "[", "\\\\"]\nkinds:\n  decision:\n    include: ["(a+)+$/*.md"]\n', RULE_IDS);
      assert.deepStrictEqual(findings, []);
      const text = `# Pricing\n\n## Anything at all\n\nText.\n\n## ${'a'.repeat(40)}!\n\nText.\n`;
      const { value: a, ms } = timed(() => analyze({ path: DECISION, text, config }));
      assert.ok(ms < 2000, `${ms} ms`);
      // ".*" is not a pattern that matches every heading: the customer impact is missing, as without the config.
      assertFindings(a.findings, onSpan(1, [1, 10], ...NOTHING_IN_A_DECISION));
      assertFindings(analyze({ path: DECISION, text }).findings, onSpan(1, [1, 10], ...NOTHING_IN_A_DECISION));
      assert.equal(analyze({ path: '(a+)+$/x.md', text, config }).kind, 'decision', 'the glob matches its own characters');
      assert.equal(analyze({ path: 'aaa/x.md', text, config }).kind, undefined);
    });

    it('nothing is written to disk by a check, in any format, nor by the server answering requests', async () => {
      plantTraps();
      tmp.write('specs/checkout.spec.yaml', 'kind: spec\ntitle: Checkout\n');
      const before = snapshot(tmp.root);
      for (const format of ['json', 'sarif', 'github', 'markdown', 'stylish']) runCli(tmp.root, ['check', '--format', format]);
      const client = new TestClient();
      try {
        await client.initialize();
        const uri = pathToFileURL(tmp.path(DECISION)).toString();
        await client.open(uri, readFileSync(tmp.path(DECISION), 'utf8'));
        const p = await client.diagnostics(uri, (x) => x.version === 1, 20_000);
        await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics, only: ['quickfix', 'source.fixAll'] } });
        await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 2 } });
        await client.change(uri, 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '## Customer impact\n\nTBD\n\n' }]);
        await client.diagnostics(uri, (x) => x.version === 2, 20_000);
        await client.close(uri);
      } finally {
        await client.shutdown();
      }
      assert.deepStrictEqual(snapshot(tmp.root), before);
    });

    it('the CLI never follows a symlink out of the folders it was given', () => {
      tmp.write('outside/docs/decisions/0009-secret.md', decisionRecord({ drop: ['Customers'] }));
      tmp.write(`root/${DECISION}`, decisionRecord({ drop: ['Customer impact'] }));
      symlinkSync(tmp.path('outside/docs/decisions/0009-secret.md'), tmp.path('root/docs/decisions/0009-link.md'));
      symlinkSync(tmp.path('outside/docs/decisions'), tmp.path('root/docs/linked-decisions'));
      symlinkSync(tmp.path('outside'), tmp.path('root/docs/decisions/outside'));
      const cwd = tmp.path('root');
      for (const args of [['check'], ['check', '.'], ['check', 'docs'], ['check', 'docs/**/*.md']]) {
        const run = runCli(cwd, [...args, '--format', 'json']);
        assertQuiet(run);
        assert.deepStrictEqual(json(run).files.map((f) => f.path), [DECISION], args.join(' '));
      }
    });

    it('check --since runs git without the commands a repository\'s own config names (core.fsmonitor)', function () {
      if (spawnSync('git', ['--version']).status !== 0) this.skip();
      const git = (...args: string[]) => {
        const r = spawnSync('git', args, { cwd: tmp.root, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
      };
      tmp.write(DECISION, decisionRecord({ drop: ['Customer impact'] }));
      git('init', '-q');
      git('-c', 'user.email=a@b.c', '-c', 'user.name=A', 'add', '.');
      git('-c', 'user.email=a@b.c', '-c', 'user.name=A', 'commit', '-qm', 'first');
      tmp.write(DECISION, decisionRecord({ drop: ['Customer impact', 'Value created'] }));
      const marker = tmp.path('pwned-fsmonitor');
      git('config', 'core.fsmonitor', `echo ran > ${JSON.stringify(marker)}; false`);
      const run = runCli(tmp.root, ['check', '--since', 'HEAD', '--format', 'json']);
      assert.equal(run.code, 0, run.stderr);
      assert.deepStrictEqual(json(run).files.map((f) => f.path), [DECISION]);
      assert.ok(!existsSync(marker), 'git ran the core.fsmonitor command');
    });
  });
});
