// Rule metadata: ids, docs links, README rows and severities agree with each other and with the contract.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS, RULES } from '../../server/src/engine';

const ROOT = join(__dirname, '..', '..', '..');

describe('rule metadata', () => {
  it('lists every rule id once, in the order of the rules', () => {
    assert.deepEqual([...RULE_IDS], RULES.map((r) => r.id));
    assert.equal(new Set(RULE_IDS).size, RULE_IDS.length);
  });

  it('has a README row for every rule', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const id of RULE_IDS) assert.match(readme, new RegExp(`^\\| \\[\`${id}\`\\]\\(docs/rules/${id}\\.md\\) \\|`, 'm'), `README row for ${id}`);
  });

  it('uses the contract severities', () => {
    const sev = (id: string, kind: 'decision' | 'spec', status: 'accepted' | 'proposed') => RULES.find((r) => r.id === id)?.defaultSeverity(kind, status);
    for (const id of ['customer-impact', 'problem-solved', 'value-created']) {
      assert.equal(sev(id, 'decision', 'proposed'), 'warning');
      assert.equal(sev(id, 'spec', 'accepted'), 'error');
    }
    assert.equal(sev('customer-segment', 'spec', 'proposed'), 'warning');
    assert.equal(sev('customer-segment', 'decision', 'proposed'), 'info');
    assert.equal(sev('success-metrics', 'spec', 'proposed'), 'warning');
    assert.equal(sev('success-metrics', 'decision', 'accepted'), 'info');
    assert.equal(sev('customer-evidence', 'spec', 'accepted'), 'info');
    assert.equal(sev('close-the-loop', 'decision', 'accepted'), 'info');
    for (const id of ['empty-section', 'placeholder-text', 'unjustified-no-impact']) assert.equal(sev(id, 'spec', 'proposed'), 'warning');
  });
});
