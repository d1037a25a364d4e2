#!/usr/bin/env node
// The Customer Lens benchmark (issues #6 and #14): every figure beside its peer, measured in the same run.
//
//   npm run bench                 production build, then this script (about 5 minutes)
//   node bench/run.mjs [--quick] [--no-peer] [--only cli|pr|server|memory|extension|web|personas|map] [--no-write]
//
// --quick: one run of each (the figures are then too noisy to judge a target).  --no-peer: skips
// markdownlint-cli2, a minute a run.  --only: one part, printed and not written.  --no-write: print only.
//
// The corpus is ../shared/corpus from the repository (CUSTOMER_LENS_CORPUS overrides it). The benchmark copies
// it into a temporary folder, writes its configs there, deletes the folder at the end, and installs nothing.

import { execSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusRuns, peerInstalled, pullRequestRuns } from './cli.mjs';
import { extensionRuns } from './extension.mjs';
import { memoryRuns } from './memory.mjs';
import { ALL_SPECS_CONFIG, CHECKED, CLI, CORPUS, log, MARKDOWN, median, pairedRatio, REPO, SERVER, walk } from './lib.mjs';
import { markdown, table, targetRows } from './report.mjs';
import { IDLE_MS, serverRuns } from './server.mjs';
import { webRuns } from './web.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const part = (name) => !only || only === name;
const write = !args.includes('--no-write') && !only;
/** Runs of each measure: the peer takes a minute a run, so it has fewer. */
const REPS = quick ? { cli: 1, peer: 1, pr: 3, servers: 1, check: 1, activation: 3 } : { cli: 5, peer: 3, pr: 9, servers: 3, check: 3, activation: 3 };
const peer = !args.includes('--no-peer') && peerInstalled();

for (const file of [CLI, SERVER]) if (!existsSync(file)) throw new Error(`no ${path.relative(REPO, file)}: run \`npm run bench\`, which builds first`);
if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}: set CUSTOMER_LENS_CORPUS to a folder of Markdown and YAML`);
if (!peer && !args.includes('--no-peer')) log('bench: markdownlint-cli2 is not installed (npm ci installs it); the peer is skipped');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'customer-lens-bench-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

const started = new Date();
const loadAtStart = os.loadavg();
log(`bench: corpus ${CORPUS}, copied to ${tmp}`);
cpSync(CORPUS, path.join(tmp, 'corpus'), { recursive: true });
const config = path.join(tmp, '.customer-lens.yaml');
writeFileSync(config, ALL_SPECS_CONFIG);
const files = walk(path.join(tmp, 'corpus'), (n) => CHECKED.test(n));

/** Medians of a list of runs, with every run's figures kept. */
function summary(runs) {
  return {
    wallMs: median(runs.map((x) => x.wallMs)),
    cpuMs: median(runs.map((x) => x.cpuMs)),
    rssKb: median(runs.map((x) => x.rssKb)),
    walls: runs.map((x) => x.wallMs),
    cpus: runs.map((x) => x.cpuMs),
  };
}

const results = {
  date: started.toISOString(),
  commit: execSync('git rev-parse --short HEAD', { cwd: REPO, encoding: 'utf8' }).trim(),
  machine: {},
  corpus: { path: CORPUS, files: files.length, markdown: files.filter((f) => MARKDOWN.test(f)).length, mb: files.reduce((n, f) => n + statSync(f).size, 0) / 2 ** 20 },
  reps: REPS,
};

if (part('cli')) {
  const { runs, files: counted } = corpusRuns({ tmp, config, reps: REPS.cli, peerReps: peer ? REPS.peer : 0 });
  results.cli = {
    ours: summary(runs.ours),
    floor: summary(runs.floor),
    floorYaml: summary(runs.floorYaml),
    peer: runs.peer.length ? summary(runs.peer) : undefined,
    files: counted,
    peerOverOurs: pairedRatio(runs.peer.map((x) => x.wallMs), runs.ours.map((x) => x.wallMs)),
    oursOverFloorCpu: pairedRatio(runs.ours.map((x) => x.cpuMs), runs.floor.map((x) => x.cpuMs)),
    oursOverFloorYamlCpu: pairedRatio(runs.ours.map((x) => x.cpuMs), runs.floorYaml.map((x) => x.cpuMs)),
  };
}
if (part('pr')) {
  log('bench: a pull request\'s check');
  const { runs, files: counted } = pullRequestRuns({ tmp, config, reps: REPS.pr });
  results.pullRequest = {
    ours: summary(runs.ours),
    bare: summary(runs.bare),
    libraries: summary(runs.libraries),
    byPath: summary(runs.byPath),
    files: counted,
    oursOverBare: pairedRatio(runs.ours.map((x) => x.wallMs), runs.bare.map((x) => x.wallMs)),
    librariesOverBare: pairedRatio(runs.libraries.map((x) => x.wallMs), runs.bare.map((x) => x.wallMs)),
    byPathOverBare: pairedRatio(runs.byPath.map((x) => x.wallMs), runs.bare.map((x) => x.wallMs)),
  };
}
if (part('server')) {
  results.server = { ...(await serverRuns({ tmp, files, servers: REPS.servers, reps: REPS.check, quick })), idleMs: IDLE_MS };
}
if (part('memory')) results.memory = memoryRuns({ tmp });
if (part('extension')) {
  log('bench: extension activation');
  results.extension = extensionRuns(REPS.activation);
}
if (part('web')) results.web = await webRuns(quick ? { rounds: 1, count: 40 } : {});
// Two scripts of their own that also run alone: their lines are kept as they print them.
const script = (name) => {
  log(`bench: ${name}`);
  const r = spawnSync(process.execPath, [path.join(REPO, 'bench', name)], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return `${r.stdout}${r.stderr}`.split('\n').map((l) => l.replace(/^bench: /, '').trim()).filter((l) => l.length > 0);
};
if (part('personas')) results.personas = script('personas.mjs');
if (part('map')) results.decisionMap = script('decision-map.mjs');

const cpu = /model name\s*:\s*(.+)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model;
results.machine = {
  cpu: cpu?.trim() ?? 'unknown',
  cores: os.availableParallelism(),
  node: process.version,
  loadAtStart: loadAtStart.map((x) => x.toFixed(2)).join(', '),
  loadAtEnd: os.loadavg().map((x) => x.toFixed(2)).join(', '),
};
results.rows = targetRows(results);

process.stdout.write(`\n${table(results.rows)}\n`);
for (const line of [...(results.personas ?? []), ...(results.decisionMap ?? [])]) process.stdout.write(`${line}\n`);
if (write) {
  writeFileSync(path.join(REPO, 'bench', 'results.md'), markdown(results, results.rows));
  writeFileSync(path.join(REPO, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log('bench: wrote bench/results.md and bench/results.json');
}
