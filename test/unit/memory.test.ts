// The server's memory trimmer: one collection after the bursts stop, and only when memory is over budget.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { exposedGc, MemoryTrimmer } from '../../server/src/lsp/memory';
import { YOUNG_CAP_BYTES } from '../../server/src/node/batchHeap';

/** A trimmer whose collection and memory reading are recorded; `checked` resolves when the quiet time ends. */
function recorded(rssBytes: number, quietMs = 5) {
  const calls = { collect: 0, rss: 0 };
  let checked!: () => void;
  const done = new Promise<void>((resolve) => (checked = resolve));
  const trimmer = new MemoryTrimmer({
    quietMs,
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

  it('collects soon after the last burst, twice, and once more after the quiet time', async () => {
    // A quiet time of 400 ms: settle() collects at 100 and 300 ms, before it.
    const { trimmer, calls, done } = recorded(101, 400);
    trimmer.burst();
    trimmer.settle();
    await done;
    assert.deepEqual(calls, { collect: 1, rss: 1 });
    await new Promise((r) => setTimeout(r, 250));
    assert.deepEqual(calls, { collect: 2, rss: 2 });
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(calls, { collect: 3, rss: 3 });
  });

  it('does not collect after the last burst when resident memory is within budget', async () => {
    const { trimmer, calls } = recorded(100, 400);
    trimmer.settle();
    await new Promise((r) => setTimeout(r, 550));
    assert.deepEqual(calls, { collect: 0, rss: 3 });
  });

  it('does nothing when the runtime gives no collector', () => {
    const trimmer = new MemoryTrimmer({ collect: undefined, rss: () => assert.fail('memory read without a collector') });
    trimmer.burst();
  });

  it('reaches V8\'s collector without --expose-gc', () => {
    assert.equal(typeof exposedGc(), 'function');
  });
});

describe('batch heap (the CLI)', () => {
  // In a child process: the cap changes V8 flags for the whole process, and the mocha process must not be affected.
  const script = (capped: boolean) => `
    const v8 = require('node:v8');
    const { BatchHeap } = require(${JSON.stringify(require.resolve('../../server/src/node/batchHeap'))});
    const heap = ${capped ? 'new BatchHeap()' : 'undefined'};
    let kept = [];
    let largest = 0;
    // Garbage of which a good share survives a scavenge or two, as a check of a long document makes.
    for (let i = 0; i < 4e6; i++) {
      kept.push({ i, s: 'x' + i });
      if (kept.length > 150000) kept = [];
      if (i % 1000 === 0) {
        heap?.afterFile();
        const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
        largest = Math.max(largest, young.space_size);
      }
    }
    process.stdout.write(JSON.stringify({ largest, capped: heap?.youngCapped ?? false }));`;
  const run = (capped: boolean) => {
    const r = spawnSync(process.execPath, ['-e', script(capped)], { encoding: 'utf8', timeout: 60000 });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { largest: number; capped: boolean };
  };

  it('stops the young generation growing at its cap; without it, V8 grows it further', () => {
    const free = run(false);
    const capped = run(true);
    assert.ok(free.largest > YOUNG_CAP_BYTES, `V8 grew the young generation to ${free.largest} bytes only: the test shows nothing`);
    assert.ok(capped.capped, 'the cap was never set');
    assert.ok(capped.largest <= YOUNG_CAP_BYTES, `young generation grew to ${capped.largest} bytes, cap ${YOUNG_CAP_BYTES}`);
  });
});

describe('what an editor\'s checks leave behind', () => {
  // In a child process, with V8's own accounting: what a check promotes to the old generation does not show
  // from inside the mocha process.
  const engine = JSON.stringify(require.resolve('../../server/src/engine'));
  const child = (flags: string[], body: string) => {
    const r = spawnSync(process.execPath, [...flags, '-e', `const E = require(${engine});\n${body}`], { encoding: 'utf8', timeout: 120000 });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  /** A spec of `sections` sections, section `changed` reworded as `variant` says. */
  const specSource = `
    const spec = (sections, changed = -1, variant = 0) => {
      const out = ['---', 'kind: spec', 'status: proposed', '---', '# Faster checkout', ''];
      for (let k = 0; k < sections; k++) {
        const v = k === changed ? ' (take ' + variant + ')' : '';
        out.push('## ' + ['Customer impact', 'Problem solved', 'Value created'][k % 3] + ' ' + k, '', 'Shop owners wait ' + k + ' seconds at checkout' + v + '.', '- **Step ' + k + ':** the basket first', '', '\`\`\`js', 'const step = ' + k + ';', '\`\`\`', '');
      }
      return out.join('\\n');
    };`;

  it('a check of a 1,000-line document leaves next to nothing for the young generation\'s collections to copy', () => {
    // A check's results are garbage once the next version is checked. Before, each analysis and rule context
    // was an object literal with a getter, whose getter V8 keeps in the old generation: that kept the whole
    // analysis alive through young collections, and each copied up to a few MB and took milliseconds.
    const out = child(['--trace-gc-nvp'], `${specSource}
      const parts = new E.PartCache();
      const texts = [spec(110, 3, 0), spec(110, 3, 1)];
      for (let i = 0; i < 3000; i++) E.analyze({ path: 'specs/a.md', text: texts[i % 2], parts });`);
    const promoted = [...out.matchAll(/gc=s .*?promoted=(\d+)/g)].map((m) => Number(m[1]));
    assert.ok(promoted.length >= 5, `only ${promoted.length} young collections: the test shows nothing`);
    const mean = promoted.reduce((a, b) => a + b, 0) / promoted.length;
    assert.ok(mean < 256 * 1024, `each young collection promoted ${Math.round(mean / 1024)} KB on average`);
  });
});
