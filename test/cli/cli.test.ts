// The built CLI (dist/cli.js) run as a user runs it: the contract's JSON, SARIF 2.1.0 validated against
// the official schema, GitHub annotations, plain stylish output, exit codes, and bad input of every kind.

import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { RULE_IDS } from '../../server/src/engine';
import { decisionRecord, linesOf, runCli, TempFolder, type CliRun } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/findings';

interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface JsonFile {
  path: string;
  kind: string;
  status: string | null;
  concepts?: Record<string, string>;
  diagnostics: JsonDiagnostic[];
}

interface JsonReport {
  version: number;
  files: JsonFile[];
  summary: { files: number; errors: number; warnings: number; infos: number; hints: number };
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const STATUSES = ['draft', 'proposed', 'accepted', 'rejected', 'deprecated', 'superseded'];
/** The SARIF 2.1.0 JSON schema as Microsoft's SARIF SDK ships it (JSON Schema 2020-12), kept with its licence. */
const SARIF_SCHEMA = join(REPO_ROOT, 'test', 'vendor', 'sarif', 'sarif-2.1.0.json');

function parseJson(run: CliRun): JsonReport {
  try {
    return JSON.parse(run.stdout) as JsonReport;
  } catch (e) {
    assert.fail(`stdout is not one JSON object (${e instanceof Error ? e.message : String(e)}):\n${run.stdout.slice(0, 500)}\nstderr: ${run.stderr}`);
  }
}

function fileIn(report: JsonReport, path: string): JsonFile {
  const f = report.files.find((x) => x.path === path);
  assert.ok(f, `${path} is listed; listed: ${report.files.map((x) => x.path).join(', ')}`);
  return f;
}

/** Diagnostics without their messages, to compare whole. */
function places(f: JsonFile): Omit<JsonDiagnostic, 'message'>[] {
  return f.diagnostics.map(({ message: _m, ...rest }) => rest);
}

/** At most one line on stderr (exactly one when `one`), and never a stack trace. */
function assertStderr(run: CliRun, expect: { one?: boolean; mentions?: string[] } = {}): void {
  const lines = linesOf(run.stderr);
  assert.ok(!/^\s+at\s/m.test(run.stderr), `stack trace on stderr:\n${run.stderr}`);
  if (expect.one) assert.equal(lines.length, 1, `one line on stderr, got:\n${run.stderr}`);
  else assert.ok(lines.length <= 1, `at most one line on stderr, got:\n${run.stderr}`);
  for (const m of expect.mentions ?? []) assert.ok(run.stderr.includes(m), `stderr mentions "${m}": ${run.stderr}`);
}

/** A diagnostic written "rule severity line:column-endLine:endColumn", to compare whole lists at a glance. */
function brief(d: Omit<JsonDiagnostic, 'message'>): string {
  return `${d.rule} ${d.severity} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
}

/** What `check examples` reports, file by file, as examples/README.md says: [path, kind, status, diagnostics]. */
const EXAMPLES: [string, string, string, string[]][] = [
  ['examples/acme-shop/docs/decisions/0001-show-prices-including-vat.md', 'decision', 'accepted', []],
  ['examples/acme-shop/docs/decisions/0002-push-message-for-every-order-event.md', 'decision', 'superseded', ['problem-solved info 7:1-7:57', 'value-created info 7:1-7:57', 'customer-segment info 7:1-7:57', 'customer-evidence info 7:1-7:57', 'success-metrics info 7:1-7:57']],
  ['examples/acme-shop/docs/decisions/0003-daily-email-digest-for-order-updates.md', 'decision', 'accepted', ['problem-solved error 1:1-1:48', 'value-created error 1:1-1:48', 'close-the-loop info 1:1-1:48']],
  ['examples/acme-shop/docs/decisions/0004-raise-contrast-and-focus-on-product-cards.md', 'decision', 'accepted', ['empty-section warning 69:1-69:22']],
  ['examples/acme-shop/docs/decisions/0005-retire-the-v1-partner-order-api.md', 'decision', 'proposed', ['customer-evidence warning 1:1-1:32', 'placeholder-text warning 43:1-43:16']],
  ['examples/acme-shop/docs/decisions/0006-delete-inactive-guest-carts.md', 'decision', 'accepted', ['success-metrics info 1:1-1:49', 'close-the-loop info 1:1-1:49', 'unjustified-no-impact warning 31:1-31:27']],
  ['examples/acme-shop/docs/decisions/0007-demote-out-of-stock-items-in-search.md', 'decision', 'accepted', []],
  ['examples/acme-shop/docs/specs/loyalty-points.md', 'spec', 'draft', ['customer-impact warning 7:1-7:37', 'problem-solved warning 7:1-7:37', 'value-created warning 7:1-7:37', 'customer-segment warning 7:1-7:37', 'customer-evidence warning 7:1-7:37', 'success-metrics warning 7:1-7:37']],
  ['examples/acme-shop/docs/specs/order-tracking-page.md', 'spec', 'accepted', []],
  ['examples/acme-shop/docs/specs/wishlist-sharing.md', 'spec', 'proposed', ['success-metrics warning 1:1-1:31']],
  ['examples/acme-shop/specs/checkout.spec.yaml', 'spec', 'proposed', ['customer-evidence warning 3:1-3:40']],
  ['examples/boutique/docs/decisions/0002-afficher-le-delai-de-livraison-reel.md', 'decision', 'accepted', ['customer-evidence info 1:1-1:59']],
  ['examples/laden/docs/decisions/0004-retouren-per-qr-code.md', 'decision', 'accepted', ['success-metrics info 1:1-1:55']],
  ['examples/loja/docs/decisions/0003-pagamento-com-pix-no-checkout.md', 'decision', 'accepted', ['value-created error 1:1-1:29']],
  ['examples/negozio/docs/adr/0001-ritiro-in-negozio-entro-due-ore.md', 'decision', 'accepted', []],
  ['examples/negozio/docs/adr/0002-nuove-etichette-di-magazzino.md', 'decision', 'accepted', ['problem-solved error 1:1-1:56', 'customer-evidence info 1:1-1:56', 'close-the-loop info 1:1-1:56']],
  ['examples/plataforma/docs/adr/0001-enviar-factura-electronica-al-confirmar-el-pago.md', 'decision', 'accepted', []],
  ['examples/plataforma/docs/adr/0002-limitar-reintentos-de-cobro-de-suscripciones.md', 'decision', 'proposed', ['value-created warning 1:1-1:54', 'customer-evidence info 1:1-1:54', 'success-metrics info 1:1-1:54']],
  ['examples/sklep/rfcs/0012-przypomnienia-o-odbiorze-z-paczkomatu.md', 'spec', 'accepted', []],
];

/** The record every bad-input run also holds: proposed, without its customer impact (one warning). */
const GOOD = 'docs/decisions/0001-late-orders.md';
const GOOD_FINDINGS = [{ rule: 'customer-impact', severity: 'warning', line: 5, column: 1, endLine: 5, endColumn: 25 }];

describe('CLI (dist/cli.js)', function () {
  this.timeout(60000);

  before(() => {
    assert.ok(existsSync(join(REPO_ROOT, 'dist', 'cli.js')), 'build first: node scripts/build.mjs');
  });

  describe('check examples --format json', () => {
    let run: CliRun;
    let report: JsonReport;
    before(() => {
      run = runCli(REPO_ROOT, ['check', 'examples', '--format', 'json']);
      report = parseJson(run);
    });

    it('exits 1: the examples hold errors', () => {
      assert.equal(run.code, 1, run.stderr);
      assert.deepStrictEqual(report.summary, { files: 19, errors: 4, warnings: 13, infos: 14, hints: 0 });
    });

    it('reports the findings examples/README.md promises, file by file', () => {
      assert.deepStrictEqual(
        report.files.map((f) => [f.path, f.kind, f.status, f.diagnostics.map(brief)]),
        EXAMPLES,
      );
    });

    it('prints exactly the contract\'s object: version 1, files, summary', () => {
      assert.deepStrictEqual(Object.keys(report).sort(), ['files', 'summary', 'version']);
      assert.equal(report.version, 1);
      assert.ok(Array.isArray(report.files) && report.files.length > 0);
      assert.deepStrictEqual(Object.keys(report.summary).sort(), ['errors', 'files', 'hints', 'infos', 'warnings']);
    });

    it('gives each file its concepts\' states (contract): present, hollow, missing or not-required', () => {
      const byPath = new Map(report.files.map((f) => [f.path, f.concepts]));
      assert.deepStrictEqual(byPath.get('examples/acme-shop/docs/decisions/0003-daily-email-digest-for-order-updates.md'), {
        'customer-segment': 'present', 'problem-solved': 'missing', 'customer-impact': 'present', 'value-created': 'missing',
        'customer-evidence': 'present', 'success-metrics': 'present', 'close-the-loop': 'missing',
      });
      // Superseded: close-the-loop is asked only of accepted decisions.
      assert.deepStrictEqual(byPath.get('examples/acme-shop/docs/decisions/0002-push-message-for-every-order-event.md'), {
        'customer-segment': 'missing', 'problem-solved': 'missing', 'customer-impact': 'present', 'value-created': 'missing',
        'customer-evidence': 'missing', 'success-metrics': 'missing', 'close-the-loop': 'not-required',
      });
    });

    it('lists each file with exactly path, kind, status, concepts, personas and diagnostics', () => {
      for (const f of report.files) {
        assert.deepStrictEqual(Object.keys(f).sort(), ['concepts', 'diagnostics', 'kind', 'path', 'personas', 'status'], f.path);
        assert.ok(['decision', 'spec'].includes(f.kind), `${f.path}: kind ${f.kind}`);
        assert.ok(STATUSES.includes(String(f.status)), `${f.path}: status ${f.status}`);
        assert.ok(Array.isArray(f.diagnostics));
      }
    });

    it('gives each diagnostic exactly rule, severity, message, line, column, endLine, endColumn (1-based)', () => {
      for (const f of report.files) {
        for (const d of f.diagnostics) {
          assert.deepStrictEqual(Object.keys(d).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity'], f.path);
          assert.ok(RULE_IDS.includes(d.rule), d.rule);
          assert.ok(SEVERITIES.includes(d.severity), d.severity);
          assert.equal(typeof d.message, 'string');
          assert.ok(d.message.length > 0);
          for (const n of [d.line, d.column, d.endLine, d.endColumn]) assert.ok(Number.isInteger(n) && n >= 1, `${f.path}: ${JSON.stringify(d)}`);
          assert.ok(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column), `${f.path}: ${JSON.stringify(d)}`);
        }
      }
    });

    it('writes paths relative to the working directory, with / separators', () => {
      for (const f of report.files) {
        assert.ok(f.path.startsWith('examples/'), f.path);
        assert.ok(!f.path.includes('\\') && !f.path.startsWith('/') && !f.path.includes('/./') && !f.path.includes('..'), f.path);
      }
      assert.equal(new Set(report.files.map((f) => f.path)).size, report.files.length, 'each file once');
    });

    it('does not list files that are neither decisions nor specs (README, templates)', () => {
      for (const f of report.files) assert.ok(!/(^|\/)(README\.|index\.)|template/i.test(f.path), f.path);
      assert.ok(existsSync(join(REPO_ROOT, 'examples/acme-shop/docs/decisions/README.md')));
      assert.ok(existsSync(join(REPO_ROOT, 'examples/acme-shop/docs/decisions/template.md')));
    });

    it('counts in the summary exactly the diagnostics listed', () => {
      const all = report.files.flatMap((f) => f.diagnostics);
      assert.deepStrictEqual(report.summary, {
        files: report.files.length,
        errors: all.filter((d) => d.severity === 'error').length,
        warnings: all.filter((d) => d.severity === 'warning').length,
        infos: all.filter((d) => d.severity === 'info').length,
        hints: all.filter((d) => d.severity === 'hint').length,
      });
    });

    it('prints nothing on stderr for valid examples', () => {
      assert.equal(run.stderr, '');
    });
  });

  describe('--format sarif', () => {
    let sarif: {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
        }[];
      }[];
    };
    let json: JsonReport;
    let run: CliRun;
    before(() => {
      run = runCli(REPO_ROOT, ['check', 'examples', '--format', 'sarif']);
      sarif = JSON.parse(run.stdout) as typeof sarif;
      json = parseJson(runCli(REPO_ROOT, ['check', 'examples', '--format', 'json']));
    });

    it('is valid against the official SARIF 2.1.0 JSON schema', () => {
      const schema = JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as Record<string, unknown>;
      assert.equal(schema.title, 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
      // Formats (uri, date-time) need ajv-formats, which is not a dependency; URIs are checked by hand below.
      // unicodeRegExp: false because the schema's language pattern is not valid with the u flag.
      const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
      const validate = ajv.compile(schema);
      const valid = validate(sarif);
      assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 10), null, 2));
    });

    it('exits as the other formats do', () => assert.equal(run.code, 1));

    it('holds one result per diagnostic, each pointing at its rule in the driver', () => {
      assert.equal(sarif.version, '2.1.0');
      assert.equal(sarif.runs.length, 1);
      const { driver } = sarif.runs[0].tool;
      assert.equal(driver.name, 'customer-lens');
      assert.deepStrictEqual(driver.rules.map((r) => r.id).sort(), [...RULE_IDS].sort());
      const results = sarif.runs[0].results;
      for (const r of results) assert.equal(driver.rules[r.ruleIndex].id, r.ruleId);
      // Each diagnostic of the JSON output, whole: place, rule, level (info and hint are notes) and message.
      const level = (severity: string) => (severity === 'error' || severity === 'warning' ? severity : 'note');
      assert.deepStrictEqual(
        results.map((r) => {
          const { artifactLocation, region } = r.locations[0].physicalLocation;
          return `${artifactLocation.uri} ${r.ruleId} ${r.level} ${region.startLine}:${region.startColumn}-${region.endLine}:${region.endColumn} ${r.message.text}`;
        }),
        json.files.flatMap((f) => f.diagnostics.map((d) => `${encodeURI(f.path)} ${d.rule} ${level(d.severity)} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`)),
      );
    });

    it('uses relative URIs with / separators, as written in the JSON paths', () => {
      const paths = new Set(json.files.map((f) => encodeURI(f.path)));
      for (const r of sarif.runs[0].results) {
        const uri = r.locations[0].physicalLocation.artifactLocation.uri;
        assert.ok(paths.has(uri), uri);
        assert.ok(!/[\s\\]/.test(uri) && !/^[a-z]+:/i.test(uri), uri);
      }
    });
  });

  describe('--format github', () => {
    it('writes one ::error/::warning/::notice file=...,line=...,col=...::message line per diagnostic', () => {
      const run = runCli(REPO_ROOT, ['check', 'examples', '--format', 'github']);
      const json = parseJson(runCli(REPO_ROOT, ['check', 'examples', '--format', 'json']));
      assert.equal(run.code, 1);
      // Every line is a workflow command (no message here holds a character the format escapes), one per diagnostic, whole.
      const level = (severity: string) => (severity === 'error' || severity === 'warning' ? severity : 'notice');
      const expected = json.files.flatMap((f) =>
        f.diagnostics.map((d) => `::${level(d.severity)} file=${f.path},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=Customer Lens%3A ${d.rule}::${d.message}`),
      );
      assert.equal(expected.length, 31);
      assert.deepStrictEqual(linesOf(run.stdout), expected);
    });
  });

  describe('--format stylish', () => {
    it('has no ANSI colour when stdout is not a TTY', () => {
      const run = runCli(REPO_ROOT, ['check', 'examples']);
      assert.equal(run.code, 1);
      assert.ok(!run.stdout.includes('\u001b'), 'escape sequence in piped output');
      // A heading per file with findings (its kind and status on the next line when the path is long), each
      // finding's message wrapped under its column with the rule id last, then the summary: each diagnostic of
      // the JSON output, whole.
      const json = parseJson(runCli(REPO_ROOT, ['check', 'examples', '--format', 'json']));
      const seen: string[] = [];
      let file = '';
      let finding: string[] | undefined;
      const flush = () => {
        if (!finding) return;
        const [head, ...rest] = finding;
        const first = /^ +(\d+):(\d+) {2}(error|warning|info|hint) +(.+)$/.exec(head) as RegExpExecArray;
        const [, message, rule] = /^(.*\S)\s+([a-z][a-z-]*)$/.exec([first[4], ...rest.map((l) => l.trim())].join(' ')) as RegExpExecArray;
        seen.push(`${file} ${rule} ${first[3]} ${first[1]}:${first[2]} ${message}`);
        finding = undefined;
      };
      const lines = linesOf(run.stdout);
      for (const line of lines.slice(0, -1)) {
        const heading = /^(\S.*?)(?: \((decision|spec), (\w+)\))?$/.exec(line);
        if (heading) {
          flush();
          file = heading[1];
        } else if (/^ +\d+:\d+ {2}/.test(line)) {
          flush();
          finding = [line];
        } else if (/^ {2}\((decision|spec), \w+\)$/.test(line)) continue;
        else if (finding && /^ {6,}\S/.test(line)) finding.push(line);
        else {
          flush();
          assert.equal(line, '', `neither a file, a finding nor a blank line: ${line}`);
        }
      }
      flush();
      assert.deepStrictEqual(seen, json.files.flatMap((f) => f.diagnostics.map((d) => `${f.path} ${d.rule} ${d.severity} ${d.line}:${d.column} ${d.message}`)));
      assert.equal(lines.at(-1), '✖ 31 findings in 13 files: 4 errors, 13 warnings, 14 info; 6 files clean');
    });
  });

  describe('exit codes', () => {
    let tmp: TempFolder;
    beforeEach(() => {
      tmp = new TempFolder();
    });
    afterEach(() => tmp.remove());

    it('0 on a folder with nothing to check', () => {
      tmp.write('notes/hello.md', '# Hello\n');
      const run = runCli(tmp.root, ['check', '.', '--format', 'json']);
      assert.equal(run.code, 0, run.stderr);
      assert.deepStrictEqual(parseJson(run).files, []);
    });

    it('0 on a clean folder', () => {
      tmp.write('docs/decisions/0001-late-orders.md', decisionRecord({ status: 'accepted' }));
      const run = runCli(tmp.root, ['check']);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assertStderr(run);
    });

    it('1 with errors', () => {
      tmp.write('docs/decisions/0001-late-orders.md', decisionRecord({ status: 'accepted', drop: ['Value created'] }));
      const run = runCli(tmp.root, ['check', '.', '--format', 'json']);
      assert.equal(run.code, 1);
      const report = parseJson(run);
      assert.deepStrictEqual(places(fileIn(report, GOOD)), [{ rule: 'value-created', severity: 'error', line: 5, column: 1, endLine: 5, endColumn: 25 }]);
      assert.deepStrictEqual(report.summary, { files: 1, errors: 1, warnings: 0, infos: 0, hints: 0 });
    });

    it('0 with warnings only, 1 when they exceed --max-warnings', () => {
      tmp.write(GOOD, decisionRecord({ drop: ['Customer impact'] }));
      tmp.write('docs/decisions/0002-gift-wrap.md', decisionRecord({ title: 'Gift wrap', drop: ['Value created'] }));
      assert.equal(runCli(tmp.root, ['check']).code, 0);
      assert.equal(runCli(tmp.root, ['check', '--max-warnings', '2']).code, 0);
      assert.equal(runCli(tmp.root, ['check', '--max-warnings=2']).code, 0);
      const over = runCli(tmp.root, ['check', '--max-warnings', '1']);
      assert.equal(over.code, 1);
      assertStderr(over);
      assert.equal(runCli(tmp.root, ['check', '--max-warnings', '0']).code, 1);
    });

    it('2 for an unknown option, with one line on stderr', () => {
      tmp.write(GOOD, decisionRecord());
      const run = runCli(tmp.root, ['check', '.', '--colour']);
      assert.equal(run.code, 2);
      assertStderr(run, { one: true, mentions: ['--colour'] });
    });

    it('2 for an unknown format, with one line on stderr', () => {
      tmp.write(GOOD, decisionRecord());
      const run = runCli(tmp.root, ['check', '.', '--format', 'xml']);
      assert.equal(run.code, 2);
      assertStderr(run, { one: true, mentions: ['xml'] });
    });

    it('2 for a --max-warnings that is not a number, with one line on stderr', () => {
      const run = runCli(tmp.root, ['check', '.', '--max-warnings', 'many']);
      assert.equal(run.code, 2);
      assertStderr(run, { one: true });
    });

    it('2 for an unknown command, with one line on stderr', () => {
      const run = runCli(tmp.root, ['lint', '.']);
      assert.equal(run.code, 2);
      assertStderr(run, { one: true, mentions: ['lint'] });
    });
  });

  describe('paths, globs and --config', () => {
    let tmp: TempFolder;
    beforeEach(() => {
      tmp = new TempFolder();
      tmp.write(GOOD, decisionRecord({ drop: ['Customer impact'] }));
      tmp.write('specs/gift-wrap.md', decisionRecord({ title: 'Gift wrap' }));
    });
    afterEach(() => tmp.remove());

    it('no path checks the working directory', () => {
      const run = runCli(tmp.root, ['check', '--format', 'json']);
      assert.equal(run.code, 0, run.stderr);
      assert.deepStrictEqual(parseJson(run).files.map((f) => f.path).sort(), [GOOD, 'specs/gift-wrap.md']);
    });

    it('a glob picks its files only', () => {
      const run = runCli(tmp.root, ['check', 'docs/**/*.md', '--format', 'json']);
      assert.equal(run.code, 0, run.stderr);
      assert.deepStrictEqual(parseJson(run).files.map((f) => f.path), [GOOD]);
    });

    it('--config FILE applies that file', () => {
      tmp.write('team/lens.yaml', 'rules:\n  customer-impact: error\n');
      const run = runCli(tmp.root, ['check', '.', '--config', 'team/lens.yaml', '--format', 'json']);
      assert.equal(run.code, 1, run.stderr);
      assert.deepStrictEqual(places(fileIn(parseJson(run), GOOD)), [{ ...GOOD_FINDINGS[0], severity: 'error' }]);
    });

    it('--config with a file that does not exist: exit 2, one line, documents still checked', () => {
      const run = runCli(tmp.root, ['check', '.', '--config', 'team/missing.yaml', '--format', 'json']);
      assert.equal(run.code, 2);
      assertStderr(run, { one: true, mentions: ['missing.yaml'] });
      assert.deepStrictEqual(places(fileIn(parseJson(run), GOOD)), GOOD_FINDINGS);
    });
  });

  describe('bad input: one run, the other files still checked', () => {
    let tmp: TempFolder;
    beforeEach(() => {
      tmp = new TempFolder();
      tmp.write(GOOD, decisionRecord({ drop: ['Customer impact'] }));
    });
    afterEach(() => tmp.remove());

    function check(args: string[] = ['.']): { run: CliRun; report: JsonReport } {
      const run = runCli(tmp.root, ['check', ...args, '--format', 'json']);
      return { run, report: parseJson(run) };
    }

    function assertGoodChecked(report: JsonReport): void {
      assert.deepStrictEqual(places(fileIn(report, GOOD)), GOOD_FINDINGS);
    }

    it('a binary file (NUL bytes) in a decisions folder is skipped with a one-line note', () => {
      const bytes = Buffer.concat([Buffer.from('# Diagram\n'), Buffer.from([0, 1, 2, 0, 255, 0]), Buffer.alloc(2000, 0)]);
      tmp.write('docs/decisions/0002-diagram.md', bytes);
      const { run, report } = check();
      assert.equal(run.code, 0, run.stderr);
      assertStderr(run, { one: true, mentions: ['docs/decisions/0002-diagram.md'] });
      assert.ok(!report.files.some((f) => f.path.includes('0002-diagram')), 'the binary file is not listed');
      assertGoodChecked(report);
    });

    it('invalid UTF-8 is checked with replacement characters, and said so in one line', () => {
      const latin1 = Buffer.from(decisionRecord({ title: 'Caf\u00e9 menu in the app', status: 'accepted' }), 'latin1');
      tmp.write('docs/decisions/0003-cafe.md', latin1);
      const { run, report } = check();
      assert.equal(run.code, 0, run.stderr);
      assertStderr(run, { one: true, mentions: ['docs/decisions/0003-cafe.md'] });
      const cafe = fileIn(report, 'docs/decisions/0003-cafe.md');
      assert.equal(cafe.status, 'accepted');
      assert.deepStrictEqual(cafe.diagnostics, []);
      assertGoodChecked(report);
    });

    it('front matter that is never closed is reported, and the rest is checked', () => {
      tmp.write('docs/decisions/0004-unclosed.md', decisionRecord({ drop: ['Value created'] }).replace('status: proposed\n---\n', 'status: proposed\n'));
      const { run, report } = check();
      assert.equal(run.code, 0, run.stderr);
      assertStderr(run);
      const f = fileIn(report, 'docs/decisions/0004-unclosed.md');
      assert.deepStrictEqual(places(f).map((d) => `${d.rule}:${d.severity}:${d.line}`), ['invalid-front-matter:warning:1', 'value-created:warning:4']);
      assertGoodChecked(report);
    });

    it('invalid YAML inside the front matter is reported at its line, and the rest is checked', () => {
      tmp.write('docs/decisions/0005-bad-yaml.md', decisionRecord({ drop: ['Value created'] }).replace('status: proposed\n', 'status: proposed\ntags: [pricing, checkout\n'));
      const { run, report } = check();
      assert.equal(run.code, 0, run.stderr);
      assertStderr(run);
      const f = fileIn(report, 'docs/decisions/0005-bad-yaml.md');
      assert.equal(f.status, 'proposed');
      assert.deepStrictEqual(places(f).map((d) => `${d.rule}:${d.severity}:${d.line}`), ['invalid-front-matter:warning:3', 'value-created:warning:6']);
      assertGoodChecked(report);
    });

    it('a 10 MB decision record is checked', () => {
      const head = decisionRecord({ title: 'Archive of order questions', drop: ['Success metrics'] });
      // Long paragraphs: 10 MB within the line limit.
      const paragraph = `${'Shoppers asked where their order was, in chat, by email and on the phone, and we kept every question here. '.repeat(10)}\n\n`;
      tmp.write('docs/decisions/0006-archive.md', head + '\n## Appendix\n\n' + paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length)));
      const { run, report } = check();
      assert.equal(run.code, 0, run.stderr);
      assertStderr(run);
      assert.deepStrictEqual(places(fileIn(report, 'docs/decisions/0006-archive.md')), [
        { rule: 'success-metrics', severity: 'info', line: 5, column: 1, endLine: 5, endColumn: 29 },
      ]);
      assertGoodChecked(report);
    });

    it('a 17 MB file (above the 16 MiB limit) gets one file-too-large info finding', () => {
      const head = decisionRecord({ title: 'Full export of the feedback board' });
      tmp.write('docs/decisions/0007-export.md', head + 'x'.repeat(17 * 1024 * 1024));
      const { run, report } = check();
      assert.equal(run.code, 0, run.stderr);
      assertStderr(run);
      const f = fileIn(report, 'docs/decisions/0007-export.md');
      // Not read, so the finding has no width.
      assert.deepStrictEqual(f.diagnostics, [
        { rule: 'file-too-large', severity: 'info', message: 'This file is larger than 16 MB and was not checked.', line: 1, column: 1, endLine: 1, endColumn: 1 },
      ]);
      assertGoodChecked(report);
    });

    it('a missing path: one line on stderr, exit 2, the other files still checked and reported', () => {
      const { run, report } = check([GOOD, 'docs/decisions/0099-missing.md']);
      assert.equal(run.code, 2);
      assertStderr(run, { one: true, mentions: ['docs/decisions/0099-missing.md'] });
      assert.deepStrictEqual(report.files.map((f) => f.path), [GOOD]);
      assertGoodChecked(report);
    });

    it('an invalid .customer-lens.yaml: one line naming the file and line, exit 2, documents checked with the defaults, the config finding reported', () => {
      tmp.write('.customer-lens.yaml', '# Team settings\nrules:\n  customer-impact: error: always\n');
      tmp.write('specs/gift-wrap.md', decisionRecord({ title: 'Gift wrap', drop: ['Customers'] }));
      const { run, report } = check();
      assert.equal(run.code, 2);
      assertStderr(run, { one: true, mentions: ['.customer-lens.yaml:3'] });
      assertGoodChecked(report);
      assert.deepStrictEqual(places(fileIn(report, 'specs/gift-wrap.md')), [{ rule: 'customer-segment', severity: 'warning', line: 5, column: 1, endLine: 5, endColumn: 12 }]);
      const config = fileIn(report, '.customer-lens.yaml');
      assert.deepStrictEqual([config.kind, config.status], ['config', null]);
      assert.deepStrictEqual(config.diagnostics, [
        { rule: 'invalid-config', severity: 'error', message: 'not valid YAML: Nested mappings are not allowed in compact mappings', line: 3, column: 3, endLine: 3, endColumn: 33 },
        { rule: 'invalid-config', severity: 'error', message: 'rules.customer-impact must be error, warning, info, hint or off', line: 3, column: 20, endLine: 3, endColumn: 33 },
      ]);
      assert.deepStrictEqual(report.files.map((f) => f.path).sort(), ['.customer-lens.yaml', GOOD, 'specs/gift-wrap.md']);
    });

    it('a symlink loop inside a folder: the walk finishes and each file is checked once', () => {
      symlinkSync('.', tmp.path('docs/decisions/loop'));
      symlinkSync('..', tmp.path('docs/decisions/up'));
      symlinkSync('no-such-target.md', tmp.path('docs/decisions/0008-dangling.md'));
      const { run, report } = check();
      assert.equal(run.code, 0, run.stderr);
      assertStderr(run);
      assert.deepStrictEqual(report.files.map((f) => f.path), [GOOD]);
      assertGoodChecked(report);
    });

    it('a path with spaces and non-Latin letters', () => {
      const name = 'docs/decisions/0009 décision für Kunden 顧客 клієнти.md';
      tmp.write(name, decisionRecord({ title: 'Ship to lockers', drop: ['Problem solved'] }));
      const { run, report } = check();
      assert.equal(run.code, 0, run.stderr);
      assertStderr(run);
      assert.deepStrictEqual(places(fileIn(report, name)), [{ rule: 'problem-solved', severity: 'warning', line: 5, column: 1, endLine: 5, endColumn: 18 }]);
      assertGoodChecked(report);
      const direct = runCli(tmp.root, ['check', name, '--format', 'github']);
      assert.equal(direct.code, 0, direct.stderr);
      assert.equal(
        direct.stdout,
        '::warning file=docs/decisions/0009 décision für Kunden 顧客 клієнти.md,line=5,col=1,endLine=5,endColumn=18,title=Customer Lens%3A problem-solved::No problem solved: say which problem of the customer this solves, in their words.\n',
      );
    });

    it('CRLF line endings and a UTF-8 BOM give the same lines and columns as LF', () => {
      const lf = decisionRecord({ title: 'Pay by bank transfer', status: 'accepted', drop: ['Value created'] });
      tmp.write('docs/decisions/0010-crlf.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf.replace(/\n/g, '\r\n'))]));
      tmp.write('docs/decisions/0011-lf.md', lf);
      const { run, report } = check();
      assert.equal(run.code, 1, run.stderr);
      assertStderr(run);
      const crlf = fileIn(report, 'docs/decisions/0010-crlf.md');
      assert.equal(crlf.status, 'accepted');
      assert.deepStrictEqual(places(crlf), [{ rule: 'value-created', severity: 'error', line: 5, column: 1, endLine: 5, endColumn: 23 }]);
      assert.deepStrictEqual(places(crlf), places(fileIn(report, 'docs/decisions/0011-lf.md')));
      assertGoodChecked(report);
    });
  });
});
