// What a workspace or a client can do to the server's settings and notifications: a setting of the wrong type
// is ignored with one warning; a burst of configuration or file-watch notifications re-checks each open
// document once, the server keeps answering, and its memory comes back down.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { decisionRecord } from '../helpers/cli';
import { TestClient } from '../helpers/lspClient';

const A = 'file:///burst/docs/decisions/0001-a.md';
const B = 'file:///burst/docs/decisions/0002-b.md';
const TEXT = decisionRecord({ status: 'accepted', drop: ['Customer evidence'] });

async function within<T>(ms: number, what: string, request: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)));
  try {
    return await Promise.race([request, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The server process's resident memory, from /proc. */
function rssOf(client: TestClient): number {
  const status = readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
}

function hover(client: TestClient, uri: string): Promise<Hover | null> {
  return client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 2 } });
}

describe('language server: settings, bursts of notifications, and documents and configs past the limits', function () {
  this.timeout(30000);
  let client: TestClient;

  afterEach(() => client.shutdown());

  it('a setting of the wrong type is ignored with one warning naming it, and the documents are still checked', async () => {
    client = new TestClient();
    client.settings = { customerLens: { enable: 'yes', messagesLanguage: 42 } };
    const warnings: string[] = [];
    client.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      warnings.push(`${p.type} ${p.message}`);
    });
    await client.initialize();
    await client.open(A, TEXT);
    await client.open(B, TEXT);
    for (const uri of [A, B]) {
      const { diagnostics } = await client.diagnostics(uri);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['customer-evidence', 'No customer evidence: cite what customers told or showed us (a quote, a ticket, research, a number).']]);
    }
    assert.deepEqual(warnings, [
      '2 customer-lens: ignoring the setting customerLens.enable: "yes": it must be a boolean; the default applies.',
      '2 customer-lens: ignoring the setting customerLens.messagesLanguage: 42: it must be one of auto, en, it, es, pl, de, fr, pt; the default applies.',
    ]);
  });

  it('1,000 configuration and file-watch notifications re-check each open document once, hovers are answered meanwhile, memory comes back', async () => {
    client = new TestClient();
    let configurationRequests = 0;
    client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      configurationRequests++;
      return params.items.map(() => ({ enable: true, messagesLanguage: 'auto' }));
    });
    await client.initialize();
    await client.open(A, TEXT);
    await client.open(B, TEXT);
    await client.diagnostics(A);
    await client.diagnostics(B);
    const rssIdle = rssOf(client);
    configurationRequests = 0;
    client.clearPublished();
    for (let i = 0; i < 500; i++) {
      void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///burst/.customer-lens.yaml', type: 2 }] });
    }
    const answered = await within(1000, 'hover during the burst', hover(client, B));
    assert.ok(answered, 'the hover has content');
    await client.diagnostics(A);
    await client.diagnostics(B);
    // Let any further re-check arrive: none should.
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(client.allPublished().map((p) => p.uri), [], 'each document is re-checked once');
    assert.ok(configurationRequests <= 2, `${configurationRequests} workspace/configuration requests for two documents`);
    const rssAfter = rssOf(client);
    assert.ok(rssAfter < rssIdle + 30 * 1024 * 1024, `resident memory went from ${rssIdle >> 20} MB to ${rssAfter >> 20} MB`);
  });

  it('2 MB of empty `#` lines and a config of many long globs: one finding each, hovers on another document within a second, memory bounded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cl-lsp-limits-'));
    try {
      const globs = Array.from({ length: 400 }, (_, i) => `      - "records/${'a*'.repeat(400)}${i}/**/*.md"`).join('\n');
      writeFileSync(join(dir, '.customer-lens.yaml'), `kinds:\n  decision:\n    include:\n${globs}\n`);
      mkdirSync(join(dir, 'docs/adr'), { recursive: true });
      const hollow = pathToFileURL(join(dir, 'docs/adr/0001-hollow.md')).toString();
      const fine = pathToFileURL(join(dir, 'docs/adr/0002-fine.md')).toString();
      client = new TestClient();
      await client.initialize();
      await client.open(fine, TEXT);
      const first = await client.diagnostics(fine);
      assert.deepEqual(first.diagnostics.map((d) => d.code), ['customer-evidence']);
      await client.open(hollow, '#\n'.repeat(1_000_000));
      assert.ok(await within(1000, 'hover while the large document is checked', hover(client, fine)));
      const big = await client.diagnostics(hollow);
      assert.deepEqual(big.diagnostics.map((d) => [d.code, d.message]), [['file-too-large', 'This file has more than 100,000 lines and was not checked.']]);
      assert.ok(await within(1000, 'hover after it', hover(client, fine)));
      const config = pathToFileURL(join(dir, '.customer-lens.yaml')).toString();
      await client.open(config, readFileSync(join(dir, '.customer-lens.yaml'), 'utf8'), 1, 'yaml');
      const reported = await client.diagnostics(config);
      assert.deepEqual(reported.diagnostics.map((d) => [d.code, d.range.start.line]), [['invalid-config', 23]]);
      assert.ok(rssOf(client) < 400 * 1024 * 1024, `${rssOf(client) >> 20} MB resident`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
