// The host files for clients that do not read files for the server (Emacs, Neovim over stdio): `file:` URIs
// read from disk, inside the workspace folders only (a link out of them is refused), through readRegularFile.
// findFiles walks the folders as the CLI does: node_modules and .git skipped, .gitignore and
// .customer-lensignore obeyed, link loops ended, and only documents (.md, .markdown, .yaml, .yml) listed.

import { realpathSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectFiles } from '../cli/files';
import { IgnoreRules } from '../cli/ignore';
import { Glob, MAX_FILE_BYTES } from '../engine';
import type { HostFiles } from '../lsp/files';
import { MAX_FOUND_FILES } from '../lsp/protocol';
import { BINARY_SNIFF, decodeDocument } from './readDocument';
import { isInside, readRegularFile, Root } from './safeRead';

/** A file: URI's path, or undefined for any other URI. */
function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

function globOrUndefined(source: string | undefined): Glob | undefined {
  try {
    return source === undefined ? undefined : new Glob(source);
  } catch {
    return undefined;
  }
}

/** `folders` gives the workspace folders' URIs at the time of each call. */
export function diskFiles(folders: () => readonly string[]): HostFiles {
  const roots = new Map<string, Root>();
  const currentRoots = (): Root[] => {
    const out: Root[] = [];
    for (const uri of folders()) {
      const path = filePath(uri);
      if (path === undefined) continue;
      let root = roots.get(path);
      if (!root) roots.set(path, (root = new Root(path)));
      out.push(root);
    }
    return out;
  };
  /** The path of a file: URI whose real path lies inside a workspace folder. */
  const insidePath = (uri: string): string | undefined => {
    const path = filePath(uri);
    if (path === undefined) return undefined;
    try {
      const real = realpathSync(path);
      return currentRoots().some((r) => isInside(real, r.real())) ? real : undefined;
    } catch {
      return undefined;
    }
  };
  /** One walk per folder for all the calls of one turn (the index asks for each kind's globs at once). */
  const walks = new Map<string, string[]>();
  const documentsIn = (root: Root): string[] => {
    let files = walks.get(root.path);
    if (!files) {
      files = collectFiles([root.path], root.path, new IgnoreRules(root.path)).files.map((f) => f.path);
      walks.set(root.path, files);
      setImmediate(() => walks.delete(root.path));
    }
    return files;
  };
  return {
    readText: async (uri) => {
      const path = filePath(uri);
      const within = currentRoots();
      if (path === undefined || within.length === 0) return undefined;
      const read = readRegularFile(path, { limit: MAX_FILE_BYTES, head: BINARY_SNIFF, within });
      if (!read.ok || !read.complete) return undefined;
      const doc = decodeDocument(read.bytes, read.size, true);
      return doc.ok ? doc.text : undefined;
    },
    stat: async (uri) => {
      const path = insidePath(uri);
      if (path === undefined) return undefined;
      try {
        const st = statSync(path);
        return { type: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other', size: st.size };
      } catch {
        return undefined;
      }
    },
    findFiles: async (include, exclude) => {
      const glob = globOrUndefined(include);
      const without = globOrUndefined(exclude);
      if (!glob) return [];
      const found: string[] = [];
      for (const root of currentRoots()) {
        for (const path of documentsIn(root)) {
          const rel = relative(root.path, path).split(sep).join('/');
          if (!glob.matches(rel) || without?.matches(rel)) continue;
          found.push(pathToFileURL(path).href);
          if (found.length >= MAX_FOUND_FILES) return found.sort();
        }
      }
      return found.sort();
    },
  };
}
