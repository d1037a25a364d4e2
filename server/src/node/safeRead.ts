// The one way the CLI and the server read a file from disk (documents, config files, a gitfile): regular
// files only, a link found by discovery only where it stays inside its root, and never more than a limit.
//
// The file is opened non-blocking, so a FIFO never blocks the open, and its type is taken from the open
// handle (fstat), not from the path, so it cannot change between the check and the read. The size the file
// claims is not trusted: at most `limit + 1` bytes are read, whatever fstat said (procfs says 0).
// A root's real path and a discovered file's come from the system's realpath (`realpathSync.native`).

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { errorCode } from './errors';

/** A folder that files found by discovery (a walk, git, the config lookup) must resolve inside. */
export class Root {
  private resolved?: string;

  /** `path` as the user gave it (absolute); `shown` names it in notes. */
  constructor(readonly path: string, readonly shown: string = path) {}

  /** The folder's real path; throws what realpath throws. */
  real(): string {
    this.resolved ??= realpathSync.native(this.path);
    return this.resolved;
  }
}

export type FileRead =
  /** `complete` is false when the file holds more than the limit: `bytes` is then its first `head` bytes only. */
  | { ok: true; bytes: Buffer; size: number; complete: boolean }
  | Refusal;

/** Why a file was not read, in a few words (`not a regular file (fifo)`, `links outside docs`, `cannot read (ELOOP)`), and which kind of why. */
export interface Refusal {
  ok: false;
  refused: 'folder' | 'type' | 'outside' | 'error';
  reason: string;
  /** The system's error code, when `refused` is 'error'. */
  code?: string;
}

export interface ReadOptions {
  /** The most bytes read. */
  limit: number;
  /** Bytes kept of a file above the limit (to tell a binary file from a large document); 0 by default. */
  head?: number;
  /**
   * For a file found by discovery: its real path must lie inside one of these folders, or it is not opened
   * (the first one is named). Absent for a path the user named on the command line: that one is always read.
   */
  within?: readonly Root[];
}

// O_NONBLOCK and O_NOCTTY do not exist on Windows, which has no FIFOs to block on.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const CHUNK = 64 * 1024;

export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

function typeOf(st: Stats): string {
  if (st.isDirectory()) return 'folder';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice()) return 'character device';
  if (st.isBlockDevice()) return 'block device';
  return 'not a file';
}

function notRegular(st: Stats): Refusal {
  return st.isDirectory() ? { ok: false, refused: 'folder', reason: 'is a folder' } : { ok: false, refused: 'type', reason: `not a regular file (${typeOf(st)})` };
}

function failed(e: unknown): Refusal {
  const code = errorCode(e);
  return { ok: false, refused: 'error', reason: `cannot read (${code})`, code };
}

/** The path to open: the path itself, or for a discovered file its real path once checked against the roots. */
function resolveWithin(path: string, within: readonly Root[]): { path: string } | Refusal {
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch (e) {
    return failed(e);
  }
  for (const root of within) {
    try {
      if (isInside(real, root.real())) return { path: real };
    } catch {
      // A root that cannot be resolved holds nothing.
    }
  }
  return { ok: false, refused: 'outside', reason: `links outside ${within[0].shown}` };
}

export function readRegularFile(path: string, options: ReadOptions): FileRead {
  let target = path;
  let flags = OPEN_FLAGS;
  if (options.within && options.within.length > 0) {
    const resolved = resolveWithin(path, options.within);
    if (!('path' in resolved)) return resolved;
    // The real path has no link left in it: a link put there since is not followed.
    target = resolved.path;
    flags |= NO_FOLLOW;
  }
  let fd: number;
  try {
    fd = openSync(target, flags);
  } catch (e) {
    // A socket cannot be opened (ENXIO): say what it is.
    if (errorCode(e) === 'ENXIO' || errorCode(e) === 'EOPNOTSUPP') {
      try {
        return notRegular(statSync(target));
      } catch {
        // the open's own error, below
      }
    }
    return failed(e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return notRegular(st);
    const head = Math.min(options.head ?? 0, options.limit);
    if (st.size > options.limit) {
      const bytes = Buffer.alloc(head);
      const n = head > 0 ? readSync(fd, bytes, 0, head, 0) : 0;
      return { ok: true, bytes: bytes.subarray(0, n), size: st.size, complete: false };
    }
    // One byte more than the limit tells a file that holds more than it claimed.
    let buffer = Buffer.allocUnsafe(st.size + 1);
    let n = 0;
    for (;;) {
      if (n === buffer.length) {
        if (n > options.limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(options.limit + 1, Math.max(2 * buffer.length, CHUNK)));
        buffer.copy(bigger, 0, 0, n);
        buffer = bigger;
      }
      const got = readSync(fd, buffer, n, buffer.length - n, n);
      if (got === 0) break;
      n += got;
    }
    if (n > options.limit) return { ok: true, bytes: Buffer.from(buffer.subarray(0, head)), size: Math.max(st.size, n), complete: false };
    return { ok: true, bytes: buffer.subarray(0, n), size: n, complete: true };
  } catch (e) {
    return failed(e);
  } finally {
    closeSync(fd);
  }
}
