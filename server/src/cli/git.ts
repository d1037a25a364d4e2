// `--since <ref>`: the files added or changed since a git ref, through the git command line.
// Renames count as changes to the new path; deletions are ignored; untracked new files count as added.

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export class GitError extends Error {}

/** A repository's own config may name commands for git to run (core.fsmonitor): never those. */
const SAFE_CONFIG = ['-c', 'core.fsmonitor=false', '-c', 'diff.external='];

function git(args: string[], cwd: string): string {
  const r = spawnSync('git', [...SAFE_CONFIG, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new GitError(`--since needs the git command line: ${r.error.message}`);
  if (r.status !== 0) throw new GitError((r.stderr || `git ${args[0]} failed`).trim().split('\n')[0]);
  return r.stdout;
}

/** Absolute paths of the files added, changed or renamed since `ref` (against the working tree). */
export function changedSince(ref: string, cwd: string): string[] {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch {
    throw new GitError(`--since needs a git repository, and ${cwd} is not inside one`);
  }
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git ref`);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new GitError(`unknown git ref "${ref}"`);
  }
  // Compare with where the branch left `ref`, so changes made on `ref` since then are not ours.
  let base = ref;
  try {
    base = git(['merge-base', ref, 'HEAD'], cwd).trim() || ref;
  } catch {
    base = ref;
  }
  const files = new Set<string>();
  const out = git(['-c', 'core.quotepath=off', 'diff', '--name-status', '-z', '-M', '--diff-filter=ACMR', base, '--'], top);
  const fields = out.split('\0').filter((f) => f.length > 0);
  for (let i = 0; i < fields.length; i++) {
    const status = fields[i];
    if (status.startsWith('R') || status.startsWith('C')) {
      files.add(resolve(top, fields[i + 2]));
      i += 2;
    } else {
      files.add(resolve(top, fields[i + 1]));
      i += 1;
    }
  }
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], top);
  for (const f of untracked.split('\0')) if (f.length > 0) files.add(resolve(top, f));
  return [...files];
}
