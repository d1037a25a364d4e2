// Text that reads one way and is written another: invisible format characters inside a heading's words.

import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';

const RECORD = (impact: string) =>
  ['# Split invoices by shop', '', '## Customers', '', 'Owners of two shops or more.', '', '## Problem solved', '', 'They split one PDF by hand.', '',
    `## ${impact}`, '', 'Owners will be relieved: one invoice per shop.', '', '## Value created', '', 'An hour saved each month.', ''].join('\n');

describe('headings and labels are matched as a reader sees them', () => {
  const invisible: [string, string][] = [
    ['zero-width space', 'Cust\u200Bomer impact'],
    ['soft hyphen', 'Custo\u00ADmer im\u00ADpact'],
    ['zero-width joiner and non-joiner', 'Cus\u200Dtomer imp\u200Cact'],
    ['left-to-right and right-to-left marks', '\u200ECustomer\u200F impact'],
    ['bidi isolates and embeddings', '\u2066Customer impact\u2069 \u202A\u202C'],
    ['word joiner and byte order mark', 'Customer\u2060 \uFEFFimpact'],
  ];
  for (const [name, heading] of invisible) {
    it(`a heading with a ${name} inside a word still names its concept`, () => {
      const a = analyze({ path: 'docs/adr/0009-invoices.md', text: RECORD(heading) });
      assert.deepEqual(a.concepts.find((c) => c.concept === 'customer-impact'), {
        concept: 'customer-impact',
        state: 'present',
        required: true,
        section: a.document.sections.find((s) => s.label === heading),
      });
      assert.deepEqual(a.findings.map((f) => [f.rule, f.range.start.line]), [['customer-evidence', 0], ['success-metrics', 0]]);
    });
  }

  it('a bold label with a soft hyphen names its concept too', () => {
    const text = RECORD('Notes').replace('## Notes', '**Customer im\u00ADpact:** owners will be relieved.');
    const a = analyze({ path: 'docs/adr/0009-invoices.md', text });
    assert.equal(a.concepts.find((c) => c.concept === 'customer-impact')?.state, 'present');
  });
});
