// `--since <ref>`: the files added or changed since a git ref, through the git command line.
// Renames count as changes to the new path; deletions are ignored; untracked new files count as added.
//
// Git runs nothing of the repository's. A repository's config can name commands for git to run (fsmonitor,
// hooks, clean and process filters, textconv, external diff, a pager), and a folder committed as a bare
// repository makes git take it for the repository when the command starts inside it. So:
// - the repository is used only when git found it through `<top level>/.git`; a bare one, or one whose git
//   folder lies elsewhere (a committed folder with `core.worktree`), is refused;
// - every command turns off fsmonitor, hooks, external diff, the pager, transports (a partial clone's fetch);
// - every filter driver the config defines gets an empty clean and process command, checked by asking git
//   for the result: comparing the working tree with the index runs the clean filter on files whose stat
//   data changed or that were written in the same second as the index ("racily clean"), even for plumbing
//   (`git diff-files`, `git diff-index`) and for --name-only; this is what ran a committed filter before.
// The commands are plumbing that reads refs, trees, the index and stat data, asks for names only (no
// textconv, no external diff), and writes nothing (not even the index's stat cache, which `git diff` does).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../engine';
import { readRegularFile, Root } from '../node/safeRead';

export class GitError extends Error {}

const SAFE_CONFIG: readonly (readonly [string, string])[] = [
  // A bare repository is used only when named (--git-dir, GIT_DIR), never found by discovery (git 2.38+).
  ['safe.bareRepository', 'explicit'],
  ['core.fsmonitor', 'false'],
  ['core.hooksPath', '/dev/null'],
  ['core.attributesFile', '/dev/null'],
  ['diff.external', ''],
  ['protocol.allow', 'never'],
];

const SAFE_ENV: NodeJS.ProcessEnv = {
  GIT_TERMINAL_PROMPT: '0',
  // No opportunistic index refresh: nothing written, so no hook on writing it either.
  GIT_OPTIONAL_LOCKS: '0',
  GIT_ATTR_NOSYSTEM: '1',
  GIT_PAGER: 'cat',
};

function gitEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env, ...SAFE_ENV };
  delete env.GIT_EXTERNAL_DIFF;
  return env;
}

