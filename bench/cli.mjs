// The CLI beside its peers, one run of each after the other in every repetition: over the corpus, against
// markdownlint-cli2 (wall) and the markdown-it floor (CPU); a pull request's check against a bare Node start.

import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLI, expectStatus, log, MARKDOWN, REPO, runNode, walk } from './lib.mjs';

const FLOOR = path.join(REPO, 'bench', 'floor.mjs');
const PEER = path.join(REPO, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
/** The peer checks that these headings come in this order, as our rules look for their concepts. */
const PEER_CONFIG = { config: { default: false, MD043: { headings: ['*', '## Customer impact', '*', '## Problem solved', '*', '## Value created', '*'] } } };

export const peerInstalled = () => existsSync(PEER);

/**
 * `reps` runs of our CLI and the floor over `tmp/corpus`, and `peerReps` of the peer (it takes a minute a run).
 * `tmp` holds the configs; every run's working directory is `tmp`.
 */
export function corpusRuns({ tmp, config, reps, peerReps }) {
  writeFileSync(path.join(tmp, '.markdownlint-cli2.jsonc'), `${JSON.stringify(PEER_CONFIG, null, 2)}\n`);
  const oursOut = path.join(tmp, 'ours.json');
  const ours = () => expectStatus('customer-lens', runNode([CLI, 'check', 'corpus', '--format', 'json', '--config', config], { cwd: tmp, tmp, usage: true, stdoutFile: oursOut }), [0, 1]);
  const floorOut = path.join(tmp, 'floor.json');
  const floor = () => expectStatus('the floor', runNode([FLOOR, 'corpus'], { cwd: tmp, tmp, usage: true, stdoutFile: floorOut }));
  // The floor that also reads every front matter and YAML file with the yaml package, as the engine must.
  const floorYaml = () => expectStatus('the floor with yaml', runNode([FLOOR, 'corpus', '--yaml'], { cwd: tmp, tmp, usage: true }));
  const peerOut = path.join(tmp, 'peer.txt');
  const peer = () => expectStatus('markdownlint-cli2', runNode([PEER, 'corpus/**/*.md', 'corpus/**/*.markdown', 'corpus/**/*.MD'], { cwd: tmp, tmp, usage: true, stdoutFile: peerOut }), [0, 1]);

  log('bench: CLI, one run to warm the file cache');
  ours();
  const runs = { ours: [], floor: [], floorYaml: [], peer: [] };
  for (let rep = 0; rep < reps; rep++) {
    log(`bench: CLI, repetition ${rep + 1} of ${reps}${rep < peerReps ? ' (with the peer, about a minute)' : ''}`);
    runs.floor.push(floor());
    runs.floorYaml.push(floorYaml());
    runs.ours.push(ours());
    if (rep < peerReps) runs.peer.push(peer());
  }
  const files = {
    ours: JSON.parse(readFileSync(oursOut, 'utf8')).files.length,
    floor: JSON.parse(readFileSync(floorOut, 'utf8')).files,
    peer: peerReps > 0 ? Number(/Linting: (\d+) file/.exec(readFileSync(peerOut, 'utf8'))?.[1]) : undefined,
  };
  return { runs, files };
}

function git(cwd, ...args) {
  const id = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false'];
  const r = spawnSync('git', [...id, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * A pull request's check: a repository holding the corpus, whose last commit changes 10 records, checked with
 * `--since` the commit before; beside it, `node -e 0`, a Node that only loads markdown-it and yaml, and the
 * same records checked by path. Wall
 * time: what a CI step waits for.
 */
export function pullRequestRuns({ tmp, config, reps }) {
  const repo = path.join(tmp, 'pr');
  cpSync(path.join(tmp, 'corpus'), repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'tag', 'base');
  // Ten records spread over the corpus, none that the contract excludes (README, index, template).
  const records = walk(repo, (n) => MARKDOWN.test(n) && !/^(?:readme|index)\.|template/i.test(n));
  const changed = Array.from({ length: 10 }, (_, i) => records[Math.floor(((i + 0.5) * records.length) / 10)]);
  for (const file of changed) appendFileSync(file, '\nSupport tickets from shop owners show the same delay.\n');
  git(repo, 'commit', '-q', '-am', 'ten records changed');

  const outFile = path.join(tmp, 'pr.json');
  const ours = () => expectStatus('customer-lens --since', runNode([CLI, 'check', '.', '--since', 'base', '--format', 'json', '--config', config], { cwd: repo, tmp, stdoutFile: outFile }), [0, 1]);
  const bare = () => expectStatus('node -e 0', runNode(['-e', '0'], { cwd: repo, tmp }));
  // What no check can do without: loading the two parsers the engine is built on, from node_modules.
  const load = `require(${JSON.stringify(path.join(REPO, 'node_modules', 'markdown-it'))}); require(${JSON.stringify(path.join(REPO, 'node_modules', 'yaml'))})`;
  const libraries = () => expectStatus('loading markdown-it and yaml', runNode(['-e', load], { cwd: repo, tmp }));
  // The same records named on the command line: the check without git, the repository's walk or the base's check.
  const named = changed.map((file) => path.relative(repo, file));
  const byPath = () => expectStatus('customer-lens on the changed paths', runNode([CLI, 'check', ...named, '--format', 'json', '--config', config], { cwd: repo, tmp }), [0, 1]);
  ours();
  bare();
  libraries();
  byPath();
  const runs = { ours: [], bare: [], libraries: [], byPath: [] };
  for (let rep = 0; rep < reps; rep++) {
    runs.bare.push(bare());
    runs.libraries.push(libraries());
    runs.byPath.push(byPath());
    runs.ours.push(ours());
  }
  const files = JSON.parse(readFileSync(outFile, 'utf8')).files.length;
  rmSync(repo, { recursive: true, force: true });
  return { runs, files, changed: changed.length };
}
