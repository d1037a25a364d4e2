// Reads a document from disk for the CLI: binary files are refused, invalid UTF-8 is checked with
// replacement characters and said so, and files over the size limit are not read at all.

import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../engine';

export type ReadResult =
  | { ok: true; text: string; byteLength: number; note?: string }
  | { ok: false; reason: string };

const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function readDocument(path: string): ReadResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    return { ok: false, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    if (size > MAX_FILE_BYTES) {
      // Look at the head only, to tell a binary file from a large document.
      const head = Buffer.alloc(8000);
      const fd = openSync(path, 'r');
      try {
        readSync(fd, head, 0, head.length, 0);
      } finally {
        closeSync(fd);
      }
      if (looksBinary(head)) return { ok: false, reason: 'binary file, not checked' };
      return { ok: true, text: '', byteLength: size };
    }
    const bytes = readFileSync(path);
    if (looksBinary(bytes)) return { ok: false, reason: 'binary file, not checked' };
    let text: string;
    let note: string | undefined;
    try {
      text = fatal.decode(bytes);
    } catch {
      text = lenient.decode(bytes);
      note = 'not valid UTF-8; checked with replacement characters';
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text, byteLength: size, note };
  } catch (e) {
    return { ok: false, reason: `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}
