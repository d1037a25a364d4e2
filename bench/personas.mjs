#!/usr/bin/env node
// How long the language server takes to index the personas of a 1,000-record workspace (issue #16): from
// `initialized` until a persona card's code lens counts every record that names it. Twice: reading the disk
// (a client such as Neovim), and asking the client for the files (VS Code's customerLens/fs/* requests).
//
//   node scripts/build.mjs --production && node bench/personas.mjs

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { log, SERVER } from './lib.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, InitializeRequest, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

/** The target: the index of a 1,000-record workspace ready within 2 s. */
const TARGET_MS = 2000;
const RECORDS = 1000;
const CARDS = 20;

function workspace(root) {
  mkdirSync(path.join(root, 'docs/personas'), { recursive: true });
  mkdirSync(path.join(root, 'docs/decisions'), { recursive: true });
  mkdirSync(path.join(root, 'docs/specs'), { recursive: true });
  for (let c = 0; c < CARDS; c++) {
    writeFileSync(path.join(root, `docs/personas/p${c}.md`), `---\nid: p${c}\nname: Persona ${c}\n---\n# Persona ${c}\n\n## Segment\n\nShops of size ${c}.\n\n## Jobs to be done\n\n- Reorder\n`);
  }
  for (let r = 0; r < RECORDS; r++) {
    const folder = r % 4 === 0 ? 'specs' : 'decisions';
    const body = `# Record ${r}\n\n## Problem solved\n\nShop owners retype orders (see [the card](../personas/p${(r + 1) % CARDS}.md)).\n\n${'Some prose about the decision. '.repeat(40)}\n`;
    writeFileSync(path.join(root, `docs/${folder}/${String(r).padStart(4, '0')}-record.md`), `---\nstatus: proposed\ncustomers: [p${r % CARDS}, p${(r + 3) % CARDS}]\n---\n${body}`);
  }
}

/** Milliseconds from `initialized` until the lens of card p0 counts all its records. */
async function timeIndex(root, hostFiles) {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  if (hostFiles) {
    // As VS Code answers: the client reads the disk for the server.
    const files = [];
    const walk = (dir) => {
      for (const e of readdirSafe(dir)) (e.isDirectory() ? walk : (f) => files.push(f))(path.join(dir, e.name));
    };
    walk(root);
    conn.onRequest('customerLens/fs/findFiles', ({ include }) => {
      const folder = include.includes('personas') ? '/personas/' : include.includes('decisions') ? '/decisions/' : include.includes('specs') ? '/specs/' : '\0';
      return files.filter((f) => f.includes(folder)).map((f) => pathToFileURL(f).href);
    });
    conn.onRequest('customerLens/fs/readFile', ({ uri }) => readFileSync(fileURLToPath(uri), 'utf8'));
  }
  conn.listen();
  // p0 is named by the records whose two ids or whose link give 0.
  let expected = 0;
  for (let r = 0; r < RECORDS; r++) if ([r % CARDS, (r + 3) % CARDS, (r + 1) % CARDS].includes(0)) expected++;
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bench' }],
    capabilities: { textDocument: { codeLens: {} } },
    initializationOptions: hostFiles ? { hostFiles: true } : undefined,
  });
  const started = performance.now();
  await conn.sendNotification('initialized', {});
  const card = { uri: pathToFileURL(path.join(root, 'docs/personas/p0.md')).href };
  for (;;) {
    const [lens] = await conn.sendRequest('textDocument/codeLens', { textDocument: card });
    const counts = /used by (\d+) decisions · (\d+) specs/.exec(lens?.command?.title ?? '');
    if (counts && Number(counts[1]) + Number(counts[2]) === expected) break;
    if (performance.now() - started > 60000) throw new Error(`the index was not ready within a minute: ${lens?.command?.title}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const ms = performance.now() - started;
  await conn.sendRequest('shutdown').catch(() => undefined);
  child.kill();
  return ms;
}

function readdirSafe(dir) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

const root = mkdtempSync(path.join(os.tmpdir(), 'customer-lens-personas-'));
try {
  workspace(root);
  let over = false;
  for (const [label, hostFiles] of [['read from disk', false], ['read through the client', true]]) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await timeIndex(root, hostFiles));
    const median = runs.sort((a, b) => a - b)[1];
    over ||= median > TARGET_MS;
    log(`persona index of a 1,000-record workspace ready in ${(median / 1000).toFixed(2)} s (${label}; target ≤ ${TARGET_MS / 1000} s; runs ${runs.map((r) => Math.round(r)).join(', ')} ms)`);
  }
  process.exitCode = over ? 1 : 0;
} finally {
  rmSync(root, { recursive: true, force: true });
}
