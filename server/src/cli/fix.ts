// `--fix`: writes every missing required section into the file, as the editor's "add all" quick fix does (the
// same edit, from lsp/sections.ts), in the file's own line endings and with its byte order mark kept. A file is
// written only when its bytes on disk are still exactly the text that was checked, so a file that is not valid
// UTF-8, is above the size limit or changed meanwhile is left as it is.

import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, realpathSync, writeSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_FILE_BYTES, type Analysis, type ConceptId } from '../engine';
import { addSectionsEdit, missingConcepts } from '../lsp/sections';
import { errorCode } from '../node/errors';
import { isInside, readRegularFile, type Root } from '../node/safeRead';

export type Fixed = { text: string; added: ConceptId[] } | { note: string } | undefined;

const BOM = '\ufeff';

/** Adds the sections `analysis` finds missing to the file at `path`, whose checked text was `text`. */
export function fixFile(path: string, root: Root | undefined, text: string, analysis: Analysis): Fixed {
  const added = missingConcepts(analysis);
  if (added.length === 0) return undefined;
  const read = readRegularFile(path, { limit: MAX_FILE_BYTES, within: root ? [root] : undefined });
  if (!read.ok || !read.complete || !isUtf8(read.bytes)) return { note: 'not fixed: not a complete UTF-8 text file' };
  const onDisk = read.bytes.toString('utf8');
  const bom = onDisk.startsWith(BOM);
  if ((bom ? onDisk.slice(1) : onDisk) !== text) return { note: 'not fixed: the file changed while it was checked' };
  const edit = addSectionsEdit(analysis, added);
  if (text.includes('\r\n')) edit.newText = edit.newText.replace(/\n/g, '\r\n');
  const fixed = TextDocument.applyEdits(TextDocument.create('file:///fix', 'markdown', 0, text), [edit]);
  const problem = writeRegularFile(path, root, Buffer.from(bom ? BOM + fixed : fixed, 'utf8'));
  return problem ? { note: `not fixed: ${problem}` } : { text: fixed, added };
}

// A FIFO opened for writing without a reader fails at once (ENXIO) instead of blocking.
const WRITE_FLAGS = constants.O_WRONLY | constants.O_TRUNC | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Writes a file as it was read: a file found by a walk only at its real path inside the walk's root. */
function writeRegularFile(path: string, root: Root | undefined, bytes: Buffer): string | undefined {
  let fd: number;
  try {
    let target = path;
    let flags = WRITE_FLAGS;
    if (root) {
      target = realpathSync.native(path);
      if (!isInside(target, root.real())) return `links outside ${root.shown}`;
      flags |= constants.O_NOFOLLOW ?? 0;
    }
    fd = openSync(target, flags);
  } catch (e) {
    return `cannot write (${errorCode(e)})`;
  }
  try {
    if (!fstatSync(fd).isFile()) return 'not a regular file';
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    return undefined;
  } catch (e) {
    return `cannot write (${errorCode(e)})`;
  } finally {
    closeSync(fd);
  }
}
