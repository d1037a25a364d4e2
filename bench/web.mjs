#!/usr/bin/env node
// The web build beside the desktop's (issue #19): the sizes of the browser's bundles (dist/web/), and a check's
// latency in the web worker's server against the desktop server's, on the same 2,000-line spec. The web server
// (dist/web/server.js) runs in a Node worker thread behind a `self` like a browser's dedicated worker
// (test/helpers/webWorkerBoot.cjs); the desktop one (dist/server.js) over stdio. Each check is the open of a
// new document, which both check at once (no debounce), timed from didOpen to its publishDiagnostics.
//
//   node bench/web.mjs [--quick]      (after a build; `npm run bench` runs it as its `web` part)
//
// Target: the web worker's p95 within 2× the desktop server's.

import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { log, median, percentile, REPO, SERVER } from './lib.mjs';
import { specText } from './server.mjs';

const require = createRequire(import.meta.url);
const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, PortMessageReader, PortMessageWriter,
  InitializeRequest, PublishDiagnosticsNotification, DidOpenTextDocumentNotification, DidCloseTextDocumentNotification,
} = require('vscode-languageserver-protocol/node');

export const WEB_BUNDLES = ['dist/web/extension.js', 'dist/web/server.js'];
const WEB_SERVER = path.join(REPO, 'dist', 'web', 'server.js');
const BOOT = path.join(REPO, 'test', 'helpers', 'webWorkerBoot.cjs');
/** The worker's p95 may be this many times the desktop's. */
export const WEB_TARGET = 2;

/** A server, initialised as VS Code's client starts it (it reads files for the server: here there are none). */
async function start(kind) {
  let conn;
  let stop;
  if (kind === 'web') {
    const worker = new Worker(BOOT, { workerData: { bundle: WEB_SERVER } });
    conn = createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
    stop = () => worker.terminate();
  } else {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    stop = () => child.kill();
  }
  const waiting = new Map();
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => waiting.get(p.uri)?.(performance.now()));
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  for (const method of ['customerLens/fs/readFile', 'customerLens/fs/stat']) conn.onRequest(method, () => null);
  conn.onRequest('customerLens/fs/findFiles', () => []);
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, {
    processId: null, rootUri: null, workspaceFolders: null, initializationOptions: { hostFiles: true },
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
  });
  await conn.sendNotification('initialized', {});
  const published = (uri) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind}: no diagnostics for ${uri}`)), 30000);
    waiting.set(uri, (at) => (clearTimeout(timer), waiting.delete(uri), resolve(at)));
  });
  return { conn, published, stop };
}

/** ms from didOpen to publishDiagnostics, `count` times after a warm-up, each time a new document of the same text. */
async function checks(kind, text, count) {
  const server = await start(kind);
  const samples = [];
  try {
    for (let i = 0; i < 20 + count; i++) {
      // memfs: as on github.dev's virtual file systems; the config lookup asks the client once per folder.
      const uri = `memfs:/bench/specs/spec-${i}.md`;
      const done = server.published(uri);
      const sent = performance.now();
      await server.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const at = await done;
      if (i >= 20) samples.push(at - sent);
      await server.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }
  } finally {
    await server.stop();
  }
  return samples;
}

/** Bundle sizes, and each server's p95 over `rounds` fresh servers (the median of their p95s). */
export async function webRuns({ rounds = 3, count = 100 } = {}) {
  const sizes = Object.fromEntries(WEB_BUNDLES.map((f) => [f, statSync(path.join(REPO, f)).size]));
  const text = specText(2000);
  const runs = { desktop: [], web: [] };
  for (let r = 0; r < rounds; r++) {
    log(`bench: web worker vs desktop server, a check of a 2,000-line spec (round ${r + 1} of ${rounds})`);
    for (const kind of ['desktop', 'web']) runs[kind].push(percentile(await checks(kind, text, count), 95));
  }
  const desktop = median(runs.desktop);
  const web = median(runs.web);
  return { sizes, desktopP95: desktop, webP95: web, ratio: web / desktop, runs, samples: count };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const r = await webRuns(quick ? { rounds: 1, count: 40 } : {});
  for (const [f, bytes] of Object.entries(r.sizes)) console.log(`${f}: ${(bytes / 1024).toFixed(0)} KB`);
  console.log(`a check of a 2,000-line spec, p95: desktop ${r.desktopP95.toFixed(1)} ms, web worker ${r.webP95.toFixed(1)} ms (${r.ratio.toFixed(2)}×, target ≤ ${WEB_TARGET}×)`);
  console.log(`every round's p95: desktop [${r.runs.desktop.map((x) => x.toFixed(1)).join(', ')}], web [${r.runs.web.map((x) => x.toFixed(1)).join(', ')}] ms, ${r.samples} checks each`);
  process.exitCode = r.ratio <= WEB_TARGET ? 0 : 1;
}
