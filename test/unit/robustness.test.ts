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
import { analyze, engine } from '../helpers/engine';
import { codeActions } from '../../server/src/lsp/codeActions';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { hoverAt } from '../../server/src/lsp/hover';
import { ConfigFinder, readConfigFile } from '../../server/src/node/configFiles';
import { CLI, decisionRecord, linesOf, runCli, TempFolder, type CliRun } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/findings';
import { TestClient } from '../helpers/lspClient';
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

function rules(a: Analysis): string[] {
  return a.findings.map((f) => f.rule);
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
  files: { path: string; kind: string; diagnostics: { rule: string; severity: string; line: number }[] }[];
}

function json(run: CliRun): JsonReport {
  return JSON.parse(run.stdout) as JsonReport;
}

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
      assert.deepStrictEqual(rules(a), ['invalid-front-matter', 'value-created']);
      assert.equal(a.findings[0].range.start.line, 0);
      assertInside(a.findings, text);
    });

    /** Front matter, and whether it is reported as invalid. */
    const broken: [string, string, boolean][] = [
      ['invalid YAML', 'status: [accepted\n', true],
      ['a tab for indentation', 'owner:\n\tname: Ana\n', true],
      ['a list, not a map', '- status\n- accepted\n', true],
      ['a scalar, not a map', 'just a sentence\n', true],
      ['an alias to a missing anchor', 'a: *nothing\n', true],
      ['anchors and aliases', 'base: &b { status: accepted }\nother: *b\n', false],
      ['an alias bomb (billion laughs)', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n', true],
      ['a 100,000-character key', `${'k'.repeat(100_000)}: v\n`, false],
      ['duplicate keys', 'status: accepted\nstatus: rejected\n', false],
      ['custom and JavaScript tags', 'fn: !!js/function "function () { process.exit(3) }"\nx: !custom y\n', false],
      ['keys named like Object\'s own properties', '__proto__: { kind: decision }\nconstructor: 1\ntoString: 2\nkind: constructor\n', false],
    ];
    for (const [name, yaml, invalid] of broken) {
      it(`front matter with ${name}: ${invalid ? 'one invalid-front-matter finding, ' : ''}no exception, the body still checked`, () => {
        const text = `---\n${yaml}---\n${decisionRecord({ drop: ['Value created'] }).split('---\n').slice(2).join('---\n')}`;
        const { value: a, ms } = timed(() => analyze({ path: DECISION, text }));
        assert.ok(ms < 10_000, `${ms} ms`);
        assertInside(a.findings, text);
        assert.equal(rules(a).filter((r) => r === 'invalid-front-matter').length, invalid ? 1 : 0, rules(a).join());
        assert.ok(rules(a).includes('value-created'), rules(a).join());
        assert.ok(!rules(a).includes('customer-impact'), 'the body\'s sections are still read');
      });
    }

    it('a YAML record holding two documents: one invalid-front-matter finding, the first document read', () => {
      const a = analyze({ path: 'specs/export.spec.yaml', text: 'kind: spec\ncustomer_impact: Shops export in one click and feel in control.\n---\nkind: decision\n' });
      assert.equal(a.kind, 'spec');
      assert.equal(rules(a).filter((r) => r === 'invalid-front-matter').length, 1, rules(a).join());
      assert.ok(!rules(a).includes('customer-impact'));
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
      assert.deepStrictEqual(rules(a), ['problem-solved', 'value-created', 'customer-evidence', 'success-metrics', 'impact-without-feeling']);
      assertInside(a.findings, text);
    });

    it('10,000 headings are all read', () => {
      const sections = Array.from({ length: 10_000 }, (_, i) => `## Step ${i + 1}\n\nShip the change to shop ${i + 1}.\n`);
      const text = `# Roll-out plan\n\n## Customer impact\n\nShops will feel no downtime.\n\n${sections.join('\n')}`;
      const { value: a, ms } = timed(() => analyze({ path: DECISION, text }));
      assert.ok(ms < 60_000, `${ms} ms`);
      assert.equal(a.document.sections.filter((s) => s.source === 'heading').length, 10_002);
      assert.ok(!rules(a).includes('customer-impact'));
      assertInside(a.findings, text);
    });

    it('150,000 of one thing (front-matter keys, status lines, comments in one block, headings, names in one suppression): no stack overflow', () => {
      const N = 150_000;
      const texts: [string, string][] = [
        ['front-matter keys', `---\n${Array.from({ length: N }, (_, i) => `k${i}: v`).join('\n')}\n---\n# T\n`],
        ['status lines', `# T\n\n${'Status: accepted\n'.repeat(N)}`],
        ['comments in one HTML block', `# T\n\n${'<!-- c -->'.repeat(N)}\n`],
        ['headings', `# T\n\n${'## \n'.repeat(N)}`],
        ['names in one suppression comment', `# T\n\n<!-- customer-lens-disable ${'x, '.repeat(N)} -- y -->\n`],
      ];
      for (const [name, text] of texts) {
        const a = analyze({ path: DECISION, text });
        const diagnostics = a.findings.map(toDiagnostic);
        const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
        assert.ok(Array.isArray(codeActions(a, { uri: 'file:///x.md', range, diagnostics: diagnostics.slice(0, 20), only: ['quickfix', 'source.fixAll'] }, 'en')), name);
        for (const line of [0, 2, 3]) {
          const hover = hoverAt(a, { line, character: 1 }, 'en', engine.matcherFor(), true);
          const length = hover ? (hover.contents as MarkupContent).value.length : 0;
          assert.ok(length < 100_000, `${name}: a hover of ${length} characters`);
        }
      }
    });

    it('an unclosed <script> followed by 20,000 comments is read in linear time (it took 82 s for a megabyte)', () => {
      const comments = '<!--customer-lens-disable\ncustomer-impact\n--\nreason-->'.repeat(20_000);
      const { value: a, ms } = timed(() => analyze({ path: DECISION, text: `# T\n\n<script>\n${comments}` }));
      assert.ok(ms < 20_000, `${ms} ms`);
      assert.ok(!rules(a).includes('customer-impact'), 'the suppressions apply');
    });

    it('a megabyte of `<!--` lines that nothing closes is read in linear time, (it took minutes; found by the long fuzz run)', () => {
      const text = `# T\n\n## Customer impact\n\nShops pay less.\n\n${'<!--\n'.repeat(200_000)}`;
      const { value: a, ms } = timed(() => analyze({ path: DECISION, text }));
      assert.ok(ms < 20_000, `${ms} ms`);
      assert.deepEqual(a.document.comments, [], 'no comment is closed');
      assert.ok(!rules(a).includes('customer-impact'), 'the sections before the block are read');
    });

    it('a megabyte of YAML nesting is refused at once (a megabyte of `[` took 10 s to parse)', () => {
      for (const [path, text] of [[DECISION, `---\n${'['.repeat(1_000_000)}\n---\n# T\n`], ['specs/x.spec.yaml', '- '.repeat(500_000)]]) {
        const { value: a, ms } = timed(() => analyze({ path, text }));
        assert.ok(ms < 10_000, `${ms} ms`);
        assert.ok(a.findings.some((f) => f.rule === 'invalid-front-matter' && f.message.includes('nested more than 64 levels')), path);
      }
    });

    it('a megabyte of YAML syntax errors, or YAML above 1 MiB, is refused at once (a megabyte of `]` took over a minute)', () => {
      const cases: [string, string, string][] = [
        ['specs/x.spec.yaml', ']'.repeat(1_000_000), 'more than 1000 syntax errors; not read'],
        [DECISION, `---\n${'}'.repeat(1_000_000)}\n---\n# T\n`, 'more than 1000 syntax errors; not read'],
        ['specs/x.spec.yaml', Array.from({ length: 50_000 }, (_, i) => `k${i}: ${'v'.repeat(20)}`).join('\n'), 'larger than 1 MiB; not read'],
      ];
      for (const [path, text, message] of cases) {
        const { value: a, ms } = timed(() => analyze({ path, text }));
        assert.ok(ms < 10_000, `${ms} ms`);
        assert.ok(a.findings.some((f) => f.rule === 'invalid-front-matter' && f.message.endsWith(message)), a.findings.map((f) => f.message).join('\n'));
      }
    });

    it(`a file above ${MAX_FILE_BYTES / 1024 / 1024} MiB (100 MB) is one file-too-large info finding, at once`, () => {
      const { value: a, ms } = timed(() => analyze({ path: DECISION, text: '', byteLength: 100 * 1024 * 1024 }));
      assert.ok(ms < 1000, `${ms} ms`);
      assert.deepStrictEqual(a.findings.map((f) => [f.rule, f.severity]), [['file-too-large', 'info']]);
    });

    it('LF, CRLF and lone CR line endings give the same lines; NUL, lone surrogates, emoji and RTL marks break nothing', () => {
      const lf = decisionRecord({ drop: ['Value created', 'Customers'] }).replace('## Customer impact', '## Customer impact \u200F😀\u0000\uD800');
      const lines = (t: string) => analyze({ path: DECISION, text: t }).findings.map((f) => `${f.rule}:${f.range.start.line}`);
      for (const eol of ['\r\n', '\r']) {
        const text = lf.replace(/\n/g, eol);
        assert.deepStrictEqual(lines(text), lines(lf), JSON.stringify(eol));
        assertInside(analyze({ path: DECISION, text }).findings, text);
      }
      assert.ok(!lines(lf).some((l) => l.startsWith('customer-impact')), 'the heading with marks is still a customer-impact heading');
    });

    it('a YAML record with lone CR line endings and a key written over two lines: ranges inside the text', () => {
      for (const text of ['kind: spec\rtitle: Export\rcustomer_impact: ""\r', ' Customer impact:\n <!-- a comment -->\n Customer impact:\n']) {
        const a = analyze({ path: 'specs/export.spec.yaml', text });
        assertInside(a.findings, text);
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
      assert.ok(after.findings.length < a.findings.length, fixed);
    });
  });

  describe('config files', () => {
    it('config texts with CRLF or lone CR line endings: findings inside the text (lone CR ones were not)', () => {
      const crlf = 'rules:\r\n  no-such-rule: error\r\n  customer-impact: loud\r\n';
      assert.deepStrictEqual(loadConfig(crlf, RULE_IDS).findings.map((f) => f.range.start.line), [1, 2]);
      // YAML itself breaks lines at \n only: a lone-CR config is one long (invalid) line to it, reported inside the text.
      const cr = crlf.replace(/\r\n/g, '\r');
      const { findings } = loadConfig(cr, RULE_IDS);
      assert.ok(findings.length > 0);
      assertInside(findings, cr);
    });

    it('an overlong glob or braces nested too deep: a finding at once, the other globs apply', () => {
      const text = `kinds:\n  decision:\n    include:\n      - "${'{'.repeat(5000)}a${'}'.repeat(5000)}"\n      - "${'{'.repeat(20)}a${'}'.repeat(20)}"\n      - "records/**/*.md"\n`;
      const { value: loaded, ms } = timed(() => loadConfig(text, RULE_IDS));
      assert.ok(ms < 2000, `${ms} ms`);
      assert.deepStrictEqual(loaded.findings.map((f) => f.range.start.line), [3, 4]);
      assert.deepStrictEqual(loaded.config.kinds.decision.include, ['records/**/*.md']);
      assert.throws(() => new Glob('a'.repeat(2000)));
    });

    it('a config of 100,000 keys (just under 1 MiB) is read in linear time, and a key written twice is still reported', () => {
      const many = Array.from({ length: 100_000 }, (_, i) => `k${i}: v`).join('\n');
      assert.ok(many.length < 1024 * 1024);
      const { value: loaded, ms } = timed(() => loadConfig(many, RULE_IDS));
      assert.ok(ms < 30_000, `${ms} ms (YAML's own duplicate check took minutes)`);
      assert.equal(loaded.findings.length, 100_000);
      const twice = loadConfig('rules:\n  customer-impact: error\n  customer-impact: off\n', RULE_IDS);
      assert.deepStrictEqual(twice.findings.map((f) => [f.range.start.line, f.message]), [[2, 'not valid YAML: Map keys must be unique']]);
      assert.deepStrictEqual(twice.config.rules, { 'customer-impact': 'off' });
    });

    it('a config with half a million syntax errors: the first hundred are reported', () => {
      const { findings } = loadConfig('"'.repeat(1_000_000), RULE_IDS);
      assert.ok(findings.length > 0 && findings.length <= 101, String(findings.length));
    });

    it('a config file above 1 MB: a finding on it, and the defaults', () => {
      const tmp = new TempFolder();
      try {
        const file = tmp.write('.customer-lens.yaml', `rules:\n${'  customer-evidence: warning\n'.repeat(60_000)}`);
        const loaded = readConfigFile(file);
        assert.deepStrictEqual(loaded.findings.map((f) => f.rule), ['invalid-config']);
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
        const direct = readConfigFile(tmp.path('.customer-lens.yaml'));
        assert.deepStrictEqual(direct.findings.map((f) => f.rule), ['invalid-config']);
        assert.match(direct.findings[0].message, /folder/);
        assert.ok(new ConfigFinder().forFile(tmp.path(DECISION)).findings.length === 1);
        const run = runCli(tmp.root, ['check', '--format', 'json']);
        assert.equal(run.code, 2, run.stderr);
        assert.equal(linesOf(run.stderr).length, 1, run.stderr);
        assert.match(run.stderr, /\.customer-lens\.yaml/);
        assertQuiet(run);
        const doc = json(run).files.find((f) => f.path === DECISION);
        assert.deepStrictEqual(doc?.diagnostics.map((d) => d.rule), ['customer-impact']);
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
      const big = json(run).files.find((f) => f.path === 'docs/decisions/0003-export.md');
      assert.deepStrictEqual(big?.diagnostics.map((d) => [d.rule, d.severity, d.line]), [['file-too-large', 'info', 1]]);
    });

    it('a file with 150,000 findings prints in every format (stylish measured its columns with Math.max(...all))', () => {
      tmp.write('docs/decisions/0005-names.md', `${decisionRecord()}\n<!-- customer-lens-disable ${'x, '.repeat(150_000)} -- y -->\n`);
      for (const format of ['stylish', 'json', 'github']) {
        const run = runCli(tmp.root, ['check', '--format', format]);
        assertQuiet(run);
        assert.equal(run.code, 0, `${format}: ${run.stderr.slice(0, 300)}`);
        assert.ok(run.stdout.length > 150_000, format);
      }
    });

    it('an unreadable file (chmod 000): a one-line note and the other files checked; as root it is simply read', () => {
      tmp.write('docs/decisions/0002-locked.md', decisionRecord({ drop: ['Value created'] }));
      chmodSync(tmp.path('docs/decisions/0002-locked.md'), 0o000);
      const run = runCli(tmp.root, ['check', '--format', 'json']);
      assertQuiet(run);
      const report = json(run);
      assert.deepStrictEqual(report.files.find((f) => f.path === DECISION)?.diagnostics.map((d) => d.rule), ['customer-impact']);
      const locked = report.files.find((f) => f.path === 'docs/decisions/0002-locked.md');
      if (process.getuid?.() === 0) {
        // root reads files whatever their mode: the file is checked like any other.
        assert.deepStrictEqual(locked?.diagnostics.map((d) => d.rule), ['value-created']);
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
      assert.deepStrictEqual(report.files.find((f) => f.path === DECISION)?.diagnostics.map((d) => d.rule), ['customer-impact']);
      if (process.getuid?.() === 0) {
        assert.ok(report.files.some((f) => f.path === 'docs/locked/decisions/0004-hidden.md'));
      } else {
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
      assert.deepStrictEqual(published.diagnostics.map((d) => d.code), ['success-metrics']);
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
        assert.deepStrictEqual(p.diagnostics.map((d) => d.code), ['value-created'], uri);
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
      assert.ok(rules(a).includes('customer-impact'), '".*" is not a pattern that matches every heading');
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
