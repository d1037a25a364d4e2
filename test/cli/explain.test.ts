// `check --explain`: the stylish output prints each file's checklist, with the heading or label that made each
// concept count and its line; clean files are listed too. Other formats refuse the flag with one line.

import * as assert from 'node:assert/strict';
import { runCli, TempFolder } from '../helpers/cli';

const SPEC = [
  '# Faster refunds',
  '',
  '**Customers:** shop owners on the Basic plan.',
  '',
  '## Problems',
  '',
  'Shop owners wait two weeks for a refund.',
  '',
  '## Value created',
  '',
  'TBD',
  '',
  '## Benefits',
  '',
  'The refund job runs nightly.',
  '',
  '- Success metrics: refunds paid within 48 hours.',
  '',
].join('\n');

describe('CLI check --explain', function () {
  this.timeout(30000);
  let tmp: TempFolder;
  beforeEach(() => {
    tmp = new TempFolder();
    tmp.write('specs/refunds.md', SPEC);
  });
  afterEach(() => tmp.remove());

  it('prints the checklist under the findings: concept, state, the heading or label and its line', () => {
    const run = runCli(tmp.root, ['check', 'specs/refunds.md', '--explain', '--no-color']);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, '');
    assert.equal(
      run.stdout,
      [
        'specs/refunds.md (spec, proposed)',
        '  1:1  warning  No customer impact: say how this changes things for the',
        '                customer, and how they will feel about it.  customer-impact',
        '  1:1  info     No customer evidence: cite what customers told or showed us (a',
        '                quote, a ticket, research, a number).  customer-evidence',
        '  9:1  warning  The section "Value created" holds only placeholder text: What',
        '                will customers gain from this, and why would they care?',
        '                placeholder-text',
        '  checklist:',
        '    ✔ customer-segment   present       "Customers", line 3',
        '    ✔ problem-solved     present       "Problems", line 5',
        '    ✖ customer-impact    missing',
        '    ⚠ value-created      hollow        "Value created", line 9',
        '    ✖ customer-evidence  missing',
        '    ✔ success-metrics    present       "Success metrics", line 17',
        '    - close-the-loop     not-required',
        '',
        '⚠ 3 findings in 1 file: 2 warnings, 1 info',
        '',
      ].join('\n'),
    );
  });

  it('lists a clean file with its checklist too', () => {
    const clean = runCli(tmp.root, ['check', 'specs/refunds.md', '--no-color']);
    assert.doesNotMatch(clean.stdout, /checklist/);
    tmp.write('specs/refunds.md', '---\nkind: spec\n---\n# Faster refunds\n');
    const run = runCli(tmp.root, ['check', 'specs/refunds.md', '--explain', '--no-color', '--max-warnings', '99']);
    assert.match(run.stdout, /^specs\/refunds\.md \(spec, proposed\)\n/);
    assert.match(run.stdout, /\n {4}✖ customer-segment {3}missing\n/);
  });

  it('is refused with another format, in one line, exit 2', () => {
    const run = runCli(tmp.root, ['check', 'specs/refunds.md', '--explain', '--format', 'json']);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, "customer-lens: --explain prints the checklist in the stylish output, not json (the json format carries each file's concepts)\n");
  });

  it('takes no value, and --help lists it', () => {
    assert.equal(runCli(tmp.root, ['check', '--explain=yes']).stderr, 'customer-lens: --explain takes no value\n');
    assert.match(runCli(tmp.root, ['--help']).stdout, /--explain {10}print each file's customer checklist/);
  });
});
