// Reads a document from disk for the CLI: binary files are refused, invalid UTF-8 is checked with
// replacement characters and said so, and files over the size limit are not read at all.

import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../engine';

export type ReadResult =
  | { ok: true; text: string; byteLength: number; note?: string }
  | { ok: false; reason: string };

const lenient = new TextDecoder('utf-8');

/** A NUL byte among the first 8,000 bytes, as git tells binary files. */
function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8000).includes(0);
}

export function readDocument(path: string): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    return { ok: false, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    // One open file for the size and the bytes: no second look-up of the path.
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) {
      // Look at the head only, to tell a binary file from a large document.
      const head = Buffer.alloc(8000);
      readSync(fd, head, 0, head.length, 0);
      if (looksBinary(head)) return { ok: false, reason: 'binary file, not checked' };
      return { ok: true, text: '', byteLength: size };
    }
    const bytes = readFileSync(fd);
    if (looksBinary(bytes)) return { ok: false, reason: 'binary file, not checked' };
    // Valid UTF-8 (nearly every file) is decoded as it is; anything else with replacement characters.
    if (!isUtf8(bytes)) return { ok: true, text: lenient.decode(bytes), byteLength: size, note: 'not valid UTF-8; checked with replacement characters' };
    let text = bytes.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text, byteLength: size };
  } catch (e) {
    return { ok: false, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    closeSync(fd);
  }
}
