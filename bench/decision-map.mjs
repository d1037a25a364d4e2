// The decision map's cost: `customer-lens report` over a synthetic repository of 1,000 records and 5,000
// commits (built in one `git fast-import`), history included; and over ../shared/corpus. Prints the times
// against the targets. Run after `node scripts/build.mjs`: node bench/decision-map.mjs [--records N --commits N]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO, 'dist', 'cli.js');
const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus');
/** Targets, in CPU time (wall time where /usr/bin/time is missing): the synthetic history well within a CI
 * step; the corpus about as fast as its check. */
const TARGET_HISTORY_MS = 15000;
const TARGET_CORPUS_MS = 10000;
const verdict = (t, target) => ((t.cpuMs ?? t.ms) <= target ? 'ok' : 'MISSED');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RECORDS = arg('--records', 1000);
const COMMITS = arg('--commits', 5000);

const SECTIONS = [
  ['Customers', 'Shop owners on the Basic plan.'],
  ['Problem solved', 'Owners cannot see which orders are late.'],
  ['Customer impact', 'Owners see late orders first and will feel in control.'],
  ['Value created', 'Fewer angry buyers for shop owners.'],
  ['Customer evidence', 'Ticket #4812 and 37 like it.'],
  ['Success metrics', 'Late-order complaints fall by half within a quarter.'],
];

/** Record `n` at its `version`: later versions name more concepts, so coverage climbs over time. */
function record(n, version) {
  const kept = SECTIONS.filter((_, i) => (n + i + version) % 7 < 3 + Math.min(version, 4));
  return `---\nstatus: proposed\n---\n# ${n}. Decision ${n}\n\n${kept.map(([h, t]) => `## ${h}\n\n${t}\n`).join('\n')}`;
}

function fastImportStream() {
  const parts = [];
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  const versions = new Array(RECORDS).fill(0);
  const start = Date.parse('2022-01-01T00:00:00Z') / 1000;
  for (let c = 0; c < COMMITS; c++) {
    // The first RECORDS commits add one record each; the rest change one, round and round.
    const n = c < RECORDS ? c : (c * 7919) % RECORDS;
    const version = c < RECORDS ? 0 : ++versions[n];
    const when = start + c * 3600;
    parts.push(`commit refs/heads/main\ncommitter Bench <bench@example.com> ${when} +0000\n${data(`commit ${c}`)}`);
    parts.push(`M 100644 inline docs/decisions/${String(n).padStart(4, '0')}-decision.md\n${data(record(n, version))}\n`);
  }
  return parts.join('');
}

/** Wall time, and CPU time (user + system, through /usr/bin/time) which a busy machine disturbs less. */
function timed(label, args, cwd) {
  const TIME = '/usr/bin/time';
  const command = existsSync(TIME) ? [TIME, ['-f', 'cpu %U %S', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command[0], command[1], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${label}: exit ${r.status}: ${r.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  const cpuMs = cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 1000) : undefined;
  return { ms, cpuMs, cpu: cpuMs === undefined ? '' : `, CPU ${cpuMs} ms`, out: r.stdout.trim() };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'cl-bench-map-'));
try {
  const repo = path.join(tmp, 'repo');
  const git = (args, input) => {
    const r = spawnSync('git', args, { cwd: repo, input, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`git ${args[0]}: ${r.stderr}`);
  };
  spawnSync('git', ['init', '-q', '-b', 'main', repo]);
  const t0 = Date.now();
  git(['fast-import', '--quiet'], fastImportStream());
  git(['checkout', '-q', '-f', 'main']);
  console.log(`decision map: built a repository of ${RECORDS} records and ${COMMITS} commits in ${Date.now() - t0} ms`);

  const history = timed('history', ['report', 'docs', '--out', path.join(tmp, 'history.html')], repo);
  console.log(`decision map: ${history.out}`);
  console.log(`decision map: report with coverage over time (${RECORDS} records × ${COMMITS} commits): ${Math.round(history.ms)} ms wall${history.cpu} (target ${TARGET_HISTORY_MS} ms) ${verdict(history, TARGET_HISTORY_MS)}`);
  const plain = timed('no history', ['report', 'docs', '--no-history', '--out', path.join(tmp, 'plain.html')], repo);
  console.log(`decision map: the same without history: ${Math.round(plain.ms)} ms wall${plain.cpu}`);

  if (existsSync(CORPUS)) {
    const out = path.join(tmp, 'corpus.html');
    const corpus = timed('corpus', ['report', CORPUS, '--out', out], tmp);
    console.log(`decision map: ${corpus.out.replace(out, 'corpus.html')}`);
    console.log(`decision map: report of ../shared/corpus: ${Math.round(corpus.ms)} ms wall${corpus.cpu}, ${Math.round(statSync(out).size / 1024)} KB (target ${TARGET_CORPUS_MS} ms) ${verdict(corpus, TARGET_CORPUS_MS)}`);
  } else console.log(`decision map: no corpus at ${CORPUS}; skipped`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
