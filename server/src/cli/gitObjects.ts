// Reads many blobs with one `git cat-file --batch`: one process for a pull request's base versions or for
// every version of every record in a repository's history. No filters or textconv run: the bytes as stored.

import { GitError, type Repository } from './git';

/**
 * The content of each object named (an object id, or `<commit>:<path>`), in order; null for one that does not
 * exist or is not a blob. Names with a new line cannot be asked for and get null too.
 */
export function readObjects(repo: Repository, names: readonly string[]): (Buffer | null)[] {
  const asked = names.map((n) => !/[\r\n]/.test(n));
  const input = names.filter((_, i) => asked[i]).map((n) => `${n}\n`).join('');
  const out = input.length > 0 ? repo.run(['cat-file', '--batch'], input) : Buffer.alloc(0);
  const read: (Buffer | null)[] = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    if (!asked[i]) {
      read.push(null);
      continue;
    }
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) throw new GitError(`git cat-file stopped early, at ${names[i]}`);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    // `<oid> <type> <size>` then the content and a new line; `<name> missing` (or ambiguous) alone.
    const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
    if (!m) {
      read.push(null);
      continue;
    }
    const size = Number(m[2]);
    read.push(m[1] === 'blob' ? out.subarray(at, at + size) : null);
    at += size + 1;
  }
  return read;
}
