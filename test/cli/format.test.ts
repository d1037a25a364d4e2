// The CLI's outputs for people and tools, compared whole: stylish within 80 columns, `line` read back by its
// problem matcher, JUnit XML, colour by flag and environment, the help, stdin, and exit codes with their
// one-line messages.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { exitCode, render } from '../../server/src/cli/run';
import { HELP, parseArgs, useColour, type Format } from '../../server/src/cli/args';
import { checkPaths } from '../../server/src/cli/check';
import { LINE_PROBLEM_MATCHER } from '../../server/src/cli/line';
import { CLI, decisionRecord, linesOf, runCli, TempFolder, type CliRun } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/findings';

const LATE = 'docs/decisions/0001-late-orders.md';
const GIFT = 'docs/decisions/0002-gift-wrap.md';
const WISH = 'specs/wishlists.md';

const VALUE_CREATED = 'No value created: say what the customer gains from this and why they would care.';
const IMPACT = 'No customer impact: say how this changes things for the customer, and how they will feel about it.';
const EVIDENCE = 'No customer evidence: cite what customers told or showed us (a quote, a ticket, research, a number).';

/** Three records: an accepted one without its value (an error), a proposed one without two sections, a clean spec. */
function threeRecords(tmp: TempFolder): void {
  tmp.write(LATE, decisionRecord({ status: 'accepted', drop: ['Value created'] }));
  tmp.write(GIFT, decisionRecord({ title: 'Gift wrap', drop: ['Customer impact', 'Customer evidence'] }));
  tmp.write(WISH, decisionRecord({ title: 'Wishlists' }));
}

/** What `check paths --format format` prints on stdout, run in this process (faster than a CLI process). */
function output(cwd: string, paths: string[], format: Format, maxWarnings?: number): { code: number; stdout: string } {
  const run = checkPaths(paths, { cwd });
  const code = exitCode(run, maxWarnings);
  const text = render(run, format, { colour: false, width: 80, exitCode: code });
  return { code, stdout: text.length > 0 ? `${text}\n` : '' };
}