function configArgs(config: readonly (readonly [string, string])[]): string[] {
  return config.flatMap(([key, value]) => ['-c', `${key}=${value}`]);
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function spawnGit(args: string[], cwd: string, extra: readonly (readonly [string, string])[] = []): Run {
  const r = spawnBytes(args, cwd, extra);
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
}

function spawnBytes(args: string[], cwd: string, extra: readonly (readonly [string, string])[], input?: string): { status: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', ['--no-pager', ...configArgs(SAFE_CONFIG), ...configArgs(extra), ...args], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    env: gitEnv(),
  });
  if (r.error) throw new GitError(`git could not run: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

function firstLine(r: Run, what: string): string {
  return (r.stderr || `git ${what} failed`).trim().split('\n')[0];
}

/** The repository's top level, once it is known to be the user's: found through `<top>/.git`, not bare. */
function topLevelFor(cwd: string, what: string): string {
  const where = spawnGit(['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--show-toplevel'], cwd);
  const [bare, gitDir, dir] = where.stdout.trim().split('\n');
  // A bare repository named by GIT_DIR answers the first two, then fails to show a top level it has not.
  if (bare === 'true') throw new GitError(`${what}: ${gitDir} is a bare repository; not used`);
  if (where.status !== 0) {
    if (/bare repository/.test(where.stderr)) throw new GitError(`${what}: ${cwd} is inside a bare repository (a folder git would take for a repository); not used`);
    if (/not a git repository/i.test(where.stderr)) throw new GitError(`${what} needs a git repository, and ${cwd} is not inside one`);
    throw new GitError(`${what}: ${firstLine(where, 'rev-parse')}`);
  }
  // GIT_DIR set by the user names the repository: nothing was discovered.
  if (!process.env.GIT_DIR && !isOwnGitDir(dir, gitDir)) {
    throw new GitError(`${what}: git found the repository ${gitDir}, which is not ${join(dir, '.git')} (a repository inside the working tree?); not used`);
  }
  return dir;
}

/** `<top>/.git` is the git folder, or a file that points at it (a worktree, a submodule). */
function isOwnGitDir(top: string, gitDir: string): boolean {
  const dotGit = join(top, '.git');
  try {
    const real = realpathSync.native(gitDir);
    const st = lstatSync(dotGit);
    if (st.isDirectory()) return realpathSync.native(dotGit) === real;
    if (!st.isFile()) return false;
    const read = readRegularFile(dotGit, { limit: 64 * 1024 });
    if (!read.ok || !read.complete) return false;
    const pointer = /^gitdir: (.+)$/m.exec(read.bytes.toString('utf8'));
    return pointer !== null && realpathSync.native(resolve(top, pointer[1].trim())) === real;
  } catch {
    return false;
  }
}

/** `-c` settings that give every filter driver the config defines empty commands, checked by git itself. */
function filtersOff(top: string, what: string): [string, string][] {
  const drivers = new Set<string>();
  for (const [key] of configEntries(top, [], what)) {
    const driver = /^filter\.(.+)\.[^.]+$/s.exec(key)?.[1];
    if (driver !== undefined) drivers.add(driver);
  }
  const off: [string, string][] = [];
  if (drivers.size === 0) return off;
  for (const d of drivers) off.push([`filter.${d}.clean`, ''], [`filter.${d}.process`, ''], [`filter.${d}.smudge`, ''], [`filter.${d}.required`, 'false']);
  // The last value of a key is the one git uses: each command must now be empty. A driver name that `-c`
  // cannot carry (one with `=` in it) would fail here.
  const last = new Map(configEntries(top, off, what));
  for (const [key, value] of last) {
    if (/\.(?:clean|process|smudge)$/.test(key) && value !== '') {
      throw new GitError(`${what}: cannot turn off the filter ${key} of the repository's config; not used`);
    }
  }
  return off;
}

/** Every `filter.*` entry of the config git reads here, in order, as [key, value]. */
function configEntries(top: string, extra: readonly (readonly [string, string])[], what: string): [string, string][] {
  const r = spawnGit(['config', '-z', '--get-regexp', '^filter\\.'], top, extra);
  if (r.status === 1) return []; // none
  if (r.status !== 0) throw new GitError(`${what}: ${firstLine(r, 'config')}`);
  return r.stdout
    .split('\0')
    .filter((e) => e.length > 0)
    .map((e) => {
      const nl = e.indexOf('\n');
      return nl < 0 ? [e, 'true'] : [e.slice(0, nl), e.slice(nl + 1)];
    });
}

export interface Changes {
  /** The repository's top level: the files lie inside it, and a link out of it is not read. */
  top: string;
  /** Absolute paths of the files added, changed or renamed since the ref (against the working tree). */
  files: string[];
  /** The commit the change is compared with: where the branch left the ref. */
  base: string;
  repo: Repository;
}

/** A repository the report and --since read: every command runs with the guards above. */
export interface Repository {
  top: string;
  /** Runs a read-only git command in the top level; its stdout, or a GitError with git's first line. */
  run(args: string[], input?: string): Buffer;
}

export function openRepository(cwd: string, what: string): Repository {
  const top = topLevelFor(cwd, what);
  const off = filtersOff(top, what);
  return {
    top,
    run(args, input) {
      const r = spawnBytes(args, top, off, input);
      if (r.status !== 0) throw new GitError(`${what}: ${(r.stderr || `git ${args[0]} failed`).trim().split('\n')[0]}`);
      return r.stdout;
    },
  };
}

const paths = (out: string): string[] => out.split('\0').filter((f) => f.length > 0);

