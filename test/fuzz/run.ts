// `npm run fuzz`: the long profile. 100,000 engine cases and 1,000 server sessions by default;
// `--engine N`, `--sessions N` and `--seed S` change them; `--only N` runs server session N of the seed alone. The engine cases run in a child process while
// the server sessions run here (`--serial` runs one after the other). Exits with 1 when anything failed.

import { fork } from 'node:child_process';
import { fuzzEngine, type FuzzResult } from './engine';
import { fuzzServer, type ServerFuzzResult } from './server';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

function reportEngine(r: FuzzResult): void {
  console.log(`engine: ${r.cases} cases, ${r.failures} failures (${(r.ms / 1000).toFixed(1)} s)`);
  for (const e of r.examples) console.log(`  ${e}`);
  if (r.shrunk) console.log(`  shrunk: ${r.shrunk}`);
}

function reportServer(r: ServerFuzzResult): void {
  console.log(
    `server: ${r.sessions} sessions, ${r.failures} failures (${(r.ms / 1000).toFixed(1)} s; ${r.processes} processes, ` +
      `${r.edits} edits, ${r.requests} requests, ${r.publishes} publishes, slowest answer ${r.slowestMs} ms)`,
  );
  for (const e of r.examples) console.log(`  ${e}`);
}

/** The engine cases in a child process, so that the server sessions here keep their event loop. */
function engineInChild(runs: number, seed: number): Promise<FuzzResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--engine-child', '--engine', String(runs), '--seed', String(seed)], { stdio: 'inherit' });
    child.on('message', (m) => resolve(m as FuzzResult));
    child.on('exit', (code, signal) => reject(new Error(`the engine fuzzer exited with ${code ?? signal} before reporting`)));
  });
}

async function main(): Promise<number> {
  const seed = option('seed', Date.now() % 2 ** 31);
  const engineRuns = option('engine', 100_000);
  const sessions = option('sessions', 1_000);
  if (process.argv.includes('--engine-child')) {
    const r = fuzzEngine(engineRuns, seed, { onProgress: (cases, failures) => console.log(`  engine: ${cases}/${engineRuns} cases, ${failures} failures`) });
    await new Promise<void>((resolve) => process.send?.(r, () => resolve()));
    return 0;
  }
  console.log(`customer-lens fuzz: seed ${seed}, ${engineRuns} engine cases, ${sessions} server sessions`);
  const serial = process.argv.includes('--serial');
  const engine = serial
    ? Promise.resolve(fuzzEngine(engineRuns, seed, { onProgress: (cases, failures) => console.log(`  engine: ${cases}/${engineRuns} cases, ${failures} failures`) }))
    : engineInChild(engineRuns, seed);
  if (serial) reportEngine(await engine);

  let last = 0;
  const only = process.argv.includes('--only') ? option('only', 0) : undefined;
  const server = await fuzzServer(only === undefined ? sessions : Math.max(sessions, only + 1), seed, {
    only,
    onProgress: (done, failures) => {
      if (done - last >= 100 || done === sessions) {
        last = done;
        console.log(`  server: ${done}/${sessions} sessions, ${failures} failures`);
      }
    },
  });
  reportServer(server);
  const e = await engine;
  if (!serial) reportEngine(e);
  return e.failures + server.failures > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  },
);
