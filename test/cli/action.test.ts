// The GitHub Action: the committed bundle is what the sources build, action.yml names what the bundle reads, and
// the bundle run as the runner runs it (INPUT_* variables with action.yml's defaults, GITHUB_STEP_SUMMARY and
// GITHUB_OUTPUT files, the workspace as working directory) on a temporary git repository writes, in one run,
// the same annotations, comment and SARIF as the CLI does, the step summary and the outputs.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { decisionRecord, runCli, TempFolder } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/findings';

const BUNDLE = join(REPO_ROOT, 'dist-action', 'index.js');

interface ActionManifest {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}

const manifest = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionManifest;

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=T', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: string;
}

/** The bundle as the runner starts it: every input set from action.yml's defaults, then from `inputs`. */
function runAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): ActionRun {
  const files = mkdtempSync(join(tmpdir(), 'cl-runner-'));
  const summary = join(files, 'step-summary.md');
  const outputs = join(files, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(outputs, '');
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) vars[k] = v;
  for (const [name, input] of Object.entries(manifest.inputs)) vars[`INPUT_${name.toUpperCase()}`] = input.default ?? '';
  for (const [name, value] of Object.entries(inputs)) vars[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(vars, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs }, env);
  const r = spawnSync(process.execPath, [join(REPO_ROOT, manifest.runs.main)], { cwd: workspace, env: vars, encoding: 'utf8' });
  const run = { code: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(summary, 'utf8'), outputs: readFileSync(outputs, 'utf8') };
  rmSync(files, { recursive: true, force: true });
  return run;
}

