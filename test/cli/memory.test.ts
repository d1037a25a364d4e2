// A file within the limits never exhausts the CLI's memory, whatever its shape; a file past them gets one
// finding and every other file is still checked.

import * as assert from 'node:assert/strict';
import { decisionRecord, runCli, TempFolder } from '../helpers/cli';

interface JsonOutput {
  files: { path: string; diagnostics: { rule: string; severity: string; message: string; line: number }[] }[];
}

describe('CLI: memory in proportion to the text', function () {
  this.timeout(120000);
  let tmp: TempFolder;
  beforeEach(() => (tmp = new TempFolder()));
  afterEach(() => tmp.remove());

  it('15 MB of empty `#` lines (a V8 out-of-memory abort before) gets file-too-large, and the next file is still checked', () => {
    tmp.write('docs/adr/0001-hollow.md', '#\n'.repeat(7_500_000));
    tmp.write('docs/adr/0002-fine.md', decisionRecord({ drop: ['Customer evidence'] }));
    const r = runCli(tmp.root, ['check', 'docs', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout) as JsonOutput;
    assert.deepEqual(
      out.files.map((f) => [f.path, f.diagnostics.map((d) => [d.rule, d.severity, d.line, d.message])]),
      [
        ['docs/adr/0001-hollow.md', [['file-too-large', 'info', 1, 'This file has more than 100,000 lines and was not checked.']]],
        ['docs/adr/0002-fine.md', [['customer-evidence', 'info', 5, 'No customer evidence: cite what customers told or showed us (a quote, a ticket, research, a number).']]],
      ],
    );
  });

  for (const [shape, unit] of [['empty headings', '#\n'], ['setext headings', 'a\n=\n'], ['bold labels', '**Customer impact:** x\n'], ['empty list items', '-\n']]) {
    it(`${shape} just under the line limit are checked in full, without an abort`, () => {
      const lines = unit.split('\n').length - 1;
      tmp.write('docs/adr/0001-shape.md', `# Shape\n\n${unit.repeat(Math.floor(99_990 / lines))}`);
      const r = runCli(tmp.root, ['check', 'docs', '--format', 'json']);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr.slice(0, 300)}`);
      const rules = (JSON.parse(r.stdout) as JsonOutput).files[0].diagnostics.map((d) => d.rule);
      assert.ok(!rules.includes('file-too-large'), shape);
      assert.ok(rules.includes('problem-solved'), `${shape}: the document was checked: ${[...new Set(rules)].join(', ')}`);
    });
  }
});
