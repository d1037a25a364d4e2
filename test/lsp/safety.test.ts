// The language server looks up `.customer-lens.yaml` on disk for every document it checks: a FIFO, a link
// loop, a link to /dev/zero or out of the folder, or a folder too deep to look in never stops it. Each record
// still gets its diagnostics (with the defaults), and the server keeps answering another document's hover.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { decisionRecord } from '../helpers/cli';
import { rules, TestClient } from '../helpers/lspClient';

const HOVER_LIMIT_MS = 1000;

/** A request that must be answered within `ms`; a server blocked on a read fails it instead of hanging. */
async function within<T>(ms: number, what: string, request: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([request, late]);
  } finally {
    clearTimeout(timer);
  }
}

describe('language server: hostile config files on disk never stop it', function () {
  this.timeout(20000);
  let dir: string;
  let client: TestClient;

  before(function () {
    if (process.platform === 'win32') this.skip();
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cl-lsp-safety-'));
    client = new TestClient();
    await client.initialize();
  });

  afterEach(async () => {
    await client.shutdown();
    spawnSync('rm', ['-rf', dir]);
  });

  const uriOf = (path: string) => pathToFileURL(path).toString();

  it('a FIFO, a self-link, a link to /dev/zero and a link outside as .customer-lens.yaml, and a folder too deep to look in', async () => {
    for (const team of ['fifo', 'loop', 'zero', 'outside', 'good']) mkdirSync(join(dir, team, 'docs/decisions'), { recursive: true });
    assert.equal(spawnSync('mkfifo', [join(dir, 'fifo/.customer-lens.yaml')]).status, 0, 'mkfifo');
    symlinkSync('.customer-lens.yaml', join(dir, 'loop/.customer-lens.yaml'));
    symlinkSync('/dev/zero', join(dir, 'zero/.customer-lens.yaml'));
    // Out of its folder: were it read, customer-impact would be off.
    writeFileSync(join(dir, 'elsewhere.yaml'), 'rules:\n  customer-impact: off\n');
    symlinkSync(join(dir, 'elsewhere.yaml'), join(dir, 'outside/.customer-lens.yaml'));
    // A document whose folder path is longer than PATH_MAX: the lookup cannot look there (ENAMETOOLONG).
    const deep = join(dir, 'deep', ...Array.from({ length: 20 }, () => 'd'.repeat(250)), 'docs/decisions/0001.md');

    const text = decisionRecord({ drop: ['Customer impact'] });
    const hostile = [...['fifo', 'loop', 'zero', 'outside'].map((t) => join(dir, t, 'docs/decisions/0001.md')), deep].map(uriOf);
    const good = uriOf(join(dir, 'good/docs/decisions/0001.md'));
    await client.open(good, text);
    await client.diagnostics(good);

    for (const uri of hostile) await client.open(uri, text);
    // Asked at once, while the hostile documents are being checked.
    const hover = () => client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: good }, position: { line: 4, character: 2 } });
    assert.ok(await within(HOVER_LIMIT_MS, 'hover while checking', hover()), 'a hover on the title');
    for (const uri of hostile) {
      const published = await client.diagnostics(uri, () => true, 10000);
      assert.deepEqual(rules(published.diagnostics), ['customer-impact'], `${uri.slice(0, 120)}: checked with the defaults`);
    }
    assert.ok(await within(HOVER_LIMIT_MS, 'hover after checking', hover()), 'a hover on the title');
    assert.doesNotMatch(client.stderr, /failed/, client.stderr);
  });
});
