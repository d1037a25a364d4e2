// `--since`: each changed record as it was at the merge base, read from git in one process and checked with
// the config that applies to it now. A file the change adds, or one that was no record then, has base null.

import { relative, sep } from 'node:path';
import { MAX_FILE_BYTES, type Engine } from '../engine';
import { ConfigFinder } from '../node/configFiles';
import { decodeDocument } from '../node/readDocument';
import { checklistEntries, globPathOf, type CheckRun } from './check';
import { rootAt } from './files';
import type { Changes } from './git';
import { readObjects } from './gitObjects';
import { ignoreTop } from './ignore';

export function attachBase(run: CheckRun, changes: Changes, engine: Engine, cwd: string, config?: string): void {
  const records = run.files.filter((f) => f.kind !== 'config');
  const rel = records.map((f) => relative(changes.top, f.absPath).split(sep).join('/'));
  const blobs = readObjects(changes.repo, rel.map((r) => `${changes.base}:${r}`));
  const finder = new ConfigFinder(config, [rootAt(changes.top, cwd)]);
  const top = ignoreTop(cwd);
  records.forEach((f, i) => {
    const bytes = blobs[i];
    const read = bytes ? decodeDocument(bytes, bytes.length, bytes.length <= MAX_FILE_BYTES) : undefined;
    if (!read || !read.ok) {
      f.base = null;
      return;
    }
    const cfg = finder.forFile(f.absPath);
    const analysis = engine.analyze({ path: globPathOf(f.absPath, f.path, cfg.dir, top), text: read.text, config: cfg.config, byteLength: read.byteLength });
    f.base = analysis.kind ? { status: analysis.status, checklist: checklistEntries(analysis) } : null;
  });
}
