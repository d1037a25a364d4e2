// The pre-commit hook (.pre-commit-hooks.yaml): its entry, run as pre-commit runs it (the command the package
// installs, then the staged files its types select as arguments) on a temporary git repository.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse } from 'yaml';
import { decisionRecord, TempFolder } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/findings';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  types_or: string[];
  require_serial?: boolean;
  minimum_pre_commit_version?: string;
}

const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const bins = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
/** The file extensions of the types the hook names, as pre-commit's `identify` tells them. */
const EXTENSIONS: Record<string, string[]> = { markdown: ['.md', '.markdown', '.mdown', '.mkdn'], yaml: ['.yaml', '.yml'] };

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=T', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Runs the hook as pre-commit does on the staged files: its entry's command (the package's bin), then the files. */
function runHook(hook: Hook, repo: string) {
  const staged = git(repo, 'diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z').split('\0').filter((f) => f.length > 0);
  const selected = staged.filter((f) => hook.types_or.some((t) => EXTENSIONS[t].includes(extname(f).toLowerCase())));
  const [command, ...entryArgs] = hook.entry.split(/\s+/);
  const env = { ...process.env };
  for (const k of ['FORCE_COLOR', 'NO_COLOR', 'GITHUB_STEP_SUMMARY']) delete env[k];
  const r = spawnSync(process.execPath, [join(REPO_ROOT, bins[command]), ...entryArgs, ...selected], { cwd: repo, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, files: selected };
}

describe('pre-commit hook (.pre-commit-hooks.yaml)', function () {
  this.timeout(30000);
  let repo: TempFolder;
  beforeEach(() => {
    repo = new TempFolder('cl-pre-commit-');
    git(repo.root, 'init', '-q', '-b', 'main');
  });
  afterEach(() => repo.remove());

  it('declares one Node hook whose entry is a command the package installs', () => {
    assert.equal(hooks.length, 1);
    const [hook] = hooks;
    assert.deepStrictEqual({ id: hook.id, language: hook.language, entry: hook.entry, types_or: hook.types_or }, {
      id: 'customer-lens',
      language: 'node',
      entry: 'customer-lens check',
      types_or: ['markdown', 'yaml'],
    });
    assert.ok(bins[hook.entry.split(' ')[0]], 'the entry is a bin of package.json');
  });

  it('fails a commit that stages an accepted decision without its value, and names the finding', () => {
    repo.write('docs/decisions/0001-late-orders.md', decisionRecord({ status: 'accepted', drop: ['Value created'] }));
    repo.write('README.md', '# Shop\n');
    repo.write('notes/todo.txt', 'not Markdown\n');
    repo.write('docs/decisions/0000-draft.md', decisionRecord({ title: 'Unstaged draft', drop: ['Customer impact'] }));
    git(repo.root, 'add', 'docs/decisions/0001-late-orders.md', 'README.md', 'notes/todo.txt');
    const run = runHook(hooks[0], repo.root);
    assert.deepStrictEqual(run.files, ['README.md', 'docs/decisions/0001-late-orders.md']);
    assert.deepStrictEqual([run.code, run.stderr], [1, '']);
    assert.equal(
      run.stdout,
      [
        'docs/decisions/0001-late-orders.md (decision, accepted)',
        '  5:1  error  No value created: say what the customer gains from this and why',
        '              they would care.  value-created',
        '',
        '✖ 1 finding in 1 file: 1 error',
        '',
      ].join('\n'),
    );
  });

  it('passes a commit whose staged records are complete, warnings and all', () => {
    repo.write('specs/wishlists.spec.yaml', 'title: Wishlists\nstatus: draft\ncustomers: Returning shoppers\nproblem_solved: Shoppers lose track of what they wanted.\n');
    repo.write('docs/decisions/0002-gift-wrap.md', decisionRecord({ title: 'Gift wrap' }));
    git(repo.root, 'add', '-A');
    const run = runHook(hooks[0], repo.root);
    assert.deepStrictEqual(run.files, ['docs/decisions/0002-gift-wrap.md', 'specs/wishlists.spec.yaml']);
    assert.deepStrictEqual([run.code, run.stderr], [0, '']);
    assert.equal(
      run.stdout,
      [
        'specs/wishlists.spec.yaml (spec, draft)',
        '  1:1  warning  No customer impact: say how this changes things for the',
        '                customer, and how they will feel about it.  customer-impact',
        '  1:1  warning  No value created: say what the customer gains from this and why',
        '                they would care.  value-created',
        '  1:1  info     No customer evidence: cite what customers told or showed us (a',
        '                quote, a ticket, research, a number).  customer-evidence',
        '  1:1  warning  No success metric: say how we will know this worked for the',
        '                customer, and which number should move.  success-metrics',
        '',
        '⚠ 4 findings in 1 file: 3 warnings, 1 info; 1 file clean',
        '',
      ].join('\n'),
    );
  });
});
