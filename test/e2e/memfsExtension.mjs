// A tiny web extension for the browser e2e test (test/e2e/web.mjs): a `memfs:` file system held in memory,
// as github.dev's `vscode-vfs:` is held by GitHub, and a command that opens one of its files. Built into a
// VSIX with vsce, whose manifest has `browser` and no `main`, so it runs in the web worker extension host
// next to Customer Lens.

import { execFileSync } from 'node:child_process';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './harness.mjs';

export const MEMFS_OPEN_COMMAND = 'MemFS Test: Open Record';

/** The extension's code: FILES (path -> text) is filled in by memfsVsix(). */
const SOURCE = `
const vscode = require('vscode');
const FILES = __FILES__;
const encoder = new TextEncoder();
const now = Date.now();

function entries(dir) {
  const prefix = dir === '/' ? '/' : dir + '/';
  const names = new Map();
  for (const p of Object.keys(FILES)) {
    if (!p.startsWith(prefix)) continue;
    const [name, ...rest] = p.slice(prefix.length).split('/');
    names.set(name, rest.length ? vscode.FileType.Directory : vscode.FileType.File);
  }
  return names;
}

const provider = {
  onDidChangeFile: new vscode.EventEmitter().event,
  watch: () => new vscode.Disposable(() => undefined),
  stat(uri) {
    if (uri.path in FILES) return { type: vscode.FileType.File, ctime: now, mtime: now, size: encoder.encode(FILES[uri.path]).length };
    if (entries(uri.path).size) return { type: vscode.FileType.Directory, ctime: now, mtime: now, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  },
  readDirectory: (uri) => [...entries(uri.path)],
  readFile(uri) {
    if (!(uri.path in FILES)) throw vscode.FileSystemError.FileNotFound(uri);
    return encoder.encode(FILES[uri.path]);
  },
  writeFile(uri, content) {
    FILES[uri.path] = new TextDecoder().decode(content);
  },
  createDirectory: () => undefined,
  delete: (uri) => { delete FILES[uri.path]; },
  rename: () => { throw vscode.FileSystemError.NoPermissions('read-only test file system'); },
};

exports.activate = (context) => {
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider('memfs', provider, { isCaseSensitive: true }),
    vscode.commands.registerCommand('memfsTest.openRecord', async () => {
      const record = Object.keys(FILES).find((p) => p.endsWith('.md'));
      await vscode.window.showTextDocument(vscode.Uri.from({ scheme: 'memfs', path: record }));
    }),
  );
};
`;

const MANIFEST = {
  name: 'memfs-test',
  displayName: 'MemFS Test',
  publisher: 'customer-lens-e2e',
  version: '0.0.1',
  engines: { vscode: '^1.95.0' },
  browser: './extension.js',
  activationEvents: ['onFileSystem:memfs', 'onCommand:memfsTest.openRecord'],
  capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true },
  contributes: { commands: [{ command: 'memfsTest.openRecord', title: 'Open Record', category: 'MemFS Test' }] },
};

/** Builds the extension's VSIX in `dir` with `files` ({ '/shop/docs/...': text }); returns its path. */
export async function memfsVsix(dir, files) {
  await fsp.writeFile(path.join(dir, 'package.json'), JSON.stringify(MANIFEST, null, 2));
  await fsp.writeFile(path.join(dir, 'extension.js'), SOURCE.replace('__FILES__', JSON.stringify(files)));
  await fsp.writeFile(path.join(dir, 'README.md'), '# MemFS Test\n\nA file system in memory for the Customer Lens browser test.\n');
  const out = path.join(dir, 'memfs-test.vsix');
  execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', out], { cwd: dir, stdio: 'pipe' });
  return out;
}
