// Folder walks honour .gitignore and .customer-lensignore as git reads .gitignore (nested files, negation, the
// repository's top level above the folder walked); a file named explicitly is always checked; --since leaves
// out what they exclude too.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { checkPaths, type CheckRun } from '../../server/src/cli/check';
import { decisionRecord, runCli, TempFolder } from '../helpers/cli';

const paths = (run: CheckRun) => run.files.map((f) => f.path);

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=T', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
}

describe('CLI: .gitignore and .customer-lensignore', function () {
  this.timeout(30000);
  let tmp: TempFolder;
  const record = (path: string) => tmp.write(path, decisionRecord());
  beforeEach(() => {
    tmp = new TempFolder();
    tmp.write('.git/HEAD', 'ref: refs/heads/main\n'); // the repository's top level, for the lookup
    for (const p of [
      'docs/decisions/0001-kept.md',
      'docs/decisions/drafts/0002-draft.md',
      'docs/decisions/0003-scratch.tmp.md',
      'build/docs/decisions/0004-generated.md',
      'specs/wishlists.md',
      'specs/archive/old.md',
      'specs/archive/keep.md',
    ]) {
      record(p);
    }
    tmp.write('.gitignore', '# build output\nbuild/\n*.tmp.md\n');
    tmp.write('docs/decisions/.gitignore', 'drafts/\n');
    tmp.write('.customer-lensignore', 'specs/archive/\n');
  });
  afterEach(() => tmp.remove());

  it('a walk skips what the ignore files at every level exclude', () => {
    const run = checkPaths(['.'], { cwd: tmp.root });
    assert.deepStrictEqual(paths(run), ['docs/decisions/0001-kept.md', 'specs/wishlists.md']);
    assert.deepStrictEqual(run.notes, []);
  });

  it('the top level\'s files apply when a subfolder is walked, from any working directory', () => {
    assert.deepStrictEqual(paths(checkPaths(['docs'], { cwd: tmp.root })), ['docs/decisions/0001-kept.md']);
    assert.deepStrictEqual(paths(checkPaths(['.'], { cwd: tmp.path('docs/decisions') })), ['0001-kept.md']);
  });

  it('a later .customer-lensignore line brings back a file, not one inside an excluded folder', () => {
    tmp.write('.customer-lensignore', 'specs/archive/*\n!specs/archive/keep.md\n!build/docs/decisions/0004-generated.md\n!0003-scratch.tmp.md\n');
    assert.deepStrictEqual(paths(checkPaths(['.'], { cwd: tmp.root })), [
      'docs/decisions/0001-kept.md',
      'docs/decisions/0003-scratch.tmp.md',
      'specs/archive/keep.md',
      'specs/wishlists.md',
    ]);
  });

  it('a file named explicitly is always checked; a glob is a walk', () => {
    const named = ['docs/decisions/drafts/0002-draft.md', 'build/docs/decisions/0004-generated.md', 'docs/decisions/0003-scratch.tmp.md'];
    assert.deepStrictEqual(paths(checkPaths(named, { cwd: tmp.root })), [...named].sort());
    assert.deepStrictEqual(paths(checkPaths(['**/decisions/**/*.md'], { cwd: tmp.root })), ['docs/decisions/0001-kept.md']);
  });

  it('a glob whose every match is excluded exits 2 and says so; a folder that is excluded gets a note', () => {
    const run = runCli(tmp.root, ['check', 'build/**/*.md', 'specs/archive']);
    assert.deepStrictEqual(run, {
      code: 2,
      stdout: '',
      stderr:
        'customer-lens: no files match build/**/*.md outside what .gitignore and .customer-lensignore exclude\n' +
        'customer-lens: specs/archive is excluded by .gitignore or .customer-lensignore: name its files to check them\n',
    });
  });

  it('outside a repository, the files count from the folder walked down', () => {
    tmp.remove();
    tmp = new TempFolder();
    record('outer/docs/decisions/0001-a.md');
    record('outer/docs/decisions/0002-b.md');
    tmp.write('.gitignore', '0001-a.md\n'); // above the folder walked, and no repository: not read
    tmp.write('outer/.customer-lensignore', '0002-b.md\n');
    const run = checkPaths(['outer'], { cwd: tmp.root });
    assert.deepStrictEqual(paths(run), ['outer/docs/decisions/0001-a.md']);
  });

  it('an ignore file that is not a regular file is not read, with a note; the walk goes on', function () {
    if (process.platform === 'win32') this.skip();
    tmp.remove();
    tmp = new TempFolder();
    record('docs/decisions/0001-a.md');
    assert.equal(spawnSync('mkfifo', [tmp.path('docs/.customer-lensignore')]).status, 0, 'mkfifo');
    const run = checkPaths(['.'], { cwd: tmp.root });
    assert.deepStrictEqual(paths(run), ['docs/decisions/0001-a.md']);
    assert.deepStrictEqual(run.notes, ['docs/.customer-lensignore: not a regular file (fifo); its patterns do not apply']);
  });

  it('--since leaves out the changed files the ignore files exclude', () => {
    tmp.remove();
    tmp = new TempFolder();
    git(tmp.root, 'init', '-q', '-b', 'main');
    tmp.write('README.md', '# Repo\n');
    git(tmp.root, 'add', '-A');
    git(tmp.root, 'commit', '-qm', 'base');
    tmp.write('.customer-lensignore', 'docs/decisions/drafts/\n');
    record('docs/decisions/0001-new.md');
    record('docs/decisions/drafts/0002-draft.md');
    git(tmp.root, 'add', '-A');
    git(tmp.root, 'commit', '-qm', 'feature');
    const run = runCli(tmp.root, ['check', '--since', 'HEAD~1', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepStrictEqual((JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['docs/decisions/0001-new.md']);
  });
});
