// The host files layer over stdio: a client that reads files for the server (as VS Code does, on any file
// system) is asked and its answers checked; a client that does not gets the disk, inside its folders only.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_FILE_BYTES } from '../../server/src/engine';
import { FindFilesRequest, ReadFileRequest, StatRequest } from '../../server/src/lsp/protocol';
import type { HostFilesCall } from '../helpers/hostFilesServer';
import { TestClient } from '../helpers/lspClient';
import { VirtualFiles } from '../helpers/virtualFiles';

const HARNESS = join(__dirname, '..', 'helpers', 'hostFilesServer.js');
const ANA = '---\nid: ana\nname: Ana the shop owner\n---\n# Ana\n';

async function harness(initializationOptions: unknown, folders: string[]): Promise<TestClient> {
  const client = new TestClient(['--stdio'], {}, HARNESS);
  await client.initialize(undefined, 'en', { initializationOptions, workspaceFolders: folders.map((uri, i) => ({ uri, name: `f${i}` })) });
  return client;
}

const call = (client: TestClient, c: HostFilesCall) => client.connection.sendRequest<unknown>('test/hostFiles', c);

describe('host files: a client that reads the files for the server', function () {
  this.timeout(20000);
  let client: TestClient;
  const files = new VirtualFiles('memfs:/team', {
    'docs/personas/ana.md': ANA,
    'docs/personas/bo.persona.yaml': 'id: bo\n',
    'docs/decisions/0001-pricing.md': '# Pricing\n',
    'node_modules/pkg/personas/x.md': '# X\n',
  });

  afterEach(() => client.shutdown());

  it('reads, stats and finds through the client, on a file system the server has no disk for', async () => {
    client = new TestClient(['--stdio'], {}, HARNESS);
    files.serve(client.connection);
    await client.initialize(undefined, 'en', { initializationOptions: { hostFiles: true }, workspaceFolders: [{ uri: files.folder, name: 'team' }] });
    files.asked.length = 0;
    assert.equal(await call(client, { op: 'readText', uri: files.uri('docs/personas/ana.md') }), ANA);
    assert.equal(await call(client, { op: 'readText', uri: files.uri('docs/personas/nobody.md') }), null);
    assert.deepEqual(await call(client, { op: 'stat', uri: files.uri('docs/personas/ana.md') }), { type: 'file', size: ANA.length });
    assert.deepEqual(await call(client, { op: 'stat', uri: files.uri('docs/personas') }), { type: 'directory', size: 0 });
    assert.deepEqual(await call(client, { op: 'findFiles', include: '**/personas/**/*.{md,yaml}' }), [files.uri('docs/personas/ana.md'), files.uri('docs/personas/bo.persona.yaml')]);
    assert.deepEqual(await call(client, { op: 'findFiles', include: '**/*.md', exclude: '**/decisions/**' }), [files.uri('docs/personas/ana.md')]);
    assert.deepEqual(files.asked, [
      `${ReadFileRequest.method} memfs:/team/docs/personas/ana.md`,
      `${ReadFileRequest.method} memfs:/team/docs/personas/nobody.md`,
      `${StatRequest.method} memfs:/team/docs/personas/ana.md`,
      `${StatRequest.method} memfs:/team/docs/personas`,
      `${FindFilesRequest.method} **/personas/**/*.{md,yaml}`,
      `${FindFilesRequest.method} **/*.md -**/decisions/**`,
    ]);
  });

  it('takes nothing on trust: wrong shapes, node_modules and failed requests read as nothing, and the server keeps answering', async () => {
    client = new TestClient(['--stdio'], {}, HARNESS);
    client.connection.onRequest(ReadFileRequest.method, ({ uri }: { uri: string }): string => {
      if (uri.endsWith('fails.md')) throw new Error('the disk is gone');
      return (uri.endsWith('number.md') ? 42 : 'x'.repeat(MAX_FILE_BYTES + 1)) as string;
    });
    client.connection.onRequest(StatRequest.method, () => ({ type: 'socket', size: -1 }));
    client.connection.onRequest(FindFilesRequest.method, () => ['memfs:/team/a.md', 7, null, 'memfs:/team/node_modules/b.md']);
    await client.initialize(undefined, 'en', { initializationOptions: { hostFiles: true }, workspaceFolders: [{ uri: 'memfs:/team', name: 'team' }] });
    assert.equal(await call(client, { op: 'readText', uri: 'memfs:/team/number.md' }), null);
    assert.equal(await call(client, { op: 'readText', uri: 'memfs:/team/huge.md' }), null);
    assert.equal(await call(client, { op: 'readText', uri: 'memfs:/team/fails.md' }), null);
    assert.equal(await call(client, { op: 'stat', uri: 'memfs:/team/a.md' }), null);
    assert.deepEqual(await call(client, { op: 'findFiles', include: '**/*.md' }), ['memfs:/team/a.md']);
  });
});

