// Nothing in a repository can hang the CLI, make it read outside its roots, exhaust its memory, run code
// through git, or end the run with one bad path. Each test builds its hostile folder or repository in a
// temporary folder, runs the built CLI with a time limit (a hang fails the test instead of blocking it), and
// checks the exit code, the one-line note, a normal record beside the hostile one checked in full, and that
// nothing was written anywhere in the temporary folder.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, decisionRecord, linesOf, TempFolder } from '../helpers/cli';

const RUN_LIMIT_MS = 15000;
const posix = process.platform !== 'win32';

interface JsonFile {
  path: string;
  kind: string;
  diagnostics: { rule: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  files: JsonFile[];
}

/** The built CLI with `--format json`, killed after RUN_LIMIT_MS: a hang is a failure, not a blocked test. */
function check(cwd: string, args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args, '--format', 'json'], {
    cwd,
    encoding: 'utf8',
    timeout: RUN_LIMIT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GITHUB_STEP_SUMMARY: '', NO_COLOR: '1' },
  });
  assert.equal(r.error, undefined, `the CLI did not finish within ${RUN_LIMIT_MS} ms (${String(r.error)}); stderr: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /^\s+at\s/m, 'a stack trace on stderr');
  // A run refused as a whole (exit 2 before any file) prints nothing on stdout.
  let files: JsonFile[] = [];
  try {
    if (r.stdout !== '' || r.status !== 2) files = (JSON.parse(r.stdout) as { files: JsonFile[] }).files;
  } catch {
    assert.fail(`stdout is not one JSON object: ${r.stdout.slice(0, 300)}\nstderr: ${r.stderr.slice(0, 300)}`);
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, files };
}

/** The record beside every hostile one: proposed, no customer impact; one warning, in full. */
const GOOD = 'docs/decisions/0001-late-orders.md';
const GOOD_FINDINGS = [
  {
    rule: 'customer-impact',
    severity: 'warning',
    message: 'No customer impact: say how this changes things for the customer, and how they will feel about it.',
    line: 5,
    column: 1,
    endLine: 5,
    endColumn: 25,
  },
];
/** What an outside record would get if it were read: its findings must never appear. */
const SECRET_TITLE = 'Secret pricing outside the root';

function findingsOf(run: Run, path: string): JsonFile['diagnostics'] {
  const f = run.files.find((x) => x.path === path);
  assert.ok(f, `${path} is listed; listed: ${run.files.map((x) => x.path).join(', ')}; stderr: ${run.stderr}`);
  return f.diagnostics;
}

function assertGoodChecked(run: Run, path = GOOD): void {
  assert.deepStrictEqual(findingsOf(run, path), GOOD_FINDINGS);
}

/** Exactly these lines on stderr, each after `customer-lens: `. */
function assertNotes(run: Run, notes: (string | RegExp)[]): void {
  const lines = linesOf(run.stderr);
  assert.equal(lines.length, notes.length, `stderr:\n${run.stderr}`);
  notes.forEach((n, i) => {
    if (typeof n === 'string') assert.equal(lines[i], `customer-lens: ${n}`);
    else assert.match(lines[i], n);
  });
}

/** Every entry under `dir` (links not followed) with its type, size and modification time. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (abs: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(abs);
    } catch (e) {
      out.set(rel, `unreadable ${(e as NodeJS.ErrnoException).code}`);
      return;
    }
    for (const name of names) {
      const p = join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      try {
        const st = lstatSync(p);
        out.set(r, `${st.mode}:${st.size}:${st.mtimeMs}`);
        if (st.isDirectory()) visit(p, r);
      } catch (e) {
        out.set(r, `unreadable ${(e as NodeJS.ErrnoException).code}`);
      }
    }
  };
  visit(dir, '');
  return out;
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  assert.equal(r.status, 0, `mkfifo ${path}: ${r.stderr}`);
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

describe('safety: nothing in a repository hangs, escapes, exhausts or runs code through the CLI', function () {
  this.timeout(60000);
  let tmp: TempFolder;
  /** The working directory of each run; `tmp.path('outside')` lies beside it. */
  let root: string;
  let untouched: Map<string, string>;

  before(function () {
    if (!posix) this.skip();
    assert.ok(existsSync(CLI), 'build first: node scripts/build.mjs');
  });

  beforeEach(() => {
    tmp = new TempFolder('customer-lens-safety-');
    root = tmp.path('root');
    tmp.write(`root/${GOOD}`, decisionRecord({ drop: ['Customer impact'] }));
    tmp.write('outside/docs/decisions/0009-secret.md', decisionRecord({ title: SECRET_TITLE, drop: ['Customers'] }));
    tmp.write('outside/lens.yaml', 'rules:\n  leaked-outside-key: error\n');
  });

  /** Call once the hostile folder is built: the run must leave every entry as it was. */
  function freeze(): void {
    untouched = snapshot(tmp.root);
  }

  afterEach(() => {
    // rm copes with folders deeper than PATH_MAX; rmSync does not.
    spawnSync('rm', ['-rf', tmp.root]);
  });

  function assertNothingWritten(): void {
    assert.deepStrictEqual(snapshot(tmp.root), untouched, 'an entry was written, changed or removed');
  }

  function assertNothingFromOutside(run: Run): void {
    assert.ok(!run.stdout.includes(SECRET_TITLE) && !run.stdout.includes('leaked-outside-key'), run.stdout);
    assert.ok(!run.stderr.includes(SECRET_TITLE) && !run.stderr.includes('leaked-outside-key'), run.stderr);
    assert.ok(!run.files.some((f) => f.path.includes('0009-secret')), 'the outside record was checked');
  }

  describe('FIFOs never block', () => {
    it('a FIFO named .customer-lens.yaml in a subfolder: an invalid-config finding, its records checked with the defaults, exit 2', () => {
      tmp.write('root/docs/team/decisions/0002-gift-wrap.md', decisionRecord({ drop: ['Customer impact'] }));
      mkfifo(join(root, 'docs/team/.customer-lens.yaml'));
      freeze();
      const run = check(root, []);
      assert.equal(run.code, 2);
      assertNotes(run, ['invalid config docs/team/.customer-lens.yaml:1: the config file is not a regular file (fifo); the defaults apply']);
      assertGoodChecked(run);
      assert.deepStrictEqual(findingsOf(run, 'docs/team/decisions/0002-gift-wrap.md'), GOOD_FINDINGS);
      assert.deepStrictEqual(findingsOf(run, 'docs/team/.customer-lens.yaml').map((d) => [d.rule, d.severity, d.line]), [['invalid-config', 'error', 1]]);
      assertNothingWritten();
    });

    it('--config naming a FIFO: an invalid-config finding, every record checked with the defaults, exit 2', () => {
      mkfifo(join(root, 'lens.yaml'));
      freeze();
      const run = check(root, ['.', '--config', 'lens.yaml']);
      assert.equal(run.code, 2);
      assertNotes(run, ['invalid config lens.yaml:1: the config file is not a regular file (fifo); the defaults apply']);
      assertGoodChecked(run);
      assertNothingWritten();
    });

    it('a FIFO named like a record, found by a walk, by a glob or named: one note, the rest checked, exit 0', () => {
      mkfifo(join(root, 'docs/decisions/0002-pipe.md'));
      freeze();
      for (const args of [[], ['docs/**/*.md'], [GOOD, 'docs/decisions/0002-pipe.md']]) {
        const run = check(root, args);
        assert.equal(run.code, 0, args.join(' '));
        assertNotes(run, ['docs/decisions/0002-pipe.md: not a regular file (fifo), not checked']);
        assert.deepStrictEqual(run.files.map((f) => f.path), [GOOD]);
        assertGoodChecked(run);
      }
      assertNothingWritten();
    });
  });

  describe('links to /dev/zero are never read', () => {
    it('as a config found by the lookup: it links outside, is not read, exit 2', () => {
      tmp.write('root/docs/team/decisions/0002-gift-wrap.md', decisionRecord({ drop: ['Customer impact'] }));
      symlinkSync('/dev/zero', join(root, 'docs/team/.customer-lens.yaml'));
      freeze();
      const run = check(root, []);
      assert.equal(run.code, 2);
      assertNotes(run, ['invalid config docs/team/.customer-lens.yaml:1: the config file links outside ., not read; the defaults apply']);
      assertGoodChecked(run);
      assert.deepStrictEqual(findingsOf(run, 'docs/team/decisions/0002-gift-wrap.md'), GOOD_FINDINGS);
      assertNothingWritten();
    });

    it('as --config (named, so links are allowed): a character device is not a regular file, exit 2', () => {
      symlinkSync('/dev/zero', join(root, 'zero.yaml'));
      freeze();
      const run = check(root, ['.', '--config', 'zero.yaml']);
      assert.equal(run.code, 2);
      assertNotes(run, ['invalid config zero.yaml:1: the config file is not a regular file (character device); the defaults apply']);
      assertGoodChecked(run);
      assertNothingWritten();
    });

    it('as a record: outside the walk\'s root when found, a character device when named; exit 0', () => {
      symlinkSync('/dev/zero', join(root, 'docs/decisions/0002-zero.md'));
      freeze();
      const walked = check(root, []);
      assert.equal(walked.code, 0);
      assertNotes(walked, ['docs/decisions/0002-zero.md: links outside ., not checked']);
      assertGoodChecked(walked);
      const named = check(root, [GOOD, 'docs/decisions/0002-zero.md']);
      assert.equal(named.code, 0);
      assertNotes(named, ['docs/decisions/0002-zero.md: not a regular file (character device), not checked']);
      assertGoodChecked(named);
      assertNothingWritten();
    });
  });

  describe('links out of the roots are not read', () => {
    it('a walk: a record linking outside gets a note and is not read; a link inside the root is read', () => {
      symlinkSync(tmp.path('outside/docs/decisions/0009-secret.md'), join(root, 'docs/decisions/0002-link.md'));
      tmp.write('root/shared/0003-kept.md', decisionRecord({ drop: ['Customer impact'] }));
      symlinkSync('../../shared/0003-kept.md', join(root, 'docs/decisions/0003-inside.md'));
      freeze();
      for (const [args, shown] of [[[], '.'], [['docs'], 'docs'], [['docs/**/*.md'], 'docs']] as const) {
        const run = check(root, [...args]);
        assert.equal(run.code, 0, args.join(' '));
        const notes = [`docs/decisions/0002-link.md: links outside ${shown}, not checked`];
        // The second link stays inside the repository but leaves `docs`.
        if (shown === 'docs') notes.push('docs/decisions/0003-inside.md: links outside docs, not checked');
        assertNotes(run, notes);
        assertNothingFromOutside(run);
        assertGoodChecked(run);
        if (shown === '.') assertGoodChecked(run, 'docs/decisions/0003-inside.md');
      }
      // Named on the command line, the same link is the user's choice: read.
      const named = check(root, ['docs/decisions/0002-link.md']);
      assert.equal(named.code, 0);
      assert.deepStrictEqual(findingsOf(named, 'docs/decisions/0002-link.md').map((d) => d.rule), ['customer-segment']);
      assertNothingWritten();
    });

    it('a config found by the lookup that links outside is not read (its keys never printed); one linking inside the root applies', () => {
      tmp.write('root/docs/team/decisions/0002-gift-wrap.md', decisionRecord({ drop: ['Customer impact'] }));
      symlinkSync(tmp.path('outside/lens.yaml'), join(root, 'docs/team/.customer-lens.yaml'));
      tmp.write('root/shared/lens.yaml', 'rules:\n  customer-impact: error\n');
      tmp.write('root/docs/other/decisions/0003-labels.md', decisionRecord({ drop: ['Customer impact'] }));
      symlinkSync('../../shared/lens.yaml', join(root, 'docs/other/.customer-lens.yaml'));
      freeze();
      const run = check(root, []);
      assert.equal(run.code, 2);
      assertNotes(run, ['invalid config docs/team/.customer-lens.yaml:1: the config file links outside ., not read; the defaults apply']);
      assertNothingFromOutside(run);
      assertGoodChecked(run);
      assert.deepStrictEqual(findingsOf(run, 'docs/team/decisions/0002-gift-wrap.md'), GOOD_FINDINGS);
      assert.deepStrictEqual(findingsOf(run, 'docs/other/decisions/0003-labels.md'), [{ ...GOOD_FINDINGS[0], severity: 'error' }]);
      assertNothingWritten();
    });

    it('under --since, a committed link to a file outside the repository, or to /dev/zero, is not read', function () {
      git(root, 'init', '-q');
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'base');
      git(root, 'checkout', '-qb', 'feature');
      symlinkSync(tmp.path('outside/docs/decisions/0009-secret.md'), join(root, 'docs/decisions/0002-link.md'));
      tmp.write('root/docs/decisions/0003-new.md', decisionRecord({ drop: ['Customer impact'] }));
      symlinkSync('/dev/zero', join(root, 'docs/decisions/0004-zero.md'));
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'feature');
      freeze();
      const run = check(root, ['--since', 'main']);
      assert.equal(run.code, 0);
      assertNotes(run, ['docs/decisions/0002-link.md: links outside ., not checked', 'docs/decisions/0004-zero.md: links outside ., not checked']);
      assertNothingFromOutside(run);
      assert.deepStrictEqual(run.files.map((f) => f.path), ['docs/decisions/0003-new.md']);
      assertGoodChecked(run, 'docs/decisions/0003-new.md');
      assertNothingWritten();
    });
  });

  describe('one bad path never ends the run', () => {
    it('a self-linked config in a subfolder (ELOOP): an invalid-config finding, every record checked, exit 2', () => {
      tmp.write('root/docs/team/decisions/0002-gift-wrap.md', decisionRecord({ drop: ['Customer impact'] }));
      symlinkSync('.customer-lens.yaml', join(root, 'docs/team/.customer-lens.yaml'));
      symlinkSync('0003-loop.md', join(root, 'docs/decisions/0003-loop.md'));
      freeze();
      const run = check(root, []);
      assert.equal(run.code, 2);
      assertNotes(run, [
        'docs/decisions/0003-loop.md: cannot read (ELOOP), not checked',
        'invalid config docs/team/.customer-lens.yaml:1: cannot read the config file (ELOOP); the defaults apply',
      ]);
      assertGoodChecked(run);
      assert.deepStrictEqual(findingsOf(run, 'docs/team/decisions/0002-gift-wrap.md'), GOOD_FINDINGS);
      assertNothingWritten();
    });

    it('paths near and beyond PATH_MAX: the config lookup, the walk and a named path each give a note', () => {
      const pathMax = Number(spawnSync('getconf', ['PATH_MAX', '/'], { encoding: 'utf8' }).stdout.trim()) || 4096;
      // A folder whose record fits in PATH_MAX but whose `.customer-lens.yaml` does not (ENAMETOOLONG).
      let deep = join(root, 'docs/decisions');
      while (deep.length + 101 + '/a.md'.length + 101 < pathMax) deep = join(deep, 'd'.repeat(100));
      deep = join(deep, 'e'.repeat(pathMax - 1 - '/a.md'.length - deep.length - 1));
      mkdirSync(deep, { recursive: true });
      writeFileSync(join(deep, 'a.md'), decisionRecord({ drop: ['Customer impact'] }));
      const deepRecord = join(deep, 'a.md').slice(root.length + 1);
      assert.equal(join(deep, 'a.md').length, pathMax - 1);
      // A chain deeper than PATH_MAX, made one relative step at a time (rm removes it after).
      const long = 'f'.repeat(250);
      tmp.write('root/specs/ok.md', decisionRecord({ drop: ['Customer impact'] }));
      const script = `const fs = require('fs'); const text = fs.readFileSync('ok.md'); for (let i = 0; i < 20; i++) { fs.mkdirSync('${long}'); process.chdir('${long}'); } fs.writeFileSync('s.md', text);`;
      const made = spawnSync(process.execPath, ['-e', script], { cwd: join(root, 'specs') });
      assert.equal(made.status, 0, String(made.stderr));
      freeze();
      const run = check(root, []);
      assert.equal(run.code, 0);
      assertNotes(run, [
        /^customer-lens: cannot read folder \/.*\/specs(\/f{250}){15,}$/,
        /^customer-lens: cannot look for a config file in \/.*\/e+ \(ENAMETOOLONG\); looked further up$/,
      ]);
      assertGoodChecked(run);
      assertGoodChecked(run, deepRecord);
      assertGoodChecked(run, 'specs/ok.md');
      // A named path longer than PATH_MAX.
      const named = check(root, [GOOD, `${'x/'.repeat(pathMax / 2)}y.md`]);
      assert.equal(named.code, 0);
      assertNotes(named, [/: cannot read \(ENAMETOOLONG\), not checked$/]);
      assertGoodChecked(named);
      assertNothingWritten();
    });
  });

  describe('git runs nothing of the repository\'s (--since)', () => {
    const hooks = ['post-index-change', 'pre-commit', 'post-checkout', 'reference-transaction', 'pre-auto-gc', 'fsmonitor-watchman'];
    let marker: string;

    beforeEach(() => {
      marker = tmp.path('marker');
    });

    /** A shell command that appends `what` to the marker file (and for a filter, passes its input on). */
    const writes = (what: string) => `sh -c 'echo ${what} >> "${marker}"; cat'`;

    function hostileConfig(gitDir: string): void {
      const set = (key: string, value: string) => git(tmp.root, 'config', '--file', join(gitDir, 'config'), key, value);
      set('filter.evil.clean', writes('clean'));
      set('filter.evil.smudge', writes('smudge'));
      set('filter.evil.process', writes('process'));
      set('filter.evil.required', 'true');
      set('diff.evil.textconv', writes('textconv'));
      set('diff.evil.command', writes('diff-command'));
      set('diff.external', writes('external'));
      set('core.fsmonitor', writes('fsmonitor'));
      set('core.pager', writes('pager'));
      set('pager.diff', writes('pager-diff'));
      set('core.hooksPath', join(gitDir, 'evil-hooks'));
      mkdirSync(join(gitDir, 'evil-hooks'), { recursive: true });
      for (const h of hooks) writeFileSync(join(gitDir, 'evil-hooks', h), `#!/bin/sh\necho hook-${h} >> "${marker}"\n`, { mode: 0o755 });
    }

    it('a repository whose config names filters, textconv, an external diff, fsmonitor, a pager and hooks: none runs', function () {
      git(root, 'init', '-q');
      tmp.write('root/.gitattributes', '* filter=evil diff=evil\n');
      tmp.write('root/docs/decisions/0002-touched.md', decisionRecord({ drop: ['Customer impact'] }));
      tmp.write('root/docs/decisions/0003-edited.md', decisionRecord({ drop: ['Customer impact'] }));
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'base');
      git(root, 'checkout', '-qb', 'feature');
      tmp.write('root/docs/decisions/0004-committed.md', decisionRecord({ drop: ['Customer impact'] }));
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'feature');
      hostileConfig(join(root, '.git'));
      // In the working tree: an edit, a file touched but unchanged (stat-dirty), an untracked record; the
      // others were written in the same second as the index (racily clean): git hashes both kinds again.
      tmp.write('root/docs/decisions/0003-edited.md', decisionRecord({ drop: ['Customer impact', 'Value created'] }));
      const later = new Date(Date.now() + 5000);
      utimesSync(join(root, 'docs/decisions/0002-touched.md'), later, later);
      tmp.write('root/docs/decisions/0005-untracked.md', decisionRecord({ drop: ['Customer impact'] }));
      // The config is live: git itself runs it.
      spawnSync('git', ['diff', '--name-status', 'main'], { cwd: root });
      assert.ok(existsSync(marker), 'the hostile config should run for plain git');
      spawnSync('rm', ['-f', marker]);
      freeze();
      const run = check(root, ['--since', 'main']);
      assert.ok(!existsSync(marker), `git ran: ${existsSync(marker) ? readFileSync(marker, 'utf8') : ''}`);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      assert.deepStrictEqual(run.files.map((f) => f.path), ['docs/decisions/0003-edited.md', 'docs/decisions/0004-committed.md', 'docs/decisions/0005-untracked.md']);
      assertGoodChecked(run, 'docs/decisions/0004-committed.md');
      assert.deepStrictEqual(findingsOf(run, 'docs/decisions/0003-edited.md').map((d) => d.rule), ['customer-impact', 'value-created']);
      assertNothingWritten();
    });

    it('a filter driver whose name -c cannot carry (it holds "="): --since is refused, nothing runs', function () {
      git(root, 'init', '-q');
      tmp.write('root/.gitattributes', '* filter=a=b\n');
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'base');
      git(root, 'config', 'filter.a=b.clean', writes('clean'));
      freeze();
      const run = check(root, ['--since', 'main']);
      assert.ok(!existsSync(marker), 'git ran the filter');
      assert.equal(run.code, 2);
      assertNotes(run, ['--since: cannot turn off the filter filter.a=b.clean of the repository\'s config; not used']);
      assertNothingWritten();
    });

    it('a folder committed as a bare repository, with a clean filter and fsmonitor: refused from inside it, nothing runs', function () {
      git(root, 'init', '-q');
      git(root, 'commit', '-q', '--allow-empty', '-m', 'base');
      const evil = join(root, 'vendor/evil');
      git(root, 'init', '-q', '--bare', evil);
      hostileConfig(evil);
      mkdirSync(join(evil, 'info'), { recursive: true });
      writeFileSync(join(evil, 'info/attributes'), '* filter=evil diff=evil\n');
      tmp.write('root/vendor/evil/docs/decisions/0002-inside.md', decisionRecord({ drop: ['Customer impact'] }));
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'vendor a folder that git takes for a bare repository');
      freeze();
      for (const cwd of [evil, join(evil, 'refs'), join(evil, 'docs/decisions')]) {
        const run = check(cwd, ['--since', 'main']);
        assert.equal(run.code, 2, cwd);
        assertNotes(run, [/^customer-lens: --since: .*vendor\/evil.* bare repository.*; not used$/]);
        assert.ok(!existsSync(marker), `git ran from ${cwd}: ${existsSync(marker) ? readFileSync(marker, 'utf8') : ''}`);
      }
      // Made non-bare with its work tree on the real repository, it is still not the repository's own .git.
      git(evil, 'config', '--file', join(evil, 'config'), 'core.bare', 'false');
      git(evil, 'config', '--file', join(evil, 'config'), 'core.worktree', '../..');
      freeze();
      const run = check(evil, ['--since', 'main']);
      assert.equal(run.code, 2);
      assertNotes(run, [/^customer-lens: --since: .*vendor\/evil.*; not used$/]);
      assert.ok(!existsSync(marker), 'git ran the filter');
      // From the repository's own folder the vendored folder is plain files, and --since works.
      const fromTop = check(root, ['--since', 'HEAD~1']);
      assert.equal(fromTop.code, 0, fromTop.stderr);
      assert.equal(fromTop.stderr, '');
      assertGoodChecked(fromTop, 'vendor/evil/docs/decisions/0002-inside.md');
      assert.ok(!existsSync(marker), 'git ran the filter');
      assertNothingWritten();
    });
  });
});
