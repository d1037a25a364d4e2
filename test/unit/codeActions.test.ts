// Quick fixes come in the order a writer needs them, whatever order the client sends the diagnostics in.

import * as assert from 'node:assert/strict';
import { codeActions } from '../../server/src/lsp/codeActions';
import { toDiagnostic } from '../../server/src/lsp/diagnostics';
import { analyze } from '../helpers/engine';

const RECORD = ['---', 'status: accepted', '---', '', '# 7. Split invoices by shop', '', '## Context', '', 'We send the invoices of all the shops of an account in one PDF, and their owners have to split it by hand.', ''].join('\n');

describe('quick fixes', () => {
  const analysis = analyze({ path: 'docs/adr/0007-split-invoices.md', text: RECORD });
  const diagnostics = analysis.findings.map(toDiagnostic);
  const titles = (sent: typeof diagnostics) =>
    codeActions(analysis, { uri: 'file:///x.md', range: analysis.anchor, diagnostics: sent, only: undefined }, 'en').map((a) => a.title);
  const expected = [
    'Add the "Customer impact" section',
    'Add the "Problem solved" section',
    'Add the "Value created" section',
    'Add the "Customers" section',
    'Add the "Customer evidence" section',
    'Add the "Success metrics" section',
    'Add the "Customer follow-up" section',
    'Add all missing customer sections',
    'Suppress customer-impact in this file (with a reason)',
    'Suppress problem-solved in this file (with a reason)',
    'Suppress value-created in this file (with a reason)',
    'Suppress customer-segment in this file (with a reason)',
    'Suppress customer-evidence in this file (with a reason)',
    'Suppress success-metrics in this file (with a reason)',
    'Suppress close-the-loop in this file (with a reason)',
  ];

  it('are offered for every missing concept of an accepted decision', () => {
    assert.deepEqual(analysis.findings.map((f) => f.rule).sort(), ['close-the-loop', 'customer-evidence', 'customer-impact', 'customer-segment', 'problem-solved', 'success-metrics', 'value-created']);
  });

  it('start with customer impact, problem solved and value created, then add all, then suppressions', () => {
    assert.deepEqual(titles(diagnostics), expected);
  });

  it('keep that order when the client sends the diagnostics in another order', () => {
    assert.deepEqual(titles([...diagnostics].reverse()), expected);
    assert.deepEqual(titles([...diagnostics.slice(3), ...diagnostics.slice(0, 3)]), expected);
  });
});
