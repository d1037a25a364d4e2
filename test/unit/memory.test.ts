// The server's memory trimmer: one collection after the bursts stop, and only when memory is over budget.

import * as assert from 'node:assert/strict';
import { exposedGc, MemoryTrimmer } from '../../server/src/lsp/memory';

/** A trimmer whose collection and memory reading are recorded; `checked` resolves when the quiet time ends. */
function recorded(rssBytes: number) {
  const calls = { collect: 0, rss: 0 };
  let checked!: () => void;
  const done = new Promise<void>((resolve) => (checked = resolve));
  const trimmer = new MemoryTrimmer({
    quietMs: 5,
    budgetBytes: 100,
    collect: () => calls.collect++,
    rss: () => {
      calls.rss++;
      setImmediate(checked);
      return rssBytes;
    },
  });
  return { trimmer, calls, done };
}

describe('memory trimmer', () => {
  it('collects once after a run of bursts, when resident memory is over budget', async () => {
    const { trimmer, calls, done } = recorded(101);
    trimmer.burst();
    trimmer.burst();
    trimmer.burst();
    await done;
    assert.deepEqual(calls, { collect: 1, rss: 1 });
  });

  it('does not collect when resident memory is within budget', async () => {
    const { trimmer, calls, done } = recorded(100);
    trimmer.burst();
    await done;
    assert.deepEqual(calls, { collect: 0, rss: 1 });
  });

  it('does nothing when the runtime gives no collector', () => {
    const trimmer = new MemoryTrimmer({ collect: undefined, rss: () => assert.fail('memory read without a collector') });
    trimmer.burst();
  });

  it('reaches V8\'s collector without --expose-gc', () => {
    assert.equal(typeof exposedGc(), 'function');
  });
});
