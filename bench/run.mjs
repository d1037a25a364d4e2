#!/usr/bin/env node
// The Customer Lens benchmark (issue #6): our CLI against the floor (markdown-it's block parse of the same
// files) and the peer (markdownlint-cli2 running only MD043, required headings), side by side in one run, at
// 1x, 2x and 4x the corpus; the language server's latencies; the extension's activation and package size.
//
//   npm run bench                    production build, then this script
//   node bench/run.mjs [--quick] [--peer-4x] [--skip-peer] [--only cli|server|extension] [--no-write]
//
// --quick: one repetition instead of three.  --peer-4x: also time the peer at 4x (slow; otherwise its 4x
// figure is extrapolated from 1x and 2x, and labelled so).  --skip-peer: no peer at all.  --no-write: print
// only, leave bench/results.md and docs/performance.svg alone (implied by --only).
//
// The corpus is ../shared/corpus from the repository root (CUSTOMER_LENS_CORPUS overrides it). It is read
// only: the script copies it four times into a temporary folder, writes the configs there, and deletes the
// folder at the end. Nothing is installed at run time.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chartSvg } from './chart.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const REPS = QUICK ? 1 : 3;
const PEER_4X = args.includes('--peer-4x');
const SKIP_PEER = args.includes('--skip-peer');
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const DO_CLI = !ONLY || ONLY === 'cli';
const DO_SERVER = !ONLY || ONLY === 'server';
const DO_EXTENSION = !ONLY || ONLY === 'extension';
const WRITE = !args.includes('--no-write') && !ONLY;

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = process.env.CUSTOMER_LENS_CORPUS ? path.resolve(process.env.CUSTOMER_LENS_CORPUS) : path.resolve(REPO, '..', 'shared', 'corpus');
const CLI = path.join(REPO, 'dist', 'cli.js');
const SERVER = path.join(REPO, 'dist', 'server.js');
const EXTENSION = path.join(REPO, 'dist', 'extension.js');
const CLIENT_BUNDLE = path.join(REPO, 'dist', 'client.js');
const FLOOR = path.join(REPO, 'bench', 'floor.mjs');
const FLOOR_SERVER = path.join(REPO, 'bench', 'floor-server.cjs');
const PEER = path.join(REPO, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const TIME = '/usr/bin/time';
const SIZES = [1, 2, 4];
/** How long the benchmark waits, after the last Check Workspace, before reading the idle server's memory. */
const SETTLE_MS = 2000;
/** Documents per customerLens/checkDocuments request: BATCH in client/src/commands/checkWorkspace.ts. */
const CHECK_BATCH = 200;
/** Requests out at once, as the extension sends them (IN_FLIGHT in client/src/commands/checkWorkspace.ts). */
const CHECK_IN_FLIGHT = 2;

const MARKDOWN = /\.(?:md|markdown)$/i;
const CHECKED = /\.(?:md|markdown|ya?ml)$/i;

const TARGETS = {
  peerRatio: 20, // at least 20x faster than the peer
  floorRatio: 1.5, // within 1.5x of the floor
  memoryOverFloorMb: 50,
  change1kP95: 5,
  change20kP95: 50,
  hoverP95: 2,
  completionP95: 2,
  checkWorkspaceMs: 2000,
  serverRssMb: 150,
  activationMs: 100,
  vsixKb: 500,
};

function log(line) {
  process.stderr.write(`${line}\n`);
}

function fail(message) {
  log(`bench: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------- helpers

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

function walk(dir, test, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== '.git') walk(p, test, out);
    } else if (e.isFile() && test(e.name)) out.push(p);
  }
  return out;
}

const fmt = {
  s: (ms) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`),
  ms: (ms, digits = 1) => (ms === undefined ? 'n/a' : `${ms.toFixed(digits)} ms`),
  mb: (kb) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`),
  x: (r) => (r === undefined ? 'n/a' : `${r >= 10 ? r.toFixed(1) : r.toFixed(2)}x`),
};

/**
 * Runs a command to completion and measures it: wall time (our clock), user and system CPU time and peak
 * resident memory (GNU time when it is installed; otherwise a preload that reports process.resourceUsage()).
 */
function measure(command, argv, { cwd, stdoutFile, env } = {}) {
  const useTime = existsSync(TIME);
  const usageFile = path.join(TMP, `usage-${process.hrtime.bigint()}.txt`);
  let cmd = command;
  let full = argv;
  const childEnv = { ...process.env, ...env };
  if (useTime) {
    cmd = TIME;
    full = ['-f', '%U %S %M', '-o', usageFile, command, ...argv];
  } else if (command === process.execPath) {
    full = ['--require', path.join(REPO, 'bench', 'usage-hook.cjs'), ...argv];
    childEnv.CUSTOMER_LENS_BENCH_USAGE = usageFile;
  }
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const errFile = path.join(TMP, 'stderr.txt');
  const err = openSync(errFile, 'w');
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, full, { cwd, env: childEnv, stdio: ['ignore', out, err], maxBuffer: 1 << 20 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (typeof out === 'number') closeSync(out);
  closeSync(err);
  const stderr = readFileSync(errFile, 'utf8');
  let userMs;
  let sysMs;
  let rssKb;
  if (existsSync(usageFile)) {
    const words = readFileSync(usageFile, 'utf8').trim().split('\n').pop().trim().split(/\s+/).map(Number);
    if (useTime) [userMs, sysMs, rssKb] = [words[0] * 1000, words[1] * 1000, words[2]];
    else [userMs, sysMs, rssKb] = words;
    rmSync(usageFile, { force: true });
  }
  return { wallMs, cpuMs: userMs + sysMs, userMs, sysMs, rssKb, status: r.status, stderr };
}

// ------------------------------------------------------------------------------------------------ setup

for (const [file, what] of [
  [CLI, 'dist/cli.js (run `npm run bench`, which builds first)'],
  [SERVER, 'dist/server.js'],
  [FLOOR, 'bench/floor.mjs'],
]) {
  if (!existsSync(file)) fail(`missing ${what}`);
}
if (!existsSync(CORPUS)) fail(`no corpus at ${CORPUS} (set CUSTOMER_LENS_CORPUS to another folder)`);
const peerAvailable = !SKIP_PEER && existsSync(PEER);
if (!SKIP_PEER && !peerAvailable) log('bench: markdownlint-cli2 is not installed (npm ci installs it); the peer is skipped');

const TMP = mkdtempSync(path.join(os.tmpdir(), 'customer-lens-bench-'));
let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  rmSync(TMP, { recursive: true, force: true });
}
process.on('exit', cleanup);
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

const started = new Date();
const loadAtStart = os.loadavg();
log(`bench: corpus ${CORPUS}; temporary folder ${TMP}; ${REPS} repetition(s)`);

// Four copies, so that 2x and 4x are real files the CLI does not deduplicate.
const copies = [];
for (let k = 1; k <= Math.max(...SIZES); k++) {
  const dest = path.join(TMP, `corpus-${k}`);
  cpSync(CORPUS, dest, { recursive: true, dereference: false });
  copies.push(`corpus-${k}`);
}
const candidateFiles = walk(path.join(TMP, copies[0]), (n) => CHECKED.test(n));
const markdownFiles = candidateFiles.filter((f) => MARKDOWN.test(f));
const corpusBytes = candidateFiles.reduce((sum, f) => sum + statSync(f).size, 0);
const excludedByDefault = candidateFiles.filter((f) => /^(?:readme|index)\./i.test(path.basename(f)) || /template/i.test(path.basename(f))).length;

// Every Markdown and YAML file is a spec. The config cannot remove the contract's default excludes
// (README.*, index.*, *template*), so those files are read, their front matter is looked at for a kind, and they are not reported.
const CONFIG = path.join(TMP, '.customer-lens.yaml');
writeFileSync(CONFIG, 'kinds:\n  spec:\n    include: ["**/*.md", "**/*.markdown", "**/*.yaml", "**/*.yml", "**/*.MD"]\n');
writeFileSync(
  path.join(TMP, '.markdownlint-cli2.jsonc'),
  `${JSON.stringify({ config: { default: false, MD043: { headings: ['*', '## Customer impact', '*', '## Problem solved', '*', '## Value created', '*'] } } }, null, 2)}\n`,
);

// ----------------------------------------------------------------------------------- throughput runs

const runs = { ours: {}, floor: {}, peer: {}, floorRead: [], floorFull: [], split: [] };
for (const size of SIZES) {
  runs.ours[size] = [];
  runs.floor[size] = [];
  runs.peer[size] = [];
}
const facts = { oursFiles: {}, peerFiles: {}, floorFiles: {}, oursSummary: {} };

function runOurs(size, rep) {
  const outFile = path.join(TMP, `ours-${size}.json`);
  const m = measure(process.execPath, [CLI, 'check', ...copies.slice(0, size), '--format', 'json', '--config', CONFIG], { cwd: TMP, stdoutFile: outFile });
  if (m.status !== 0 && m.status !== 1) fail(`customer-lens exited ${m.status}: ${m.stderr.slice(0, 500)}`);
  if (rep === 0) {
    const json = JSON.parse(readFileSync(outFile, 'utf8'));
    facts.oursFiles[size] = json.files.length;
    facts.oursSummary[size] = json.summary;
  }
  rmSync(outFile, { force: true });
  return m;
}

function runFloor(size, mode = 'block') {
  const outFile = path.join(TMP, `floor-${size}-${mode}.json`);
  const m = measure(process.execPath, [FLOOR, ...copies.slice(0, size), '--mode', mode], { cwd: TMP, stdoutFile: outFile });
  if (m.status !== 0) fail(`floor exited ${m.status}: ${m.stderr.slice(0, 500)}`);
  const line = JSON.parse(readFileSync(outFile, 'utf8'));
  if (mode === 'block') facts.floorFiles[size] = line.files;
  return { ...m, inProcessMs: line.ms };
}

function runPeer(size) {
  const globs = copies.slice(0, size).flatMap((c) => [`${c}/**/*.md`, `${c}/**/*.markdown`, `${c}/**/*.MD`]);
  const outFile = path.join(TMP, `peer-${size}.txt`);
  const m = measure(process.execPath, [PEER, ...globs], { cwd: TMP, stdoutFile: outFile });
  if (m.status !== 0 && m.status !== 1) fail(`markdownlint-cli2 exited ${m.status}: ${m.stderr.slice(0, 500)}`);
  const linted = /Linting: (\d+) file/.exec(readFileSync(outFile, 'utf8'));
  if (linted) facts.peerFiles[size] = Number(linted[1]);
  return m;
}

/** Two CLI processes, one per copy, at the same time: what two worker threads could at best give at 2x. */
function runSplit() {
  return new Promise((resolve) => {
    const begin = process.hrtime.bigint();
    let left = 2;
    for (const c of copies.slice(0, 2)) {
      const child = spawn(process.execPath, [CLI, 'check', c, '--format', 'json', '--config', CONFIG], { cwd: TMP, stdio: ['ignore', 'ignore', 'ignore'] });
      child.on('exit', () => {
        if (--left === 0) resolve({ wallMs: Number(process.hrtime.bigint() - begin) / 1e6 });
      });
    }
  });
}

// Warm the file cache and the build once, unmeasured.
if (DO_CLI) {
  runFloor(1, 'read');
  runOurs(1, 0);
}

for (let rep = 0; rep < (DO_CLI ? REPS : 0); rep++) {
  for (const size of SIZES) {
    log(`bench: repetition ${rep + 1}/${REPS}, ${size}x`);
    runs.floor[size].push(runFloor(size));
    runs.ours[size].push(runOurs(size, rep));
    if (peerAvailable && (size < 4 || PEER_4X)) runs.peer[size].push(runPeer(size));
  }
  runs.floorRead.push(runFloor(1, 'read'));
  runs.floorFull.push(runFloor(1, 'full'));
  runs.split.push(await runSplit());
}

function summary(list) {
  return {
    wallMs: median(list.map((m) => m.wallMs)),
    cpuMs: median(list.map((m) => m.cpuMs)),
    rssKb: median(list.map((m) => m.rssKb)),
    n: list.length,
    walls: list.map((m) => Math.round(m.wallMs)),
  };
}

const throughput = {};
for (const size of DO_CLI ? SIZES : []) {
  throughput[size] = { ours: summary(runs.ours[size]), floor: summary(runs.floor[size]), peer: runs.peer[size].length ? summary(runs.peer[size]) : undefined };
}
// Ratios of the same repetition's runs (side by side), then their median.
function pairedRatio(size, a, b, key = 'wallMs') {
  const xs = runs[a][size];
  const ys = runs[b][size];
  const n = Math.min(xs.length, ys.length);
  return median(Array.from({ length: n }, (_, i) => xs[i][key] / ys[i][key]));
}
let peer4xExtrapolated = false;
if (DO_CLI && peerAvailable && !throughput[4].peer && throughput[1].peer && throughput[2].peer) {
  // Proportional to the corpus size, from the 2x median (the peer's start-up is a fraction of a second).
  throughput[4].peer = { wallMs: 2 * throughput[2].peer.wallMs, cpuMs: undefined, rssKb: undefined, n: 0, walls: [], extrapolated: true };
  peer4xExtrapolated = true;
}
const ratios = {};
for (const size of DO_CLI ? SIZES : []) {
  ratios[size] = {
    peerOverOurs: runs.peer[size].length ? pairedRatio(size, 'peer', 'ours') : throughput[size].peer ? throughput[size].peer.wallMs / throughput[size].ours.wallMs : undefined,
    oursOverFloor: pairedRatio(size, 'ours', 'floor'),
    oursOverFloorCpu: pairedRatio(size, 'ours', 'floor', 'cpuMs'),
    memoryOverFloorMb: (throughput[size].ours.rssKb - throughput[size].floor.rssKb) / 1024,
  };
}

// ---------------------------------------------------------------------------------------- the server

/** A spec of exactly `lineCount` lines: front matter, the customer sections, then ordinary design sections. */
function specText(lineCount) {
  const out = ['---', 'kind: spec', 'status: proposed', '---', '# Faster checkout for small shops', ''];
  const names = ['Customers', 'Problem solved', 'Customer impact', 'Value created', 'Customer evidence', 'Success metrics', 'Customer follow-up'];
  for (let k = 0; out.length < lineCount; k++) {
    out.push(
      `## ${names[k] ?? `Design detail ${k}`}`,
      '',
      `Shop owners on the Basic plan wait ${(k % 9) + 1} seconds at checkout today; support tickets #${100 + k} show it.`,
      'They abandon carts when the page stalls, and they tell us so in interviews and in the forum.',
      '',
      `- **Step ${k}:** the page loads the basket first`,
      '- then the payment form, then the address',
      '',
      '```js',
      `const step = ${k};`,
      '```',
      '',
    );
  }
  return `${out.slice(0, lineCount).join('\n')}\n`;
}

