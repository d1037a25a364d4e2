// Pull-request review in CI: --since against a real temporary git repository, and the github and
// markdown outputs, compared whole.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { checkPaths } from '../../server/src/cli/check';
import { formatMarkdown } from '../../server/src/cli/markdown';

const CLI = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

const COMPLETE = (title: string) => `---
status: proposed
---
# ${title}

## Customers

Shop owners on the Basic plan.

## Problem solved

Owners cannot see which orders are late.

## Customer impact

Owners see late orders first and will feel in control.

## Value created

Fewer angry buyers.

## Customer evidence

Ticket #4812 and 37 like it.

## Success metrics

Late-order complaints fall by half.
`;

function run(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env, GITHUB_STEP_SUMMARY: env.GITHUB_STEP_SUMMARY ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
}

function write(root: string, rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

describe('pull-request review: --since, github and markdown outputs', function () {
  this.timeout(30000);
  let repo: string;

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'cl-pr-'));
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.email', 'test@example.com');
    git(repo, 'config', 'user.name', 'Test');
    write(repo, 'docs/decisions/0001-late-orders.md', COMPLETE('1. Show late orders first'));
    write(repo, 'docs/decisions/0002-refunds.md', '# 2. Instant refunds\n\n## Customer impact\n\nBuyers get money back at once.\n');
    write(repo, 'docs/decisions/0003-untouched.md', '# 3. Untouched\n\nNo customer sections at all.\n');
    write(repo, 'docs/decisions/0005-to-delete.md', '# 5. Going away\n');
    write(repo, 'docs/specs/old-name.md', COMPLETE('Wishlists'));
    write(repo, 'notes/readme-like.md', '# Not a record\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    write(repo, 'docs/decisions/0004-new.md', '---\nstatus: accepted\n---\n# 4. Gift cards\n\n## Customers\n\nGift buyers.\n');
    write(repo, 'docs/decisions/0002-refunds.md', '# 2. Instant refunds\n\n## Customer impact\n\nTBD\n');
    unlinkSync(join(repo, 'docs/decisions/0005-to-delete.md'));
    renameSync(join(repo, 'docs/specs/old-name.md'), join(repo, 'docs/specs/wishlists.md'));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'feature work');
  });

  after(() => rmSync(repo, { recursive: true, force: true }));

  it('checks only what was added, changed or renamed since the ref', () => {
    const r = run(repo, ['check', '--since', 'main', '--format', 'json']);
    assert.equal(r.stderr, '');
    const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.deepEqual(paths, ['docs/decisions/0002-refunds.md', 'docs/decisions/0004-new.md', 'docs/specs/wishlists.md']);
    assert.equal(r.code, 1);
  });

  it('gives each changed record its concepts at the merge base, and null for one the change adds', () => {
    const r = run(repo, ['check', '--since', 'main', '--format', 'json']);
    const files = (JSON.parse(r.stdout) as { files: { path: string; status: string; concepts: unknown; base: unknown }[] }).files;
    assert.deepEqual(
      files.map((f) => ({ path: f.path, status: f.status, concepts: f.concepts, base: f.base })),
      [
        {
          path: 'docs/decisions/0002-refunds.md',
          status: 'proposed',
          concepts: { 'customer-segment': 'missing', 'problem-solved': 'missing', 'customer-impact': 'hollow', 'value-created': 'missing', 'customer-evidence': 'missing', 'success-metrics': 'missing', 'close-the-loop': 'not-required' },
          base: {
            status: 'proposed',
            concepts: { 'customer-segment': 'missing', 'problem-solved': 'missing', 'customer-impact': 'present', 'value-created': 'missing', 'customer-evidence': 'missing', 'success-metrics': 'missing', 'close-the-loop': 'not-required' },
          },
        },
        {
          path: 'docs/decisions/0004-new.md',
          status: 'accepted',
          concepts: { 'customer-segment': 'present', 'problem-solved': 'missing', 'customer-impact': 'missing', 'value-created': 'missing', 'customer-evidence': 'missing', 'success-metrics': 'missing', 'close-the-loop': 'missing' },
          base: null,
        },
        {
          path: 'docs/specs/wishlists.md',
          status: 'proposed',
          concepts: { 'customer-segment': 'present', 'problem-solved': 'present', 'customer-impact': 'present', 'value-created': 'present', 'customer-evidence': 'present', 'success-metrics': 'present', 'close-the-loop': 'not-required' },
          base: null,
        },
      ],
    );
  });

  it('reads the base where the branch left the ref: a later change on the ref is not the base', () => {
    git(repo, 'checkout', '-q', 'main');
    write(repo, 'docs/decisions/0002-refunds.md', '---\nstatus: accepted\n---\n# 2. Instant refunds\n');
    git(repo, 'commit', '-qam', 'main moves on');
    git(repo, 'checkout', '-q', 'feature');
    try {
      const r = run(repo, ['check', 'docs/decisions/0002-refunds.md', '--since', 'main', '--format', 'json']);
      const [file] = (JSON.parse(r.stdout) as { files: { base: { status: string; concepts: Record<string, string> } }[] }).files;
      assert.deepEqual(file.base, {
        status: 'proposed',
        concepts: { 'customer-segment': 'missing', 'problem-solved': 'missing', 'customer-impact': 'present', 'value-created': 'missing', 'customer-evidence': 'missing', 'success-metrics': 'missing', 'close-the-loop': 'not-required' },
      });
    } finally {
      git(repo, 'checkout', '-q', 'main');
      git(repo, 'reset', '-q', '--hard', 'HEAD~1');
      git(repo, 'checkout', '-q', 'feature');
    }
  });

  it('tells a change in the index or the working tree from a file only touched, or changed and changed back', () => {
    const later = new Date(Date.now() + 5000);
    const abs = (rel: string) => join(repo, rel);
    const untouched = readFileSync(abs('docs/decisions/0003-untouched.md'), 'utf8');
    const late = readFileSync(abs('docs/decisions/0001-late-orders.md'), 'utf8');
    try {
      // Touched only: stat data differ from the index's, the content does not.
      utimesSync(abs('docs/decisions/0003-untouched.md'), later, later);
      // Staged, then the working tree put back as it was: the index still holds the change.
      write(repo, 'docs/decisions/0001-late-orders.md', `${late}\nStaged only.\n`);
      git(repo, 'add', 'docs/decisions/0001-late-orders.md');
      write(repo, 'docs/decisions/0001-late-orders.md', late);
      utimesSync(abs('docs/decisions/0001-late-orders.md'), later, later);
      // Changed in the working tree only, and a new file nobody added.
      write(repo, 'docs/specs/wishlists.md', `${COMPLETE('Wishlists')}\nEdited.\n`);
      write(repo, 'docs/decisions/0006-untracked.md', '# 6. Untracked\n');
      // Only its mode changed, staged, then touched: the same bytes, but not the base's entry.
      chmodSync(abs('docs/decisions/0002-refunds.md'), 0o755);
      git(repo, 'add', 'docs/decisions/0002-refunds.md');
      utimesSync(abs('docs/decisions/0002-refunds.md'), later, later);
      const r = run(repo, ['check', '--since', 'feature', '--format', 'json']);
      assert.equal(r.stderr, '');
      const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
      assert.deepEqual(paths, ['docs/decisions/0001-late-orders.md', 'docs/decisions/0002-refunds.md', 'docs/decisions/0006-untracked.md', 'docs/specs/wishlists.md']);
    } finally {
      git(repo, 'reset', '-q', '--hard', 'HEAD');
      rmSync(abs('docs/decisions/0006-untracked.md'), { force: true });
      assert.equal(readFileSync(abs('docs/decisions/0003-untouched.md'), 'utf8'), untouched);
    }
  });

  it('narrows --since to a folder whose name starts with two dots, which lies inside', () => {
    try {
      write(repo, '..drafts/decisions/0007-dots.md', '# 7. Dots\n');
      const r = run(repo, ['check', '--since', 'feature', '--format', 'json', '..drafts']);
      assert.equal(r.stderr, '');
      assert.deepEqual((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['..drafts/decisions/0007-dots.md']);
    } finally {
      rmSync(join(repo, '..drafts'), { recursive: true, force: true });
    }
  });

  it('carries no base without --since', () => {
    const r = run(repo, ['check', 'docs/decisions/0004-new.md', '--format', 'json']);
    const [file] = (JSON.parse(r.stdout) as { files: Record<string, unknown>[] }).files;
    assert.equal('base' in file, false);
  });

  it('narrows --since to the paths given', () => {
    const r = run(repo, ['check', 'docs/specs', '--since', 'main', '--format', 'json']);
    const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.deepEqual(paths, ['docs/specs/wishlists.md']);
    assert.equal(r.code, 0);
  });

  it('writes workflow annotations on the title line, and the checklist to the step summary', () => {
    const summary = join(repo, '..', `summary-${Date.now()}.md`);
    const r = run(repo, ['check', '--since', 'main', '--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    assert.equal(r.stdout, [
      '::warning file=docs/decisions/0002-refunds.md,line=1,col=1,endLine=1,endColumn=21,title=Customer Lens%3A problem-solved::No problem solved: say which problem of the customer this solves, in their words.',
      '::warning file=docs/decisions/0002-refunds.md,line=1,col=1,endLine=1,endColumn=21,title=Customer Lens%3A value-created::No value created: say what the customer gains from this and why they would care.',
      '::notice file=docs/decisions/0002-refunds.md,line=1,col=1,endLine=1,endColumn=21,title=Customer Lens%3A customer-segment::No customer named: say who the customers are (persona, segment, plan) that this serves.',
      '::notice file=docs/decisions/0002-refunds.md,line=1,col=1,endLine=1,endColumn=21,title=Customer Lens%3A customer-evidence::No customer evidence: cite what customers told or showed us (a quote, a ticket, research, a number).',
      '::notice file=docs/decisions/0002-refunds.md,line=1,col=1,endLine=1,endColumn=21,title=Customer Lens%3A success-metrics::No success metric: say how we will know this worked for the customer, and which number should move.',
      '::warning file=docs/decisions/0002-refunds.md,line=3,col=1,endLine=3,endColumn=19,title=Customer Lens%3A placeholder-text::The section "Customer impact" holds only placeholder text: How does this change things for our customers, and how will they feel about it?',
      '::error file=docs/decisions/0004-new.md,line=4,col=1,endLine=4,endColumn=16,title=Customer Lens%3A customer-impact::No customer impact: say how this changes things for the customer, and how they will feel about it.',
      '::error file=docs/decisions/0004-new.md,line=4,col=1,endLine=4,endColumn=16,title=Customer Lens%3A problem-solved::No problem solved: say which problem of the customer this solves, in their words.',
      '::error file=docs/decisions/0004-new.md,line=4,col=1,endLine=4,endColumn=16,title=Customer Lens%3A value-created::No value created: say what the customer gains from this and why they would care.',
      '::notice file=docs/decisions/0004-new.md,line=4,col=1,endLine=4,endColumn=16,title=Customer Lens%3A customer-evidence::No customer evidence: cite what customers told or showed us (a quote, a ticket, research, a number).',
      '::notice file=docs/decisions/0004-new.md,line=4,col=1,endLine=4,endColumn=16,title=Customer Lens%3A success-metrics::No success metric: say how we will know this worked for the customer, and which number should move.',
      '::notice file=docs/decisions/0004-new.md,line=4,col=1,endLine=4,endColumn=16,title=Customer Lens%3A close-the-loop::No customer follow-up: say how and when we go back to customers once this is done.',
      '',
    ].join('\n'));
    assert.equal(readFileSync(summary, 'utf8'), [
      '## Customer Lens',
      '',
      '3 files checked: 3 errors, 3 warnings, 6 info, 0 hints.',
      '',
      '| File | Kind | Status | Customers | Problem | Impact | Value | Evidence | Metrics | Follow-up | Findings |',
      '|---|---|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|--:|',
      '| `docs/decisions/0002-refunds.md` | decision | proposed | ❌ | ❌ | ⚠️ | ❌ | ❌ | ❌ | ➖ | 6 |',
      '| `docs/decisions/0004-new.md` | decision | accepted | ✅ | ❌ | ❌ | ❌ | ❌ | ❌ | ❌ | 6 |',
      '| `docs/specs/wishlists.md` | spec | proposed | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ➖ | 0 |',
      '',
      '✅ present · ⚠️ empty or placeholder · ❌ missing · ➖ not asked of this document',
      '',
      '### What this change does for the customer',
      '',
      '- `docs/decisions/0002-refunds.md`',
      '  - Customers: still missing',
      '  - Problem solved: still missing',
      '  - Customer impact: present → empty or placeholder',
      '  - Value created: still missing',
      '  - Customer evidence: still missing',
      '  - Success metrics: still missing',
      '- `docs/decisions/0004-new.md` **(new)**',
      '  - Customers: present',
      '  - Problem solved: missing',
      '  - Customer impact: missing',
      '  - Value created: missing',
      '  - Customer evidence: missing',
      '  - Success metrics: missing',
      '  - Customer follow-up: missing',
      // A renamed file is a new one under its new name (--since does no rename detection).
      '- `docs/specs/wishlists.md` **(new)**',
      '  - Customers: present',
      '  - Problem solved: present',
      '  - Customer impact: present',
      '  - Value created: present',
      '  - Customer evidence: present',
      '  - Success metrics: present',
      '',
      'Coverage of the changed records: 16.7% → 36.8% (1/6 → 7/19 required concepts present; a new record counts from nothing).',
      '',
    ].join('\n'));
    rmSync(summary, { force: true });
  });

  it('writes a pull-request comment in Markdown, capping the listed findings', () => {
    const r = run(repo, ['check', 'docs/decisions/0004-new.md', '--since', 'main', '--format', 'markdown']);
    assert.equal(r.stdout, [
      '## Customer Lens',
      '',
      'Checked 1 file: 3 errors, 0 warnings, 3 info, 0 hints.',
      '',
      '| File | Kind | Status | Customers | Problem | Impact | Value | Evidence | Metrics | Follow-up | Findings |',
      '|---|---|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|--:|',
      '| `docs/decisions/0004-new.md` | decision | accepted | ✅ | ❌ | ❌ | ❌ | ❌ | ❌ | ❌ | 6 |',
      '',
      '✅ present · ⚠️ empty or placeholder · ❌ missing · ➖ not asked of this document',
      '',
      '### What this change does for the customer',
      '',
      '- `docs/decisions/0004-new.md` **(new)**',
      '  - Customers: present',
      '  - Problem solved: missing',
      '  - Customer impact: missing',
      '  - Value created: missing',
      '  - Customer evidence: missing',
      '  - Success metrics: missing',
      '  - Customer follow-up: missing',
      '',
      'Coverage of the changed records: n/a → 14.3% (0/0 → 1/7 required concepts present; a new record counts from nothing).',
      '',
      '### `docs/decisions/0004-new.md`',
      '',
      '- 🔴 **error** line 4: No customer impact: say how this changes things for the customer, and how they will feel about it. (`customer-impact`)',
      '- 🔴 **error** line 4: No problem solved: say which problem of the customer this solves, in their words. (`problem-solved`)',
      '- 🔴 **error** line 4: No value created: say what the customer gains from this and why they would care. (`value-created`)',
      '- 🔵 **info** line 4: No customer evidence: cite what customers told or showed us (a quote, a ticket, research, a number). (`customer-evidence`)',
      '- 🔵 **info** line 4: No success metric: say how we will know this worked for the customer, and which number should move. (`success-metrics`)',
      '- 🔵 **info** line 4: No customer follow-up: say how and when we go back to customers once this is done. (`close-the-loop`)',
      '',
    ].join('\n'));
  });

  it('caps the findings a comment lists, and counts the rest', () => {
    const run = checkPaths(['docs/decisions'], { cwd: repo });
    const comment = formatMarkdown(run.files, 4);
    // 18 findings in all: the first 4, in the order of the files, then a count of the rest.
    assert.equal(comment, [
      '## Customer Lens',
      '',
      'Checked 4 files: 3 errors, 6 warnings, 9 info, 0 hints.',
      '',
      '| File | Kind | Status | Customers | Problem | Impact | Value | Evidence | Metrics | Follow-up | Findings |',
      '|---|---|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|--:|',
      '| `docs/decisions/0001-late-orders.md` | decision | proposed | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ➖ | 0 |',
      '| `docs/decisions/0002-refunds.md` | decision | proposed | ❌ | ❌ | ⚠️ | ❌ | ❌ | ❌ | ➖ | 6 |',
      '| `docs/decisions/0003-untouched.md` | decision | proposed | ❌ | ❌ | ❌ | ❌ | ❌ | ❌ | ➖ | 6 |',
      '| `docs/decisions/0004-new.md` | decision | accepted | ✅ | ❌ | ❌ | ❌ | ❌ | ❌ | ❌ | 6 |',
      '',
      '✅ present · ⚠️ empty or placeholder · ❌ missing · ➖ not asked of this document',
      '',
      '### `docs/decisions/0002-refunds.md`',
      '',
      '- 🟠 **warning** line 1: No problem solved: say which problem of the customer this solves, in their words. (`problem-solved`)',
      '- 🟠 **warning** line 1: No value created: say what the customer gains from this and why they would care. (`value-created`)',
      '- 🔵 **info** line 1: No customer named: say who the customers are (persona, segment, plan) that this serves. (`customer-segment`)',
      '- 🔵 **info** line 1: No customer evidence: cite what customers told or showed us (a quote, a ticket, research, a number). (`customer-evidence`)',
      '',
      '…and 14 more findings not listed here; run `customer-lens check` to see them all.',
    ].join('\n'));
  });

  it('says clearly when it is not in a git repository, or the ref is unknown', () => {
    const outside = mkdtempSync(join(tmpdir(), 'cl-nogit-'));
    try {
      const r = run(outside, ['check', '--since', 'main']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^customer-lens: --since needs a git repository, and .* is not inside one\n$/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    const bad = run(repo, ['check', '--since', 'no-such-branch']);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'customer-lens: unknown git ref "no-such-branch"\n');
  });
});
