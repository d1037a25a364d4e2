// What every part of the benchmark shares: where things are, how a process is timed, medians.

import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The shared corpus beside the repository; CUSTOMER_LENS_CORPUS points elsewhere. */
export const CORPUS = path.resolve(process.env.CUSTOMER_LENS_CORPUS ?? path.join(REPO, '..', 'shared', 'corpus'));
export const CLI = path.join(REPO, 'dist', 'cli.js');
export const SERVER = path.join(REPO, 'dist', 'server.js');

/** The config of every run: every Markdown and YAML file is a spec. */
export const ALL_SPECS_CONFIG = 'kinds:\n  spec:\n    include: ["**/*.md", "**/*.markdown", "**/*.yaml", "**/*.yml", "**/*.MD"]\n';
export const CHECKED = /\.(?:md|markdown|ya?ml)$/i;
export const MARKDOWN = /\.(?:md|markdown)$/i;

export function log(line) {
  process.stderr.write(`${line}\n`);
}

export function median(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The nearest-rank percentile: p95 of 100 samples is the fifth slowest. */
export function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

/** The median of a[i] / b[i]: each ratio is of two runs made one after the other. */
export function pairedRatio(a, b) {
  return median(a.slice(0, b.length).map((x, i) => x / b[i]));
}

/** Files under `dir` whose name passes `test`, sorted, skipping .git and node_modules. */
export function walk(dir, test, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '.git' && e.name !== 'node_modules') walk(p, test, out);
    else if (e.isFile() && test(e.name)) out.push(p);
  }
  return out;
}

/**
 * Runs `node <argv>` to the end. Wall time is ours; with `usage`, CPU time (user + system, all threads) and
 * peak resident memory come from process.resourceUsage() in the child, written by a preload at its exit.
 */
export function runNode(argv, { cwd, tmp, usage = false, stdoutFile } = {}) {
  const usageFile = path.join(tmp, `usage-${process.hrtime.bigint()}.txt`);
  const env = usage ? { ...process.env, CUSTOMER_LENS_BENCH_USAGE: usageFile } : process.env;
  const full = usage ? ['--require', path.join(REPO, 'bench', 'usage-hook.cjs'), ...argv] : argv;
  const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, full, { cwd, env, stdio: ['ignore', out, 'pipe'], maxBuffer: 16 << 20 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (stdoutFile) closeSync(out);
  const result = { wallMs, status: r.status, stderr: String(r.stderr ?? r.error ?? '') };
  if (usage && existsSync(usageFile)) {
    const [userMs, sysMs, rssKb] = readFileSync(usageFile, 'utf8').trim().split(' ').map(Number);
    Object.assign(result, { cpuMs: userMs + sysMs, rssKb });
    rmSync(usageFile);
  }
  return result;
}

/** Fails the benchmark unless a run ended with one of `codes`. */
export function expectStatus(what, r, codes = [0]) {
  if (!codes.includes(r.status)) throw new Error(`${what} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return r;
}