const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, PublishDiagnosticsNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, HoverRequest, CompletionRequest,
} = require('vscode-languageserver-protocol/node');

/** A language server started over stdio, initialised, and the means to time what it publishes. */
async function startServer(script) {
  const child = spawn(process.execPath, [script, '--stdio'], { stdio: 'pipe', env: { ...process.env, CUSTOMER_LENS_DEBOUNCE_MS: '0' } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const key = `${p.uri}#${p.version}`;
    const w = waiters.get(key);
    if (w) {
      waiters.delete(key);
      w(performance.now());
    }
  });
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const published = (uri, version) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}; server stderr: ${stderr.slice(0, 300)}`)), 30000);
    waiters.set(`${uri}#${version}`, (t) => {
      clearTimeout(timer);
      resolve(t);
    });
  });
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(TMP).href,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] }, completion: { completionItem: { snippetSupport: true } } } },
    workspaceFolders: null,
  });
  await conn.sendNotification('initialized', {});
  const stop = async () => {
    try {
      await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await conn.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    setTimeout(() => child.kill(), 500).unref();
  };
  return { child, conn, published, stop };
}

/**
 * didChange → publishDiagnostics for a newly opened spec of `lineCount` lines, as a user meets it: a fresh
 * server, the document opened, five edits of warm-up, then `iterations` edits, each answered before the next.
 */