describe('GitHub Action (action.yml, dist-action/index.js)', function () {
  this.timeout(60000);

  it('the committed bundle and its notices are exactly what the sources build (else: npm run build:action)', () => {
    const out = mkdtempSync(join(tmpdir(), 'cl-action-build-'));
    try {
      const r = spawnSync(process.execPath, ['scripts/build.mjs', '--action', `--outdir=${out}`], { cwd: REPO_ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      for (const file of ['index.js', 'THIRD-PARTY-NOTICES.txt']) {
        const fresh = readFileSync(join(out, file), 'utf8');
        const committed = readFileSync(join(REPO_ROOT, 'dist-action', file), 'utf8');
        assert.ok(fresh === committed, `dist-action/${file} is stale: run "npm run build:action" and commit it`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('is a JavaScript action on node24 with the inputs and outputs the bundle reads and writes', () => {
    assert.deepStrictEqual(manifest.runs, { using: 'node24', main: 'dist-action/index.js' });
    assert.ok(existsSync(BUNDLE));
    assert.deepStrictEqual(Object.keys(manifest.inputs), ['paths', 'since', 'config', 'fail-level', 'max-warnings', 'fix', 'comment-file', 'sarif-file']);
    assert.deepStrictEqual(Object.keys(manifest.outputs), ['errors', 'warnings', 'files', 'coverage']);
    const source = readFileSync(join(REPO_ROOT, 'server/src/action.ts'), 'utf8');
    for (const name of Object.keys(manifest.inputs)) assert.ok(source.includes(`input(env, '${name}')`), `the Action does not read ${name}`);
  });

  describe('on a pull request, in a temporary repository', () => {
    let repo: TempFolder;
    const ADDED = 'docs/decisions/0002-gift-wrap.md';
    const CHANGED = 'docs/decisions/0001-late-orders.md';

    before(() => {
      repo = new TempFolder('cl-action-repo-');
      git(repo.root, 'init', '-q', '-b', 'main');
      repo.write(CHANGED, decisionRecord());
      repo.write('docs/decisions/0003-untouched.md', decisionRecord({ title: 'Untouched', drop: ['Customers'] }));
      git(repo.root, 'add', '-A');
      git(repo.root, 'commit', '-qm', 'base');
      // What actions/checkout leaves for a pull request with fetch-depth 0: the base branch as origin/main.
      git(repo.root, 'update-ref', 'refs/remotes/origin/main', 'main');
      git(repo.root, 'checkout', '-qb', 'feature');
      repo.write(ADDED, decisionRecord({ title: 'Gift wrap', status: 'accepted', drop: ['Value created', 'Customer evidence'] }));
      repo.write(CHANGED, decisionRecord({ drop: ['Customer impact'] }));
      git(repo.root, 'add', '-A');
      git(repo.root, 'commit', '-qm', 'feature');
    });
    after(() => repo.remove());

    it('checks what the branch changed, once, and writes annotations, summary, comment, SARIF and outputs', () => {
      const run = runAction(repo.root, {}, { GITHUB_BASE_REF: 'main', GITHUB_EVENT_NAME: 'pull_request' });
      const cli = (format: string) => runCli(repo.root, ['check', '--since', 'origin/main', '--format', format], { GITHUB_STEP_SUMMARY: undefined });
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, `${cli('github').stdout}::error title=Customer Lens::1 errors, 1 warnings, 1 info; fail-level is error\n`);
      assert.equal(readFileSync(repo.path('customer-lens-comment.md'), 'utf8'), cli('markdown').stdout);
      assert.equal(readFileSync(repo.path('customer-lens.sarif'), 'utf8'), cli('sarif').stdout);
      // Coverage: 5 of the 6 concepts a proposed record needs, 5 of the 7 an accepted one needs: 10 ÷ 13.
      assert.equal(run.outputs, 'errors=1\nwarnings=1\nfiles=2\ncoverage=76.9\n');
      assert.equal(
        run.summary,
        [
          '## Customer Lens',
          '',
          '2 files checked: 1 errors, 1 warnings, 1 info, 0 hints.',
          '',
          '| File | Kind | Status | Customers | Problem | Impact | Value | Evidence | Metrics | Follow-up | Findings |',
          '|---|---|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|--:|',
          `| \`${CHANGED}\` | decision | proposed | ✅ | ✅ | ❌ | ✅ | ✅ | ✅ | ✅ | 1 |`,
          `| \`${ADDED}\` | decision | accepted | ✅ | ✅ | ✅ | ❌ | ❌ | ✅ | ✅ | 2 |`,
          '',
          '✅ present · ⚠️ empty or placeholder · ❌ missing · ➖ not asked of this document',
          '',
          '### What this change does for the customer',
          '',
          `- \`${CHANGED}\``,
          '  - Customer impact: present → missing',
          `- \`${ADDED}\` **(new)**`,
          '  - Customers: present',
          '  - Problem solved: present',
          '  - Customer impact: present',
          '  - Value created: missing',
          '  - Customer evidence: missing',
          '  - Success metrics: present',
          '  - Customer follow-up: present',
          '',
          'Coverage of the changed records: 100% → 76.9% (6/6 → 10/13 required concepts present; a new record counts from nothing).',
          '',
        ].join('\n'),
      );
    });

    it('fail-level never passes with findings; warning fails on a warning alone; max-warnings counts', () => {
      const onlyChanged = { paths: CHANGED, 'comment-file': '', 'sarif-file': '' };
      const never = runAction(repo.root, { ...onlyChanged, 'fail-level': 'never' });
      assert.equal(never.code, 0, never.stdout);
      assert.equal(never.outputs, 'errors=0\nwarnings=1\nfiles=1\ncoverage=83.3\n');
      const warning = runAction(repo.root, { ...onlyChanged, 'fail-level': 'warning' });
      assert.equal(warning.code, 1);
      assert.ok(warning.stdout.endsWith('::error title=Customer Lens::0 errors, 1 warnings, 0 info; fail-level is warning\n'), warning.stdout);
      const max = runAction(repo.root, { ...onlyChanged, 'max-warnings': '0' });
      assert.equal(max.code, 1);
      assert.ok(max.stdout.endsWith('::error title=Customer Lens::1 warnings, more than max-warnings 0\n'), max.stdout);
    });

    it('a glob that matches nothing, or a wrong input, fails the step with one error line', () => {
      const typo = runAction(repo.root, { paths: 'docs/desicions/*.md', 'comment-file': '', 'sarif-file': '' });
      assert.equal(typo.code, 1);
      assert.equal(
        typo.stdout,
        '::warning title=Customer Lens::no files match docs/desicions/*.md\n' +
          '::error title=Customer Lens::a path that does not exist, or a glob that matches no file (see the messages above)\n',
      );
      assert.equal(typo.outputs, 'errors=0\nwarnings=0\nfiles=0\ncoverage=\n');
      const wrong = runAction(repo.root, { 'fail-level': 'sometimes' });
      assert.deepStrictEqual([wrong.code, wrong.stdout], [1, '::error title=Customer Lens::fail-level must be error, warning, info, never, not "sometimes"\n']);
    });
  });
});
