// Reads a document from disk for the CLI: only regular files (through readRegularFile), binary files refused,
// invalid UTF-8 checked with replacement characters and said so, and files over the size limit not read.

import { isUtf8 } from 'node:buffer';
import { MAX_FILE_BYTES } from '../engine';
import { readRegularFile, type Root } from './safeRead';

export type ReadResult =
  | { ok: true; text: string; byteLength: number; note?: string }
  /** `reason` is the whole note: `binary file, not checked`, `not a regular file (fifo), not checked`. */
  | { ok: false; reason: string };

const lenient = new TextDecoder('utf-8');
/** A NUL byte among the first 8,000 bytes, as git tells binary files. */
export const BINARY_SNIFF = 8000;

function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, BINARY_SNIFF).includes(0);
}

/** `root`: the folder a document found by discovery must stay in; none for a path the user named. */
export function readDocument(path: string, root?: Root): ReadResult {
  const read = readRegularFile(path, { limit: MAX_FILE_BYTES, head: BINARY_SNIFF, within: root ? [root] : undefined });
  if (!read.ok) return { ok: false, reason: `${read.reason}, not checked` };
  return decodeDocument(read.bytes, read.size, read.complete);
}

/** A document's text from its bytes (all of them, or the head of a file of `size` bytes when not `complete`). */
export function decodeDocument(bytes: Buffer, size: number, complete: boolean): ReadResult {
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file, not checked' };
  // Above the limit only the head was read: the engine reports the size and reads no text.
  if (!complete) return { ok: true, text: '', byteLength: size };
  // Valid UTF-8 (nearly every file) is decoded as it is; anything else with replacement characters.
  if (!isUtf8(bytes)) return { ok: true, text: lenient.decode(bytes), byteLength: size, note: 'not valid UTF-8; checked with replacement characters' };
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text, byteLength: size };
}