async function changeLatencies({ conn, published }, lineCount, iterations, debounceMs) {
  const file = path.join(TMP, 'specs', `spec-${lineCount}.md`);
  const uri = pathToFileURL(file).href;
  const text = specText(lineCount);
  let version = 1;
  const opened = published(uri, version);
  conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  await opened;
  const samples = [];
  const warmup = 5;
  for (let i = 0; i < warmup + iterations; i++) {
    version++;
    const line = 8 + ((i >> 1) * 37) % (lineCount - 16);
    // Type a character, then delete it: the document stays the same size.
    const change = i % 2 === 0
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }
      : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
    const done = published(uri, version);
    const sent = performance.now();
    conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    const at = await done;
    if (i >= warmup) samples.push(at - sent - debounceMs);
  }
  return { uri, text, samples };
}

async function requestLatencies({ conn }, method, params, iterations) {
  const samples = [];
  for (let i = 0; i < 10 + iterations; i++) {
    const sent = performance.now();
    await conn.sendRequest(method, params);
    if (i >= 10) samples.push(performance.now() - sent);
  }
  return samples;
}

/** Whether the server honours CUSTOMER_LENS_DEBOUNCE_MS: if not, 250 ms are taken off each change. */
async function debounceOf({ conn, published }) {
  const uri = pathToFileURL(path.join(TMP, 'specs', 'probe.md')).href;
  const opened = published(uri, 1);
  conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: '# Probe\n' } });
  await opened;
  const done = published(uri, 2);
  const sent = performance.now();
  conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: '# Probe 2\n' }] });
  return (await done) - sent >= 240 ? 250 : 0;
}

