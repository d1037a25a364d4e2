// The extension without VS Code: load + activate() of dist/extension.js (bench/activation.cjs, a fresh process
// each time), and the size of the newest .vsix at the repository root when one has been built.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { median, REPO } from './lib.mjs';

const EXTENSION = path.join(REPO, 'dist', 'extension.js');

export function extensionRuns(count) {
  if (!existsSync(EXTENSION)) return undefined;
  const samples = [];
  for (let i = 0; i < count; i++) {
    const r = spawnSync(process.execPath, [path.join(REPO, 'bench', 'activation.cjs'), EXTENSION, REPO], { encoding: 'utf8', timeout: 20000 });
    const s = JSON.parse(r.stdout.trim().split('\n').pop() || '{}');
    if (s.outcome !== 'started') throw new Error(`activation probe: ${s.outcome ?? r.stderr.slice(0, 300)}`);
    samples.push(s.loadMs + s.activateMs);
  }
  const vsix = readdirSync(REPO)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => ({ name: f, kb: statSync(path.join(REPO, f)).size / 1024, mtime: statSync(path.join(REPO, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)[0];
  return { activationMs: median(samples), runs: samples, vsix };
}