export function changedSince(ref: string, cwd: string): Changes {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git ref`);
  const repo = openRepository(cwd, '--since');
  const { top } = repo;
  const git = (args: string[]): string => {
    try {
      return repo.run(args).toString('utf8');
    } catch (e) {
      // The messages of --since's own commands are git's own first line.
      throw new GitError(e instanceof GitError ? e.message.replace(/^--since: /, '') : String(e));
    }
  };
  // Compare with where the branch left `ref`, so changes made on `ref` since then are not ours. When there is
  // no such point (no common history, no commit yet), `ref` itself, if it names a commit.
  let base = '';
  try {
    base = git(['merge-base', ref, 'HEAD']).trim();
  } catch {
    base = '';
  }
  if (base.length === 0) {
    try {
      git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    } catch {
      throw new GitError(`unknown git ref "${ref}"`);
    }
    base = ref;
  }
  // Plumbing, which never refreshes (writes) the index, and no rename detection: a renamed file is an added
  // one under its new name. The base's tree against the working tree as the index sees it: a file whose stat
  // data differ from the index's has no object id on the right (all zeros), changed or only touched; when its
  // index entry is the base's (object and mode), its content decides.
  const diff = rawDiff(git(['diff-index', '--raw', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', '--ignore-submodules=all', '--diff-filter=ACMRT', base, '--']));
  const statDirty = (d: RawChange) => d.status === 'M' && /^0+$/.test(d.now);
  const staged = diff.some(statDirty) ? indexEntries(git(['ls-files', '--stage', '-z'])) : new Map<string, IndexEntry>();
  const changed = new Set<string>();
  for (const d of diff) {
    const entry = staged.get(d.path);
    const touched = statDirty(d) && entry !== undefined && entry.oid === d.was && entry.mode === d.wasMode;
    if (!touched || !sameAsIndex(resolve(top, d.path), d.was, top)) changed.add(d.path);
  }
  for (const f of paths(git(['ls-files', '--others', '--exclude-standard', '-z']))) changed.add(f);
  return { top, files: [...changed].map((f) => resolve(top, f)), base, repo };
}

interface RawChange {
  path: string;
  status: string;
  wasMode: string;
  /** The base's object id, and the working tree's (all zeros when git has not hashed it). */
  was: string;
  now: string;
}

/** `diff-index --raw -z`: `:<mode> <mode> <object id> <object id> <status>\0<path>\0` per file. */
function rawDiff(out: string): RawChange[] {
  const fields = out.split('\0');
  const changes: RawChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const m = /^:([0-7]{6}) [0-7]{6} ([0-9a-f]+) ([0-9a-f]+) ([A-Z])/.exec(fields[i]);
    if (m) changes.push({ wasMode: m[1], was: m[2], now: m[3], status: m[4], path: fields[i + 1] });
  }
  return changes;
}

interface IndexEntry {
  mode: string;
  oid: string;
}

/** `ls-files --stage -z`: the index's regular files at stage 0, path -> mode and object id. */
function indexEntries(out: string): Map<string, IndexEntry> {
  const entries = new Map<string, IndexEntry>();
  for (const line of paths(out)) {
    const m = /^(100644|100755) ([0-9a-f]+) 0\t(.*)$/s.exec(line);
    if (m) entries.set(m[3], { mode: m[1], oid: m[2] });
  }
  return entries;
}

/**
 * The file holds exactly the bytes of its index blob. Anything else counts as changed: a link, a file too
 * large, or one git stores converted (line endings), which then gets checked though unchanged.
 */
function sameAsIndex(path: string, oid: string | undefined, top: string): boolean {
  if (!oid) return false;
  const read = readRegularFile(path, { limit: MAX_FILE_BYTES, within: [new Root(top)] });
  if (!read.ok || !read.complete) return false;
  const hash = createHash(oid.length === 64 ? 'sha256' : 'sha1');
  hash.update(`blob ${read.bytes.length}\0`);
  hash.update(read.bytes);
  return hash.digest('hex') === oid;
}
