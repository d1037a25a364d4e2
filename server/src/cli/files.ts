// Turns the CLI's paths, folders and globs into files. Walks skip node_modules and .git, never follow a
// link out of the root they were given, and visit each real folder once, so link loops end.

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Glob } from '../engine';

const SKIP_DIRS = new Set(['node_modules', '.git']);
const CHECKED_EXTENSIONS = /\.(?:md|markdown|ya?ml)$/i;

export interface Collected {
  files: string[];
  /** One-line problems: a path that does not exist, a folder that cannot be read. */
  problems: string[];
  missing: boolean;
}

function isInside(child: string, root: string): boolean {
  return child === root || child.startsWith(root.endsWith(sep) ? root : root + sep);
}

function walk(root: string, out: Set<string>, problems: string[], accept: (path: string) => boolean): void {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    problems.push(`cannot read folder ${root}`);
    return;
  }
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
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
        if (!SKIP_DIRS.has(e.name)) stack.push(path);
      } else if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path);
        } catch {
          continue; // a dangling link
        }
        if (!isInside(target, realRoot)) continue;
        const st = statSync(target, { throwIfNoEntry: false });
        if (st?.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) stack.push(path);
        } else if (st?.isFile() && CHECKED_EXTENSIONS.test(e.name) && accept(path)) out.add(path);
      } else if (e.isFile() && CHECKED_EXTENSIONS.test(e.name) && accept(path)) out.add(path);
    }
  }
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

export function collectFiles(args: string[], cwd: string): Collected {
  const out = new Set<string>();
  const problems: string[] = [];
  let missing = false;
  for (const arg of args.length > 0 ? args : ['.']) {
    const abs = resolve(cwd, arg);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (st?.isFile()) out.add(abs);
    else if (st?.isDirectory()) walk(abs, out, problems, () => true);
    else if (hasGlobSyntax(arg)) {
      const base = resolve(cwd, globBase(arg.replace(/\\/g, '/')));
      let glob: Glob;
      try {
        glob = new Glob(relative(cwd, resolve(cwd, arg)).split(sep).join('/'));
      } catch (e) {
        problems.push(`invalid glob ${arg}: ${e instanceof Error ? e.message : String(e)}`);
        missing = true;
        continue;
      }
      const before = out.size;
      if (statSync(base, { throwIfNoEntry: false })?.isDirectory()) {
        walk(base, out, problems, (p) => glob.matches(relative(cwd, p).split(sep).join('/')));
      }
      if (out.size === before) problems.push(`no files match ${arg}`);
    } else {
      problems.push(`no such file or folder: ${arg}`);
      missing = true;
    }
  }
  return { files: [...out], problems, missing };
}