/** The CLI with `input` on stdin. */
function runWithStdin(cwd: string, args: string[], input: string): CliRun {
  const env = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'GITHUB_STEP_SUMMARY']) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI formats and messages', function () {
  this.timeout(60000);
  let tmp: TempFolder;
  beforeEach(() => {
    tmp = new TempFolder();
    threeRecords(tmp);
  });
  afterEach(() => tmp.remove());

  describe('--format stylish', () => {
    it('wraps each message under its column within 80 columns and ends with the run\'s verdict', () => {
      const run = output(tmp.root, ['.'], 'stylish');
      assert.equal(run.code, 1);
      assert.equal(
        run.stdout,
        [
          'docs/decisions/0001-late-orders.md (decision, accepted)',
          '  5:1  error  No value created: say what the customer gains from this and why',
          '              they would care.  value-created',
          '',
          'docs/decisions/0002-gift-wrap.md (decision, proposed)',
          '  5:1  warning  No customer impact: say how this changes things for the',
          '                customer, and how they will feel about it.  customer-impact',
          '  5:1  info     No customer evidence: cite what customers told or showed us (a',
          '                quote, a ticket, research, a number).  customer-evidence',
          '',
          '✖ 3 findings in 2 files: 1 error, 1 warning, 1 info; 1 file clean',
          '',
        ].join('\n'),
      );
    });

    it('keeps every line of the examples within 80 columns, but for file paths longer than that', () => {
      const run = output(REPO_ROOT, ['examples'], 'stylish');
      const long = linesOf(run.stdout).filter((l) => [...l].length > 80);
      assert.ok(long.length > 0 && long.every((l) => /^examples\/\S+\.(md|ya?ml)$/.test(l)), long.join('\n'));
    });

    it('says the run passed (✔) only when it did: ⚠ with warnings, ✖ over --max-warnings', () => {
      assert.deepStrictEqual(output(tmp.root, ['specs'], 'stylish'), { code: 0, stdout: '✔ 1 file checked: nothing to report\n' });
      tmp.write('notes/todo.md', '# Not a record\n');
      assert.deepStrictEqual(output(tmp.root, ['notes'], 'stylish'), { code: 0, stdout: '✔ no decision records or specs to check\n' });
      const warned = output(tmp.root, [GIFT], 'stylish');
      assert.equal(warned.code, 0);
      assert.equal(linesOf(warned.stdout).pop(), '⚠ 2 findings in 1 file: 1 warning, 1 info');
      const over = runCli(tmp.root, ['check', GIFT, '--max-warnings', '0']);
      assert.equal(over.code, 1);
      assert.equal(linesOf(over.stdout).pop(), '✖ 2 findings in 1 file: 1 warning, 1 info');
      assert.equal(over.stderr, 'customer-lens: 1 warnings, more than --max-warnings 0\n');
    });
  });

  describe('--format line and its problem matcher', () => {
    it('prints path:line:column: severity rule message, one finding a line', () => {
      const run = output(tmp.root, ['.'], 'line');
      assert.equal(run.code, 1);
      assert.equal(
        run.stdout,
        [
          `${LATE}:5:1: error value-created ${VALUE_CREATED}`,
          `${GIFT}:5:1: warning customer-impact ${IMPACT}`,
          `${GIFT}:5:1: info customer-evidence ${EVIDENCE}`,
          '',
        ].join('\n'),
      );
    });

    it('is read back by the problem matcher into exactly the JSON findings, for every example', () => {
      const json = JSON.parse(output(REPO_ROOT, ['examples'], 'json').stdout) as {
        files: { path: string; diagnostics: { rule: string; severity: string; message: string; line: number; column: number }[] }[];
      };
      const expected = json.files.flatMap((f) => f.diagnostics.map((d) => ({ file: f.path, line: d.line, column: d.column, severity: d.severity, code: d.rule, message: d.message })));
      const { pattern } = LINE_PROBLEM_MATCHER;
      const regexp = new RegExp(pattern.regexp);
      const read = linesOf(output(REPO_ROOT, ['examples'], 'line').stdout).map((l) => {
        const m = regexp.exec(l);
        assert.ok(m, `the problem matcher does not read: ${l}`);
        return { file: m[pattern.file], line: Number(m[pattern.line]), column: Number(m[pattern.column]), severity: m[pattern.severity], code: m[pattern.code], message: m[pattern.message] };
      });
      assert.ok(expected.length > 20);
      assert.deepStrictEqual(read, expected);
    });
  });

  describe('--format junit', () => {
    it('writes one suite per file: errors and warnings fail, info passes with its message, a clean file passes', () => {
      const run = output(tmp.root, ['.'], 'junit');
      assert.equal(run.code, 1);
      const failure = (path: string, severity: string, rule: string, message: string) => [
        `    <testcase classname="${path}" name="${rule} at 5:1">`,
        `      <failure type="${severity}" message="${message}">${path}:5:1: ${severity} ${rule} ${message}</failure>`,
        '    </testcase>',
      ];
      assert.equal(
        run.stdout,
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<testsuites name="customer-lens" tests="4" failures="2" errors="0">',
          `  <testsuite name="${LATE}" tests="1" failures="1" errors="0">`,
          ...failure(LATE, 'error', 'value-created', VALUE_CREATED),
          '  </testsuite>',
          `  <testsuite name="${GIFT}" tests="2" failures="1" errors="0">`,
          ...failure(GIFT, 'warning', 'customer-impact', IMPACT),
          `    <testcase classname="${GIFT}" name="customer-evidence at 5:1">`,
          `      <system-out>${GIFT}:5:1: info customer-evidence ${EVIDENCE}</system-out>`,
          '    </testcase>',
          '  </testsuite>',
          `  <testsuite name="${WISH}" tests="1" failures="0" errors="0">`,
          `    <testcase classname="${WISH}" name="customer-lens"/>`,
          '  </testsuite>',
          '</testsuites>',
          '',
        ].join('\n'),
      );
    });

    it('escapes what XML cannot hold as it is', () => {
      const name = 'docs/decisions/0003 <"R&D"> \'tea\'.md';
      tmp.write(name, decisionRecord({ title: 'Tea', drop: ['Customers'] }));
      const run = output(tmp.root, [name], 'junit');
      const escaped = 'docs/decisions/0003 &lt;&quot;R&amp;D&quot;&gt; &apos;tea&apos;.md';
      assert.ok(run.stdout.includes(`<testsuite name="${escaped}" tests="1" failures="0" errors="0">`), run.stdout);
      assert.ok(!run.stdout.includes(name));
    });
  });

  describe('colour', () => {
    const red = '\x1b[31m';
    it('--color forces it, --no-color and a pipe leave it out, FORCE_COLOR forces it, and the flags win', () => {
      const coloured = (args: string[], env: Record<string, string> = {}) => runCli(tmp.root, ['check', ...args], env).stdout.includes(red);
      assert.equal(coloured([]), false);
      assert.equal(coloured(['--color'], { NO_COLOR: '1' }), true);
      assert.equal(coloured([], { FORCE_COLOR: '1' }), true);
      assert.equal(coloured(['--no-color'], { FORCE_COLOR: '1' }), false);
      assert.equal(coloured(['--format', 'line', '--color']), false, 'only stylish is coloured');
    });

    it('on a terminal, unless NO_COLOR is set; FORCE_COLOR wins over NO_COLOR', () => {
      assert.equal(useColour(undefined, {}, true), true);
      assert.equal(useColour(undefined, { NO_COLOR: '1' }, true), false);
      assert.equal(useColour(undefined, { NO_COLOR: '' }, true), true);
      assert.equal(useColour(undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, false), true);
      assert.equal(useColour(undefined, { FORCE_COLOR: 'false' }, true), false);
      assert.equal(useColour(false, { FORCE_COLOR: '1' }, true), false);
    });
  });

  describe('--help', () => {
    it('lists every option and format, with examples, and exits 0', () => {
      const run = runCli(tmp.root, ['--help']);
      assert.deepStrictEqual(run, { code: 0, stdout: `${HELP}\n`, stderr: '' });
      for (const option of ['--format', '-f,', '--config', '-c,', '--max-warnings', '--since', '--fix', '--stdin-filename', '--color', '--no-color', '--help', '--version', '\n  -  ']) {
        assert.ok(HELP.includes(option), `the help does not list ${option.trim()}`);
      }
      for (const format of ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit', 'line']) assert.ok(HELP.includes(format), format);
      assert.match(HELP, /\nExamples:\n(  customer-lens check.*\n)+/);
      assert.ok(linesOf(HELP).every((l) => l.length <= 100), 'help lines are short');
    });

    it('every option it lists is one the parser takes', () => {
      const flags = [...new Set([...HELP.matchAll(/(?<=\s)--[a-z-]+/g)].map((m) => m[0]))];
      for (const flag of flags) {
        if (['--help', '--version'].includes(flag)) continue;
        const needsValue = ['--format', '--config', '--max-warnings', '--since', '--stdin-filename'].includes(flag);
        const value = flag === '--format' ? 'json' : flag === '--max-warnings' ? '3' : 'x';
        const args = ['check', ...(flag === '--stdin-filename' ? ['-'] : []), flag, ...(needsValue ? [value] : [])];
        assert.doesNotThrow(() => parseArgs(args), flag);
      }
    });
  });

  describe('the arguments', () => {
    const base = { format: 'stylish', fix: false, explain: false } as const;
    it('reads - as stdin before --, and as a file named - after it; a value may start with one dash', () => {
      assert.deepStrictEqual(parseArgs(['check', '-', 'docs', '--', '-', '--fix', '--max-warnings', '-1', '--stdin-filename=a.md']), {
        ...base, paths: ['docs', '-', '--fix', '--max-warnings', '-1', '--stdin-filename=a.md'], stdin: true,
      });
      assert.deepStrictEqual(parseArgs(['check', '--max-warnings', '-1', '--config=c.yaml', '-f', 'json', 'docs']), {
        ...base, format: 'json', paths: ['docs'], stdin: false, maxWarnings: undefined, config: 'c.yaml',
      });
    });
    it('refuses a flag with no value, a value given to a switch, and an unknown flag, each in one line', () => {
      assert.throws(() => parseArgs(['check', '--config']), { message: '--config needs a value' });
      assert.throws(() => parseArgs(['check', '--since', '--fix']), { message: '--since needs a value' });
      assert.throws(() => parseArgs(['check', '--fix=yes']), { message: '--fix takes no value' });
      assert.throws(() => parseArgs(['check', '--fast']), { message: 'unknown option "--fast" (--help lists the options)' });
    });
  });

  describe('stdin: - and --stdin-filename', () => {
    it('checks the text on stdin as the file it names: its kind, its config, its path in the output', () => {
      tmp.write('.customer-lens.yaml', 'rules:\n  customer-evidence: warning\n');
      const text = decisionRecord({ title: 'Unsaved draft', drop: ['Customer evidence'] });
      const run = runWithStdin(tmp.root, ['check', '-', '--stdin-filename', 'docs/decisions/0009-draft.md', '--format', 'line'], text);
      assert.deepStrictEqual(run, {
        code: 0,
        stdout: `docs/decisions/0009-draft.md:5:1: warning customer-evidence ${EVIDENCE}\n`,
        stderr: '',
      });
    });

    it('checks stdin instead of the file on disk it names, and the other paths as usual', () => {
      const run = runWithStdin(tmp.root, ['check', '-', 'docs', '--stdin-filename', LATE, '--format', 'line'], decisionRecord({ status: 'accepted' }));
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, `${GIFT}:5:1: warning customer-impact ${IMPACT}\n${GIFT}:5:1: info customer-evidence ${EVIDENCE}\n`);
    });

    it('without a file name: kind from the front matter, path <stdin>; with neither, a note', () => {
      const record = decisionRecord({ drop: ['Customer impact'] }).replace('status: proposed', 'status: proposed\nkind: decision');
      const run = runWithStdin(tmp.root, ['check', '-', '--format', 'line'], record);
      assert.deepStrictEqual(run, { code: 0, stdout: `<stdin>:6:1: warning customer-impact ${IMPACT}\n`, stderr: '' });
      const notes = runWithStdin(tmp.root, ['check', '-'], '# Shopping list\n\nTea.\n');
      assert.deepStrictEqual(notes, {
        code: 0,
        stdout: '✔ no decision records or specs to check\n',
        stderr: 'customer-lens: <stdin>: neither a decision record nor a spec by its path or front matter `kind:`, not checked\n',
      });
    });
  });

  describe('exit codes and their one-line messages', () => {
    const usage = (args: string[], message: string) => {
      assert.deepStrictEqual(runCli(tmp.root, ['check', ...args]), { code: 2, stdout: '', stderr: `customer-lens: ${message}\n` });
    };

    it('2 for a path that does not exist, with no summary line', () => usage(['nope'], 'no such file or folder: nope'));

    it('2 for a glob that matches no file (a typo in CI fails)', () => {
      usage(['docs/desicions/*.md'], 'no files match docs/desicions/*.md');
      usage(['docs/**/*.markdown'], 'no files match docs/**/*.markdown');
    });

    it('2 for --stdin-filename without -, and for --fix with -', () => {
      usage(['--stdin-filename', 'a.md'], '--stdin-filename names the document on stdin: add - to the paths');
      usage(['-', '--fix'], '--fix writes files, and stdin is not one: name the file instead of -');
    });

    it('2 when one path is missing: the others are reported, without a verdict line', () => {
      const run = runCli(tmp.root, ['check', GIFT, 'nope.md']);
      assert.equal(run.code, 2);
      assert.equal(run.stderr, 'customer-lens: no such file or folder: nope.md\n');
      assert.equal(
        run.stdout,
        [
          'docs/decisions/0002-gift-wrap.md (decision, proposed)',
          '  5:1  warning  No customer impact: say how this changes things for the',
          '                customer, and how they will feel about it.  customer-impact',
          '  5:1  info     No customer evidence: cite what customers told or showed us (a',
          '                quote, a ticket, research, a number).  customer-evidence',
          '',
        ].join('\n'),
      );
    });

    it('0 for a glob that matches, including one that matches a file named as well', () => {
      const run = runCli(tmp.root, ['check', WISH, 'specs/*.md', '--format', 'line']);
      assert.deepStrictEqual(run, { code: 0, stdout: '', stderr: '' });
    });
  });
});
