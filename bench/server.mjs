// The language server as an editor drives it, over stdio: keystrokes in long specs, hover and completion,
// Check Workspace of the corpus, and the memory it keeps once idle.

import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { log, median, percentile, SERVER } from './lib.mjs';

const require = createRequire(import.meta.url);
const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, PublishDiagnosticsNotification,
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, HoverRequest, CompletionRequest,
} = require('vscode-languageserver-protocol/node');

/** Check Workspace's request (server/src/lsp/protocol.ts), sent as client/src/commands/checkWorkspace.ts sends it. */
const CHECK_DOCUMENTS = 'customerLens/checkDocuments';
const CHECK_BATCH = 200;
const CHECK_IN_FLIGHT = 2;
/** How long the server is left alone after Check Workspace before its memory is read. */
export const IDLE_MS = 5000;

/** A spec of exactly `lineCount` lines: front matter, the customer sections, then ordinary design sections. */
export function specText(lineCount) {
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

/** dist/server.js over stdio with no debounce, initialised; `published(uri, version)` resolves at its diagnostics. */
async function startServer(root) {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe', env: { ...process.env, CUSTOMER_LENS_DEBOUNCE_MS: '0' } });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const at = performance.now();
    waiting.get(`${p.uri}#${p.version}`)?.(at);
  });
  conn.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const published = (uri, version) =>
    new Promise((resolve, reject) => {
      const key = `${uri}#${version}`;
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${key}; server stderr: ${stderr.slice(0, 300)}`)), 30000);
      waiting.set(key, (at) => {
        clearTimeout(timer);
        waiting.delete(key);
        resolve(at);
      });
    });
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] }, completion: { completionItem: { snippetSupport: true } } } },
    workspaceFolders: null,
  });
  await conn.sendNotification('initialized', {});
  const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]);
  const stop = async () => {
    await Promise.race([conn.sendRequest('shutdown').catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
    await conn.sendNotification('exit').catch(() => undefined);
    setTimeout(() => child.kill(), 500).unref();
  };
  return { conn, published, rss, stop };
}

/** Opens a spec of `lineCount` lines, then types and deletes one character at a time: ms from didChange to its diagnostics. */
async function keystrokes({ conn, published }, dir, lineCount, edits) {
  const uri = pathToFileURL(path.join(dir, `spec-${lineCount}.md`)).href;
  const text = specText(lineCount);
  let version = 1;
  const opened = published(uri, version);
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  await opened;
  const warmup = 5;
  const samples = [];
  for (let i = 0; i < warmup + edits; i++) {
    const line = 8 + (((i >> 1) * 37) % (lineCount - 16));
    const change = i % 2 === 0
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }
      : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
    version++;
    const done = published(uri, version);
    const sent = performance.now();
    await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
    const at = await done;
    if (i >= warmup) samples.push(at - sent);
  }
  return { uri, lines: text.split('\n'), samples };
}

async function requests({ conn }, method, params, count) {
  const samples = [];
  for (let i = 0; i < 10 + count; i++) {
    const sent = performance.now();
    await conn.sendRequest(method, params);
    if (i >= 10) samples.push(performance.now() - sent);
  }
  return samples;
}

/**
 * `servers` rounds, each with two fresh servers, as a user meets them after opening a document: one times
 * keystrokes at 2,000 lines, hover and completion, the other keystrokes at 6,000 lines. Then, on the last,
 * Check Workspace of `files` `reps` times, and its resident memory after IDLE_MS with no request.
 */
export async function serverRuns({ tmp, files, servers, reps, quick }) {
  const dir = path.join(tmp, 'specs');
  mkdirSync(dir, { recursive: true });
  const latency = { change2k: [], change6k: [], hover: [], completion: [] };
  let session;
  for (let s = 0; s < servers; s++) {
    log(`bench: language server, keystrokes, hover and completion (round ${s + 1} of ${servers})`);
    const small = await startServer(tmp);
    const { uri, lines, samples } = await keystrokes(small, dir, 2000, quick ? 60 : 200);
    latency.change2k.push(samples);
    const heading = lines.indexOf('## Customer impact');
    const blank = lines.findIndex((l, i) => i > 20 && l === '');
    latency.hover.push(await requests(small, HoverRequest.method, { textDocument: { uri }, position: { line: heading, character: 5 } }, quick ? 60 : 200));
    latency.completion.push(await requests(small, CompletionRequest.method, { textDocument: { uri }, position: { line: blank, character: 0 } }, quick ? 60 : 200));
    await small.stop();
    session = await startServer(tmp);
    latency.change6k.push((await keystrokes(session, dir, 6000, quick ? 20 : 100)).samples);
    if (s < servers - 1) await session.stop();
  }

  log(`bench: language server, Check Workspace of ${files.length} files, ${reps} time(s), then ${IDLE_MS / 1000} s idle`);
  const documents = files.map((f) => ({ uri: pathToFileURL(f).href, text: readFileSync(f, 'utf8') }));
  const checkMs = [];
  let checked = 0;
  for (let rep = 0; rep < reps; rep++) {
    const sent = performance.now();
    checked = 0;
    const pending = [];
    for (let i = 0; i < documents.length; i += CHECK_BATCH) {
      if (pending.length >= CHECK_IN_FLIGHT) await pending.shift();
      const params = { documents: documents.slice(i, i + CHECK_BATCH) };
      pending.push(session.conn.sendRequest(CHECK_DOCUMENTS, params).then((r) => (checked += r.checked)));
    }
    await Promise.all(pending);
    checkMs.push(performance.now() - sent);
  }
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const idleRssKb = session.rss();
  await session.stop();

  // Each run's p95, and their median: one run's p95 of 100 or 200 samples moves by milliseconds on this machine.
  const p95s = (runs) => ({ p95: median(runs.map((r) => percentile(r, 95))), p50: median(runs.map((r) => percentile(r, 50))), runs: runs.map((r) => percentile(r, 95)), samples: runs[0].length });
  return {
    change2k: p95s(latency.change2k),
    change6k: p95s(latency.change6k),
    hover: p95s(latency.hover),
    completion: p95s(latency.completion),
    checkWorkspace: { ms: median(checkMs), runs: checkMs, documents: documents.length, checked },
    idleRssKb,
  };
}
