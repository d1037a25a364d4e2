// Turns the CLI's paths, folders and globs into files. Walks skip node_modules and .git, and what .gitignore
// and .customer-lensignore exclude; they never follow a link to a folder out of the root they were given, and
// visit each real folder once, so link loops end. A walk takes every entry named like a document whatever it
// is (a link, a FIFO): readDocument reads regular files inside the walk's root only, and says why it did not
// read the others. A file the user names is always taken.

import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Glob } from '../engine';
import { describeError } from '../errors';
import { errorCode } from '../node/errors';
import { isInside, Root } from '../node/safeRead';
import { ignoreTop, IgnoreRules } from './ignore';

const SKIP_DIRS = new Set(['node_modules', '.git']);
const CHECKED_EXTENSIONS = /\.(?:md|markdown|ya?ml)$/i;

/** A file to check; `root` is the folder it was found in, absent for a file the user named. */
export interface Candidate {
  path: string;
  root?: Root;
}

export interface Collected {
  files: Candidate[];
  /** The folders walked: a config found above a file may link inside them. */
  roots: Root[];
  /** One-line problems: a path that does not exist, a glob that matches nothing, a folder that cannot be read. */
  problems: string[];
  /** A path that does not exist, or a glob that matches no file: a usage error. */
  missing: boolean;
}

/** A root named as notes name paths: relative to the working directory. */
export function rootAt(abs: string, cwd: string): Root {
  return new Root(abs, relative(cwd, abs).split(sep).join('/') || '.');
}

/** Keeps one candidate per path: a file the user named over one found, a wider root over a narrower one. */
function add(out: Map<string, Root | undefined>, path: string, root: Root | undefined): void {
  const had = out.get(path);
  if (!out.has(path) || (had && (!root || root.path.length < had.path.length))) out.set(path, root);
}

/** stat that never throws: the entry's stats, or the error's code. */
function statOf(path: string): { st?: Stats; code?: string } {
  try {
    return { st: statSync(path, { throwIfNoEntry: false }) };
  } catch (e) {
    return { code: errorCode(e) };
  }
}

/** What a walk found: the files it took, and the folders and files the ignore files made it skip. */
interface Walked {
  taken: number;
  skipped: number;
}

/** Walks `root`, adding the files `accept` takes. */
function walk(root: Root, out: Map<string, Root | undefined>, problems: string[], rules: IgnoreRules, accept: (path: string) => boolean): Walked {
  const walked: Walked = { taken: 0, skipped: 0 };
  let realRoot: string;
  try {
    realRoot = root.real();
  } catch {
    problems.push(`cannot read folder ${root.path}`);
    return walked;
  }
  const top = ignoreTop(root.path);
  const seen = new Set<string>();
  // A folder's real path is its parent's joined with its name, unless it was reached through a link.
  const stack: { dir: string; real?: string }[] = [{ dir: root.path, real: realRoot }];
  while (stack.length > 0) {
    const { dir, real: known } = stack.pop() as { dir: string; real?: string };
    let real: string;
    try {
      real = known ?? realpathSync.native(dir);
    } catch {
      problems.push(`cannot read folder ${dir}`);
      continue;
    }
    if (seen.has(real) || !isInside(real, realRoot)) continue;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      problems.push(`cannot read folder ${dir}`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries.reverse()) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (SKIP_DIRS.has(e.name)) continue;
        if (rules.skips(path, true, top)) walked.skipped++;
        else stack.push({ dir: path, real: join(real, e.name) });
        continue;
      }
      let isLinkToFolder = false;
      if (e.isSymbolicLink()) {
        const { st, code } = statOf(path);
        if (!st && (code === undefined || code === 'ENOENT')) continue; // a dangling link names nothing
        isLinkToFolder = st?.isDirectory() === true;
      }
      // A link to a folder is walked when it is inside the root (checked when its turn comes).
      if (isLinkToFolder) {
        if (SKIP_DIRS.has(e.name)) continue;
        if (rules.skips(path, true, top)) walked.skipped++;
        else stack.push({ dir: path });
      } else if (CHECKED_EXTENSIONS.test(e.name) && accept(path)) {
        if (rules.skips(path, false, top)) walked.skipped++;
        else {
          add(out, path, root);
          walked.taken++;
        }
      }
    }
  }
  return walked;
}

function hasGlobSyntax(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** The folder a glob starts from: its segments before the first one with glob syntax. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (hasGlobSyntax(part)) break;
    fixed.push(part);
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}

export function collectFiles(args: string[], cwd: string, rules: IgnoreRules): Collected {
  const out = new Map<string, Root | undefined>();
  const roots: Root[] = [];
  const problems: string[] = [];
  let missing = false;
  for (const arg of args.length > 0 ? args : ['.']) {
    const abs = resolve(cwd, arg);
    const { st, code } = statOf(abs);
    if (st?.isDirectory()) {
      const root = rootAt(abs, cwd);
      if (rules.excludes(abs, true, ignoreTop(abs))) {
        problems.push(`${root.shown} is excluded by .gitignore or .customer-lensignore: name its files to check them`);
        continue;
      }
      roots.push(root);
      walk(root, out, problems, rules, () => true);
    } else if (st || (code !== undefined && code !== 'ENOENT' && code !== 'ENOTDIR')) {
      // Named by the user: read whatever it is, and readDocument says what is wrong with it (a FIFO, a link loop).
      add(out, abs, undefined);
    } else if (hasGlobSyntax(arg)) {
      const base = resolve(cwd, globBase(arg.replace(/\\/g, '/')));
      let glob: Glob;
      try {
        glob = new Glob(relative(cwd, resolve(cwd, arg)).split(sep).join('/'));
      } catch (e) {
        problems.push(`invalid glob ${arg}: ${describeError(e)}`);
        missing = true;
        continue;
      }
      let walked: Walked = { taken: 0, skipped: 0 };
      if (statOf(base).st?.isDirectory()) {
        const root = rootAt(base, cwd);
        roots.push(root);
        walked = walk(root, out, problems, rules, (p) => glob.matches(relative(cwd, p).split(sep).join('/')));
      }
      if (walked.taken === 0) {
        problems.push(`no files match ${arg}${walked.skipped > 0 ? ' outside what .gitignore and .customer-lensignore exclude' : ''}`);
        missing = true;
      }
    } else {
      problems.push(`no such file or folder: ${arg}`);
      missing = true;
    }
  }
  return { files: [...out].map(([path, root]) => ({ path, root })), roots, problems, missing };
}