/** Fresh servers for the latencies: each run's figures are its own, and the report gives their medians. */
const LATENCY_RUNS = QUICK ? 1 : 3;

async function serverBench() {
  const stats = (samples) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples), n: samples.length });
  const runs = [];
  const floorRuns = [];
  let debounceMs = 0;
  let last;
  for (let run = 0; run < LATENCY_RUNS; run++) {
    // The floor first, on its own fresh server: the same edits, answered without a check.
    const floor = await startServer(FLOOR_SERVER);
    floorRuns.push(stats((await changeLatencies(floor, 1000, QUICK ? 60 : 200, 0)).samples));
    await floor.stop();

    const session = await startServer(SERVER);
    debounceMs = await debounceOf(session);
    const small = await changeLatencies(session, 1000, QUICK ? 60 : 200, debounceMs);
    const large = await changeLatencies(session, 20000, QUICK ? 20 : 60, debounceMs);
    const headingLine = small.text.split('\n').findIndex((l) => l === '## Customer impact');
    const blankLine = small.text.split('\n').findIndex((l, i) => i > 20 && l === '');
    const largeHeading = large.text.split('\n').findIndex((l) => l === '## Customer impact');
    runs.push({
      change1k: stats(small.samples),
      change20k: stats(large.samples),
      hover: stats(await requestLatencies(session, HoverRequest.method, { textDocument: { uri: small.uri }, position: { line: headingLine, character: 5 } }, QUICK ? 100 : 300)),
      completion: stats(await requestLatencies(session, CompletionRequest.method, { textDocument: { uri: small.uri }, position: { line: blankLine, character: 0 } }, QUICK ? 100 : 300)),
      hoverLarge: stats(await requestLatencies(session, HoverRequest.method, { textDocument: { uri: large.uri }, position: { line: largeHeading, character: 5 } }, QUICK ? 50 : 100)),
    });
    if (run < LATENCY_RUNS - 1) await session.stop();
    else last = session;
  }
  const { child, conn } = last;

  // Check Workspace, on the last server: every Markdown and YAML file of one corpus copy, sent as the
  // extension sends them: in batches of CHECK_BATCH, one request after the other (client/src/commands/checkWorkspace.ts).
  const documents = candidateFiles.map((f) => ({ uri: pathToFileURL(f).href, text: readFileSync(f, 'utf8') }));
  const checkRuns = [];
  let checked;
  let rssAfterKb;
  let hwmKb;
  let firstRssKb;
  const memory = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return { rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]), hwmKb: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]) };
  };
  for (let rep = 0; rep < REPS; rep++) {
    const sent = performance.now();
    checked = 0;
    // As the extension does: up to two requests out, so that the server never waits between batches.
    const pending = [];
    for (let i = 0; i < documents.length; i += CHECK_BATCH) {
      if (pending.length >= CHECK_IN_FLIGHT) await pending.shift();
      pending.push(conn.sendRequest('customerLens/checkDocuments', { documents: documents.slice(i, i + CHECK_BATCH), last: i + CHECK_BATCH >= documents.length }).then((result) => {
        checked += result.checked;
      }));
    }
    await Promise.all(pending);
    checkRuns.push(performance.now() - sent);
    await new Promise((r) => setTimeout(r, 500));
    ({ rssKb: rssAfterKb, hwmKb } = memory());
    if (rep === 0) firstRssKb = rssAfterKb;
  }
  // Once idle: the server gives memory back after a second with no request (server/src/lsp/memory.ts).
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const rssSettledKb = memory().rssKb;
  // For comparison, not a target: every file in one request, as the benchmark sent them before.
  const oneSent = performance.now();
  await conn.sendRequest('customerLens/checkDocuments', { documents });
  const oneRequestMs = performance.now() - oneSent;
  await new Promise((r) => setTimeout(r, 500));
  const oneRequest = { ms: oneRequestMs, rssAfterKb: memory().rssKb, hwmKb: memory().hwmKb };
  await last.stop();

  // Each measure's median over the runs, with every run's p95 beside it.
  const across = (pick) => ({
    p50: median(pick.map((r) => r.p50)),
    p95: median(pick.map((r) => r.p95)),
    p95s: pick.map((r) => r.p95),
    max: Math.max(...pick.map((r) => r.max)),
    n: pick[0].n,
  });
  return {
    debounceSubtracted: debounceMs,
    runs: runs.length,
    change1k: across(runs.map((r) => r.change1k)),
    change1kFloor: across(floorRuns),
    change20k: across(runs.map((r) => r.change20k)),
    hover: across(runs.map((r) => r.hover)),
    hoverLarge: across(runs.map((r) => r.hoverLarge)),
    completion: across(runs.map((r) => r.completion)),
    checkWorkspace: { ms: median(checkRuns), runs: checkRuns.map((x) => Math.round(x)), documents: documents.length, batch: CHECK_BATCH, checked, rssAfterKb, rssSettledKb, settleMs: SETTLE_MS, firstRssKb, hwmKb, oneRequest },
  };
}

