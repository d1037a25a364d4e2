// The short fuzzing profile, run in CI: a few thousand engine cases and a few server sessions over stdio.
// `npm run fuzz` runs the long one (test/fuzz/run.ts). The counts are printed so that CI logs show them.

import { strict as assert } from 'node:assert';
import { fuzzEngine } from '../fuzz/engine';
import { fuzzServer } from '../fuzz/server';

/** A fixed seed, so CI is repeatable; CUSTOMER_LENS_FUZZ_SEED picks another. */
const SEED = Number(process.env.CUSTOMER_LENS_FUZZ_SEED ?? 20240607);

describe('fuzzing (short profile)', function () {
  // About 35 s of CPU for both on two idle cores; generous, so that a busy machine is slow, not failing.
  this.timeout(600_000);

  it('engine: analyze() and loadConfig() never throw, keep ranges inside the text and are deterministic', () => {
    const r = fuzzEngine(3000, SEED, { corpusFiles: 60, seedChars: 3000, maxDocChars: 12_000 });
    console.log(`      engine: ${r.cases} cases, ${r.failures} failures (seed ${r.seed}, ${(r.ms / 1000).toFixed(1)} s)`);
    assert.equal(r.failures, 0, `${r.failures} failing cases:\n${r.examples.join('\n')}\nshrunk: ${r.shrunk ?? ''}`);
    assert.equal(r.cases, 3000);
  });

  it('server: answers every request, never publishes a stale version, never exits', async () => {
    const r = await fuzzServer(20, SEED, { perProcess: 10, concurrent: 3, parallel: 2 });
    console.log(
      `      server: ${r.sessions} sessions, ${r.failures} failures (seed ${r.seed}, ${(r.ms / 1000).toFixed(1)} s; ` +
        `${r.edits} edits, ${r.requests} requests, ${r.publishes} publishes, slowest answer ${r.slowestMs} ms)`,
    );
    assert.equal(r.failures, 0, `${r.failures} failing sessions:\n${r.examples.join('\n')}`);
    assert.equal(r.sessions, 20);
  });
});
