// The npm package as a user gets it: `npm pack` (which builds for production), the exact files it holds, then
// installed from the tarball with nothing else (no dependency, no registry) into an empty folder and globally
// into a prefix, and run there: `npx customer-lens check` and `customer-lens-server --version`.

import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decisionRecord } from '../helpers/cli';
import { REPO_ROOT } from '../helpers/findings';

const MAX_INSTALLED_BYTES = 5 * 1024 * 1024;

interface Manifest {
  name: string;
  version: string;
  bin: Record<string, string>;
  engines: Record<string, string>;
  scripts: Record<string, string>;
  dependencies?: unknown;
  optionalDependencies?: unknown;
  peerDependencies?: unknown;
  bundleDependencies?: unknown;
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;

function run(command: string, args: string[], options: SpawnSyncOptions): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** npm, kept away from the user's npm config and cache writes: offline, quiet, no audit. */
function npm(args: string[], cwd: string, cache?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  if (cache) env.npm_config_cache = cache;
  for (const k of Object.keys(env)) if (/^npm_(package|lifecycle)_/.test(k)) delete env[k];
  return run('npm', args, { cwd, env });
}

function sizeOf(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, e) => n + sizeOf(join(path, e)), 0);
}

describe('npm package (npm pack, then installed from the tarball)', function () {
  this.timeout(120000);
  let work: string;
  let tarball: string;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'cl-package-'));
    const packed = npm(['pack', '--json', '--pack-destination', work], REPO_ROOT, join(work, 'cache'));
    assert.equal(packed.code, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string }[];
    tarball = join(work, info.filename);
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('has no runtime dependency of any kind: everything is bundled', () => {
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'] as const) assert.equal(manifest[field], undefined, field);
  });

  it('holds the bundles, their notices, the schema, the snippets, the rule pages, README, LICENSE and CHANGELOG, and nothing else', () => {
    const listed = run('tar', ['-tzf', tarball], {}).stdout.split('\n').filter((l) => l.length > 0 && !l.endsWith('/'));
    const rules = readdirSync(join(REPO_ROOT, 'docs/rules')).map((f) => `package/docs/rules/${f}`);
    const expected = [
      'package/CHANGELOG.md',
      'package/LICENSE',
      'package/README.md',
      'package/dist/THIRD-PARTY-NOTICES.txt',
      'package/dist/cli.js',
      'package/dist/server.js',
      'package/package.json',
      'package/schemas/customer-lens.schema.json',
      ...readdirSync(join(REPO_ROOT, 'snippets')).map((f) => `package/snippets/${f}`),
      ...rules,
    ];
    assert.deepStrictEqual(listed.sort(), expected.sort());
  });

  it('packs a production build: minified, with no source map', () => {
    for (const bundle of ['dist/cli.js', 'dist/server.js']) {
      const text = run('tar', ['-xzOf', tarball, `package/${bundle}`], {}).stdout;
      assert.ok(text.startsWith('#!/usr/bin/env node\n'), `${bundle} is not a command`);
      assert.ok(!text.includes('sourceMappingURL'), `${bundle} points at a source map`);
      // esbuild marks each source file with a comment in a bundle that is not minified.
      assert.ok(!/^\s*\/\/ (server|node_modules)\//m.test(text), `${bundle} is not minified`);
    }
  });

  it('installs into an empty folder with nothing else, runs as npx customer-lens check and customer-lens-server --version, and stays under 5 MB', () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'docs/decisions'), { recursive: true });
    writeFileSync(join(project, 'docs/decisions/0001-late-orders.md'), decisionRecord({ status: 'accepted', drop: ['Value created'] }));
    const installed = npm(['install', '--no-save', tarball], project, join(work, 'cache'));
    assert.equal(installed.code, 0, installed.stderr);
    assert.deepStrictEqual(readdirSync(join(project, 'node_modules')).filter((e) => !e.startsWith('.')), ['customer-lens'], 'nothing but the package is installed');

    const npx = run('npx', ['--no', '--', 'customer-lens', 'check', '--format', 'line'], { cwd: project, env: { ...process.env, npm_config_offline: 'true', npm_config_cache: join(work, 'cache') } });
    assert.deepStrictEqual(
      { code: npx.code, stdout: npx.stdout },
      { code: 1, stdout: 'docs/decisions/0001-late-orders.md:5:1: error value-created No value created: say what the customer gains from this and why they would care.\n' },
      npx.stderr,
    );
    const server = run(join(project, 'node_modules/.bin/customer-lens-server'), ['--version'], { cwd: project });
    assert.deepStrictEqual([server.code, server.stdout], [0, `customer-lens-server ${manifest.version}\n`], server.stderr);

    const size = sizeOf(join(project, 'node_modules/customer-lens'));
    process.stdout.write(`      installed size: ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes), from a ${(statSync(tarball).size / 1024).toFixed(0)} kB tarball\n`);
    assert.ok(size < MAX_INSTALLED_BYTES, `${size} bytes installed`);
  });

  it('installs globally (npm install -g) with its two commands on the PATH', () => {
    const prefix = join(work, 'global');
    const installed = npm(['install', '--global', '--prefix', prefix, tarball], work, join(work, 'cache'));
    assert.equal(installed.code, 0, installed.stderr);
    const bin = process.platform === 'win32' ? prefix : join(prefix, 'bin');
    const version = run(join(bin, 'customer-lens'), ['--version'], {});
    assert.deepStrictEqual([version.code, version.stdout], [0, `${manifest.version}\n`], version.stderr);
    assert.deepStrictEqual(Object.keys(manifest.bin).sort(), ['customer-lens', 'customer-lens-server']);
    for (const name of Object.keys(manifest.bin)) assert.ok(statSync(join(bin, name)).isFile() || statSync(join(bin, name)).isSymbolicLink());
  });

  it('npm ci installs every dependency on this Node without an engine warning', () => {
    const dry = npm(['ci', '--dry-run', '--ignore-scripts'], REPO_ROOT);
    assert.equal(dry.code, 0, dry.stderr);
    assert.ok(!/EBADENGINE/.test(dry.stdout + dry.stderr), dry.stderr);
    assert.equal(manifest.engines.node, '>=20');
  });
});