const server = DO_SERVER ? (log('bench: language server'), await serverBench()) : undefined;

// -------------------------------------------------------------------------------------- the extension

function extensionBench() {
  if (!existsSync(EXTENSION)) return undefined;
  const samples = [];
  for (let i = 0; i < (QUICK ? 3 : 7); i++) {
    const r = spawnSync(process.execPath, [path.join(REPO, 'bench', 'activation.cjs'), EXTENSION, REPO], { encoding: 'utf8', timeout: 20000 });
    try {
      samples.push(JSON.parse(r.stdout.trim().split('\n').pop()));
    } catch {
      return { error: (r.stderr || r.stdout || 'no output').slice(0, 300) };
    }
  }
  return {
    loadMs: median(samples.map((s) => s.loadMs)),
    activateMs: median(samples.map((s) => s.activateMs)),
    clientLoadMs: median(samples.map((s) => s.clientLoadMs ?? NaN)),
    readyMs: median(samples.map((s) => s.readyMs)),
    outcome: samples.find((s) => s.outcome !== 'started')?.outcome ?? 'started',
    bundleKb: statSync(EXTENSION).size / 1024,
    clientKb: existsSync(CLIENT_BUNDLE) ? statSync(CLIENT_BUNDLE).size / 1024 : NaN,
  };
}
const extension = DO_EXTENSION ? (log('bench: extension'), extensionBench()) : undefined;
const vsix = readdirSync(REPO)
  .filter((f) => f.endsWith('.vsix'))
  .map((f) => ({ name: f, kb: statSync(path.join(REPO, f)).size / 1024, mtime: statSync(path.join(REPO, f)).mtimeMs }))
  .sort((a, b) => b.mtime - a.mtime)[0];