describe('host files: a client that does not read files (Emacs, Neovim) gets the disk', function () {
  this.timeout(20000);
  let dir: string;
  let client: TestClient;
  const uriOf = (path: string) => pathToFileURL(join(dir, path)).href;

  before(function () {
    if (process.platform === 'win32') this.skip();
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'cl-hostfiles-')));
    const root = join(dir, 'team');
    for (const d of ['docs/personas', 'docs/decisions', 'node_modules/pkg/personas', 'ignored/personas', '.git']) mkdirSync(join(root, d), { recursive: true });
    writeFileSync(join(root, '.gitignore'), 'ignored/\n');
    writeFileSync(join(root, 'docs/personas/ana.md'), ANA);
    writeFileSync(join(root, 'docs/personas/bo.persona.yaml'), 'id: bo\n');
    writeFileSync(join(root, 'docs/personas/binary.md'), Buffer.from([0x23, 0x00, 0x01]));
    writeFileSync(join(root, 'docs/personas/huge.md'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    writeFileSync(join(root, 'docs/decisions/0001-pricing.md'), '# Pricing\n');
    writeFileSync(join(root, 'node_modules/pkg/personas/x.md'), '# X\n');
    writeFileSync(join(root, 'ignored/personas/y.md'), '# Y\n');
    writeFileSync(join(dir, 'secret.md'), '# outside the workspace\n');
    symlinkSync(join(dir, 'secret.md'), join(root, 'docs/personas/link-out.md'));
  });

  after(() => spawnSync('rm', ['-rf', dir]));
  afterEach(() => client.shutdown());

  it('reads file: URIs inside the workspace folders, and nothing else', async () => {
    const never = new VirtualFiles('memfs:/never', {});
    client = new TestClient(['--stdio'], {}, HARNESS);
    never.serve(client.connection);
    await client.initialize(undefined, 'en', { workspaceFolders: [{ uri: uriOf('team'), name: 'team' }] });
    assert.equal(await call(client, { op: 'readText', uri: uriOf('team/docs/personas/ana.md') }), ANA);
    for (const refused of ['team/docs/personas/link-out.md', 'secret.md', 'team/docs/personas/binary.md', 'team/docs/personas/huge.md', 'team/docs/personas', 'team/docs/personas/none.md']) {
      assert.equal(await call(client, { op: 'readText', uri: uriOf(refused) }), null, refused);
    }
    assert.equal(await call(client, { op: 'readText', uri: 'memfs:/never/docs/personas/ana.md' }), null);
    assert.deepEqual(await call(client, { op: 'stat', uri: uriOf('team/docs/personas/ana.md') }), { type: 'file', size: ANA.length });
    assert.equal(((await call(client, { op: 'stat', uri: uriOf('team/docs') })) as { type: string }).type, 'directory');
    assert.equal(await call(client, { op: 'stat', uri: uriOf('secret.md') }), null);
    assert.equal(await call(client, { op: 'stat', uri: uriOf('team/docs/personas/link-out.md') }), null);
    assert.deepEqual(never.asked, [], 'a client that did not offer the requests is never sent one');
  });

  it('finds files by walking the folders: node_modules and what .gitignore excludes left out', async () => {
    client = await harness(undefined, [uriOf('team')]);
    assert.deepEqual(await call(client, { op: 'findFiles', include: '**/personas/**/*.{md,yaml}' }), [
      uriOf('team/docs/personas/ana.md'),
      uriOf('team/docs/personas/binary.md'),
      uriOf('team/docs/personas/bo.persona.yaml'),
      uriOf('team/docs/personas/huge.md'),
      uriOf('team/docs/personas/link-out.md'),
    ]);
    assert.deepEqual(await call(client, { op: 'findFiles', include: '**/*.md', exclude: '**/personas/**' }), [uriOf('team/docs/decisions/0001-pricing.md')]);
    assert.deepEqual(await call(client, { op: 'findFiles', include: '{unbalanced' }), []);
  });

  it('without workspace folders, reads and finds nothing', async () => {
    client = await harness({ hostFiles: false }, []);
    assert.equal(await call(client, { op: 'readText', uri: uriOf('team/docs/personas/ana.md') }), null);
    assert.deepEqual(await call(client, { op: 'findFiles', include: '**/*.md' }), []);
  });
});
