// What folder walks skip: `.gitignore` and `.customer-lensignore` (same syntax, read after .gitignore so it can
// bring a file back), read as git reads .gitignore: each file's patterns apply to its folder and below, a deeper
// file's patterns win, and nothing inside an ignored folder comes back. The files count from the repository's
// top level (the nearest folder above holding `.git`) down; outside a repository, from the folder walked.
// Patterns are matched by the `ignore` package, as ESLint and markdownlint-cli2 match them.

import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isInside, readRegularFile, Root } from '../node/safeRead';

export const IGNORE_FILE_NAMES = ['.gitignore', '.customer-lensignore'] as const;
/** Larger ignore files are not read (and said so): a real one is a few kilobytes. */
const MAX_IGNORE_BYTES = 1024 * 1024;
const QUIET = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG']);

/** The folder whose ignore files count first for `folder`: the repository's top level, or `folder` itself. */
export function ignoreTop(folder: string): string {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return folder;
  }
}

const slashes = (p: string) => p.split(sep).join('/');

export class IgnoreRules {
  /** One-line notes: ignore files that could not be read. */
  readonly notes: string[] = [];
  private readonly rules = new Map<string, Ignore | null>();
  /** Per folder (and top): whether it is skipped, and the ignore files that apply inside it, from the top down. */
  private readonly folders = new Map<string, { skipped: boolean; applying: [string, Ignore][] }>();

  constructor(private readonly cwd: string) {}

  /** Whether a walk skips `path` (a folder or a file whose folder it did not skip), counting from `top`. */
  skips(path: string, isFolder: boolean, top: string): boolean {
    if (path === top) return false;
    return isFolder ? this.folder(path, top).skipped : this.decide(path, false, top);
  }

  /** Whether a path reached without a walk (named, or listed by git) lies in a skipped folder or is skipped itself. */
  excludes(path: string, isFolder: boolean, top: string): boolean {
    if (path === top || !isInside(path, top)) return false;
    return this.insideSkipped(dirname(path), top) || this.skips(path, isFolder, top);
  }

  private insideSkipped(dir: string, top: string): boolean {
    if (dir === top || !isInside(dir, top)) return false;
    return this.folder(dir, top).skipped || this.insideSkipped(dirname(dir), top);
  }

  /** A folder's verdict and the ignore files that apply inside it, each folder worked out once. */
  private folder(dir: string, top: string): { skipped: boolean; applying: [string, Ignore][] } {
    const key = `${top}\0${dir}`;
    let f = this.folders.get(key);
    if (f === undefined) {
      const parent = dir === top || dirname(dir) === dir ? [] : this.folder(dirname(dir), top).applying;
      const skipped = dir === top ? false : this.verdict(dir, true, parent);
      // A walk that starts inside a skipped folder (a glob's base) still reads the folder's own ignore files.
      const own = this.rulesIn(dir, top);
      f = { skipped, applying: own ? [...parent, [dir, own]] : parent };
      this.folders.set(key, f);
    }
    return f;
  }

  /** The last word of the ignore files from `top` down to the folder holding `path`. */
  private decide(path: string, isFolder: boolean, top: string): boolean {
    return this.verdict(path, isFolder, this.folder(dirname(path), top).applying);
  }

  private verdict(path: string, isFolder: boolean, applying: [string, Ignore][]): boolean {
    let skipped = false;
    for (const [dir, rules] of applying) {
      const verdict = rules.test(slashes(relative(dir, path)) + (isFolder ? '/' : ''));
      if (verdict.ignored) skipped = true;
      else if (verdict.unignored) skipped = false;
    }
    return skipped;
  }

  private rulesIn(dir: string, top: string): Ignore | null {
    let rules = this.rules.get(dir);
    if (rules !== undefined) return rules;
    rules = null;
    for (const name of IGNORE_FILE_NAMES) {
      const file = join(dir, name);
      const read = readRegularFile(file, { limit: MAX_IGNORE_BYTES, within: [new Root(top)] });
      if (!read.ok) {
        // None there, or a folder whose path is too long (the walk says so): nothing to apply.
        if (!QUIET.has(read.code ?? '')) this.notes.push(`${this.shown(file)}: ${read.reason}; its patterns do not apply`);
        continue;
      }
      if (!read.complete) {
        this.notes.push(`${this.shown(file)}: larger than ${MAX_IGNORE_BYTES / 1024 / 1024} MiB, not read; its patterns do not apply`);
        continue;
      }
      rules ??= ignore();
      rules.add(read.bytes.toString('utf8'));
    }
    this.rules.set(dir, rules);
    return rules;
  }

  private shown(path: string): string {
    return slashes(relative(this.cwd, path)) || path;
  }
}