// ------------------------------------------------------------------------------------------- report

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model.trim(),
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: started.toISOString(),
    loadAtStart: loadAtStart.map((x) => x.toFixed(2)).join(', '),
    loadAtEnd: os.loadavg().map((x) => x.toFixed(2)).join(', '),
    timer: existsSync(TIME) ? 'GNU time (user+sys CPU, max RSS) around each process; wall time from the benchmark' : 'process.resourceUsage() in each process; wall time from the benchmark',
  };
}

const m = machine();
const verdict = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : '**missed**');
const t1 = throughput[1];
const results = {
  machine: m,
  reps: REPS,
  corpus: { path: CORPUS, files: candidateFiles.length, markdown: markdownFiles.length, yaml: candidateFiles.length - markdownFiles.length, mb: corpusBytes / 1024 ** 2, excludedByDefault },
  facts,
  throughput,
  ratios,
  floorRead: summary(runs.floorRead),
  floorFull: summary(runs.floorFull),
  split2x: { wallMs: median(runs.split.map((s) => s.wallMs)) },
  peer4xExtrapolated,
  server,
  extension,
  vsix,
};

const lines = [];
const p = (s = '') => lines.push(s);
p('# Benchmark results');
p();
p(`Written by \`npm run bench\` (bench/run.mjs) on ${m.date.slice(0, 16).replace('T', ' ')} UTC. Medians of ${REPS} run(s); ratios are`);
p('medians of the ratios of runs made side by side in the same repetition. See docs/performance.md for how to read them.');
p();
p('## Machine');
p();
p(`- CPU: ${m.cpu}, ${m.cores} cores; memory ${m.memoryGb.toFixed(1)} GB`);
p(`- Node ${m.node}; ${m.os}`);
p(`- Load average at start: ${m.loadAtStart}; at end: ${m.loadAtEnd} (other work on the machine makes every figure noisier)`);
p(`- Measured with: ${m.timer}`);
p();
if (DO_CLI) {
  p('## Corpus');
  p();
  p(`${results.corpus.files} files (${results.corpus.markdown} Markdown, ${results.corpus.yaml} YAML), ${results.corpus.mb.toFixed(1)} MB, copied to a temporary folder`);
  p(`1, 2 and 4 times. A generated \`.customer-lens.yaml\` makes every Markdown and YAML file a spec; the contract's default`);
  p(`excludes (README.*, index.*, *template*) cannot be removed by a config, so ${results.corpus.excludedByDefault} files are read, their front matter is looked at for a kind, and they are not reported:`);
  p(`the CLI reported ${facts.oursFiles[1]} files at 1x (${facts.oursFiles[2]} at 2x, ${facts.oursFiles[4]} at 4x). The floor parsed ${facts.floorFiles[1]} Markdown files at 1x;`);
  p(`the peer linted ${facts.peerFiles[1] ?? 'n/a'} at 1x.`);
  p();
  p('## CLI throughput');
  p();
  p('| corpus | customer-lens | floor (block parse) | peer (markdownlint-cli2, MD043) | peer ÷ ours | ours ÷ floor (wall) | ours ÷ floor (CPU) |');
  p('|---|---|---|---|---|---|---|');
  for (const size of SIZES) {
    const t = throughput[size];
    const r = ratios[size];
    const peerCell = t.peer ? `${fmt.s(t.peer.wallMs)}${t.peer.extrapolated ? ' (extrapolated: twice the 2x time)' : ''}` : 'not run';
    p(`| ${size}x | ${fmt.s(t.ours.wallMs)} wall, ${fmt.s(t.ours.cpuMs)} CPU, ${fmt.mb(t.ours.rssKb)} | ${fmt.s(t.floor.wallMs)} wall, ${fmt.s(t.floor.cpuMs)} CPU, ${fmt.mb(t.floor.rssKb)} | ${peerCell}${t.peer && !t.peer.extrapolated ? `, ${fmt.s(t.peer.cpuMs)} CPU, ${fmt.mb(t.peer.rssKb)}` : ''} | ${fmt.x(r.peerOverOurs)} | ${fmt.x(r.oursOverFloor)} | ${fmt.x(r.oursOverFloorCpu)} |`);
  }
  p();
  p(`Runs (wall, ms): ours ${SIZES.map((s) => `${s}x [${throughput[s].ours.walls.join(', ')}]`).join('; ')}; floor ${SIZES.map((s) => `${s}x [${throughput[s].floor.walls.join(', ')}]`).join('; ')}; peer ${SIZES.map((s) => `${s}x [${throughput[s].peer?.walls?.join(', ') ?? ''}]`).join('; ')}.`);
  p();
  p(`Floor references at 1x: reading the files alone ${fmt.s(results.floorRead.wallMs)} (${fmt.mb(results.floorRead.rssKb)}); full markdown-it parse with inlines ${fmt.s(results.floorFull.wallMs)} (${fmt.mb(results.floorFull.rssKb)}).`);
  p(`Two CLI processes on one copy each, at the same time (what two worker threads could at best give at 2x): ${fmt.s(results.split2x.wallMs)}, against ${fmt.s(throughput[2].ours.wallMs)} for one process on both.`);
  p();
}
if (server) {
  p('## Language server');
  p();
  p(`Driven over stdio with vscode-languageserver-protocol; ${server.debounceSubtracted ? `the server ignored CUSTOMER_LENS_DEBOUNCE_MS, so ${server.debounceSubtracted} ms were taken off each change` : 'the debounce was set to 0 with CUSTOMER_LENS_DEBOUNCE_MS=0'}. Times are from the client's`);
  p(`send to its receipt of the answer, so they include JSON-RPC over the pipe. Each figure is the median over ${server.runs} fresh server${server.runs === 1 ? '' : 's'}`);
  p('(each run\'s p95 in brackets); each server opens the document, takes five edits of warm-up, then the edits counted. The floor is');
  p('bench/floor-server.cjs, started fresh before each of ours: the same library and transport, keeping the text up to date,');
  p('answering every change with no diagnostics and no check.');
  p();
  p('| measure | p50 | p95 | target |');
  p('|---|---|---|---|');
  const runsOf = (m, digits = 1) => (m.p95s.length > 1 ? ` [${m.p95s.map((x) => x.toFixed(digits)).join(', ')}]` : '');
  p(`| didChange → publishDiagnostics, 1,000 lines (${server.change1k.n} edits) | ${fmt.ms(server.change1k.p50)} | ${fmt.ms(server.change1k.p95)}${runsOf(server.change1k)} | p95 ≤ ${TARGETS.change1kP95} ms: ${verdict(server.change1k.p95 <= TARGETS.change1kP95)} |`);
  p(`| the same edits, floor server | ${fmt.ms(server.change1kFloor.p50)} | ${fmt.ms(server.change1kFloor.p95)}${runsOf(server.change1kFloor)} | |`);
  p(`| didChange → publishDiagnostics, 20,000 lines (${server.change20k.n} edits) | ${fmt.ms(server.change20k.p50)} | ${fmt.ms(server.change20k.p95)}${runsOf(server.change20k)} | p95 ≤ ${TARGETS.change20kP95} ms: ${verdict(server.change20k.p95 <= TARGETS.change20kP95)} |`);
  p(`| hover, 1,000 lines | ${fmt.ms(server.hover.p50, 2)} | ${fmt.ms(server.hover.p95, 2)}${runsOf(server.hover, 2)} | p95 ≤ ${TARGETS.hoverP95} ms: ${verdict(server.hover.p95 <= TARGETS.hoverP95)} |`);
  p(`| hover, 20,000 lines | ${fmt.ms(server.hoverLarge.p50, 2)} | ${fmt.ms(server.hoverLarge.p95, 2)}${runsOf(server.hoverLarge, 2)} | |`);
  p(`| completion, 1,000 lines | ${fmt.ms(server.completion.p50, 2)} | ${fmt.ms(server.completion.p95, 2)}${runsOf(server.completion, 2)} | p95 ≤ ${TARGETS.completionP95} ms: ${verdict(server.completion.p95 <= TARGETS.completionP95)} |`);
  p();
  const cw = server.checkWorkspace;
  p(`Check Workspace (\`customerLens/checkDocuments\` with the text of all ${cw.documents} corpus files, in requests of ${cw.batch}, two at a time, as the extension sends them; ${cw.checked} checked): median ${fmt.s(cw.ms)} [${cw.runs.join(', ')} ms]`);
  p(`(target ≤ ${TARGETS.checkWorkspaceMs / 1000} s: ${verdict(cw.ms <= TARGETS.checkWorkspaceMs)}). Server resident memory 0.5 s afterwards: ${fmt.mb(cw.firstRssKb)} after the first, ${fmt.mb(cw.rssAfterKb)} after the last;`);
  p(`${fmt.mb(cw.rssSettledKb)} once idle (${cw.settleMs / 1000} s after the last; the server collects after 1 s without requests); peak ${fmt.mb(cw.hwmKb)}`);
  p(`(target ≤ ${TARGETS.serverRssMb} MB afterwards: ${verdict(cw.rssSettledKb / 1024 <= TARGETS.serverRssMb)} once idle, ${verdict(cw.rssAfterKb / 1024 <= TARGETS.serverRssMb)} 0.5 s after). For comparison, all ${cw.documents} files in one request:`);
  p(`${fmt.s(cw.oneRequest.ms)}, ${fmt.mb(cw.oneRequest.rssAfterKb)} afterwards, peak ${fmt.mb(cw.oneRequest.hwmKb)}.`);
  p();
}
if (DO_EXTENSION) {
  p('## Extension');
  p();
  if (!extension) p('dist/extension.js is not built.');
  else if (extension.error) p(`The activation probe failed: ${extension.error}`);
  else {
    p(`Measured without VS Code (bench/activation.cjs, median of fresh processes): loading dist/extension.js (${extension.bundleKb.toFixed(0)} KB) with a stub \`vscode\``);
    p(`module ${fmt.ms(extension.loadMs)}; \`activate()\` until it returns ${fmt.ms(extension.activateMs)}. It registers the commands and returns; then the language`);
    p(`client's own bundle, dist/client.js (${extension.clientKb.toFixed(0)} KB), loads in ${fmt.ms(extension.clientLoadMs)} and starts the server in the background: the server had answered`);
    p(`\`initialize\` ${fmt.ms(extension.readyMs)} after activate() was called (${extension.outcome}).`);
    p(`Target ≤ ${TARGETS.activationMs} ms for load + activate(): ${verdict(extension.loadMs + extension.activateMs <= TARGETS.activationMs)}.`);
  }
  p();
  p(vsix ? `VSIX: ${vsix.name}, ${vsix.kb.toFixed(0)} KB (target ≤ ${TARGETS.vsixKb} KB: ${verdict(vsix.kb <= TARGETS.vsixKb)}).` : 'VSIX: not built (no .vsix at the repository root).');
  p();
}
if (DO_CLI) {
  p('## Targets');
  p();
  p('| target | figure | |');
  p('|---|---|---|');
  p(`| ≥ ${TARGETS.peerRatio}x faster than the peer (1x, wall) | ${fmt.x(ratios[1].peerOverOurs)} | ${verdict(ratios[1].peerOverOurs === undefined ? undefined : ratios[1].peerOverOurs >= TARGETS.peerRatio)} |`);
  p(`| within ${TARGETS.floorRatio}x of the floor (1x, wall) | ${fmt.x(ratios[1].oursOverFloor)} | ${verdict(ratios[1].oursOverFloor <= TARGETS.floorRatio)} |`);
  p(`| peak memory ≤ floor + ${TARGETS.memoryOverFloorMb} MB (1x) | ${fmt.mb(t1.ours.rssKb)} vs ${fmt.mb(t1.floor.rssKb)} (+${ratios[1].memoryOverFloorMb.toFixed(0)} MB) | ${verdict(ratios[1].memoryOverFloorMb <= TARGETS.memoryOverFloorMb)} |`);
  p(`| cost linear in corpus size (wall 4x ÷ 1x) | ours ${fmt.x(throughput[4].ours.wallMs / t1.ours.wallMs)}, floor ${fmt.x(throughput[4].floor.wallMs / t1.floor.wallMs)}; memory ours ${fmt.mb(t1.ours.rssKb)} → ${fmt.mb(throughput[4].ours.rssKb)} | |`);
  p();
  p('![time against corpus size](../docs/performance.svg)');
  p();

}

const report = `${lines.join('\n')}`;
process.stdout.write(`${report}\n`);
if (WRITE) {
  writeFileSync(path.join(REPO, 'bench', 'results.md'), report);
  writeFileSync(path.join(REPO, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    path.join(REPO, 'docs', 'performance.svg'),
    chartSvg({
      sizes: SIZES,
      series: [
        { name: 'markdownlint-cli2 (MD043 only)', colour: '#c0392b', points: SIZES.map((s) => ({ x: s, y: throughput[s].peer?.wallMs / 1000, estimated: throughput[s].peer?.extrapolated })) },
        { name: 'floor: markdown-it block parse', colour: '#7f8c8d', points: SIZES.map((s) => ({ x: s, y: throughput[s].floor.wallMs / 1000 })) },
        { name: 'customer-lens check', colour: '#2471a3', points: SIZES.map((s) => ({ x: s, y: throughput[s].ours.wallMs / 1000 })) },
      ],
      caption: `Wall time, median of ${REPS}; ${m.cpu.replace(/\s+/g, ' ')}, ${m.cores} cores, Node ${m.node}, ${m.date.slice(0, 10)}`,
    }),
  );
  log('bench: wrote bench/results.md, bench/results.json and docs/performance.svg');
}
cleanup();
