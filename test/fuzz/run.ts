// `npm run fuzz`: the long profile. 100,000 engine cases and 1,000 server sessions by default;
// `--engine N`, `--sessions N` and `--seed S` change them. Exits with 1 when anything failed.

import { fuzzEngine } from './engine';
import { fuzzServer } from './server';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number`);
  return value;
}

async function main(): Promise<number> {
  const seed = option('seed', Date.now() % 2 ** 31);
  const engineRuns = option('engine', 100_000);
  const sessions = option('sessions', 1_000);
  console.log(`customer-lens fuzz: seed ${seed}`);

  const engine = fuzzEngine(engineRuns, seed);
  console.log(`engine: ${engine.cases} cases, ${engine.failures} failures (${(engine.ms / 1000).toFixed(1)} s)`);
  for (const e of engine.examples) console.log(`  ${e}`);
  if (engine.shrunk) console.log(`  shrunk: ${engine.shrunk}`);

  let last = 0;
  const server = await fuzzServer(sessions, seed, {
    onProgress: (done, failures) => {
      if (done - last >= 100 || done === sessions) {
        last = done;
        console.log(`  server: ${done}/${sessions} sessions, ${failures} failures`);
      }
    },
  });
  console.log(
    `server: ${server.sessions} sessions, ${server.failures} failures (${(server.ms / 1000).toFixed(1)} s; ${server.processes} processes, ` +
      `${server.edits} edits, ${server.requests} requests, ${server.publishes} publishes, slowest answer ${server.slowestMs} ms)`,
  );
  for (const e of server.examples) console.log(`  ${e}`);
  return engine.failures + server.failures > 0 ? 1 : 0;
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
