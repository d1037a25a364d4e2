// Coverage over time: every record as it was at each commit that changed it, from two git processes (one
// `git log --raw` for the changes and their blob ids, one `git cat-file --batch` for the blobs), each version
// checked with the config that applies to the record now. First-parent history: a merge counts once.

import { relative, resolve, sep } from 'node:path';
import { createEngine, MAX_FILE_BYTES, requiredCount } from '../engine';
import { ConfigFinder } from '../node/configFiles';
import { decodeDocument } from '../node/readDocument';
import type { HistoryPoint } from '../report/model';
import { checklistEntries, globPathOf } from './check';
import { rootAt } from './files';
import type { Repository } from './git';
import { readObjects } from './gitObjects';

interface Change {
  path: string;
  /** The blob after the commit; null when the commit deleted the file. */
  blob: string | null;
}

interface LoggedCommit {
  commit: string;
  date: string;
  changes: Change[];
}

export interface History {
  points: HistoryPoint[];
  /** Each file's last commit date (YYYY-MM-DD), by absolute path. */
  lastChanged: Map<string, string>;
}

const ZERO = /^0+$/;

/** Parses `git log --raw -z --format=%x01%H %cI`: a header, then `:modes ids status` and a path, per change. */
function parseLog(out: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  for (const chunk of out.split('\x01')) {
    if (chunk.length === 0) continue;
    const end = chunk.indexOf('\0');
    const [commit, date] = chunk.slice(0, end).split(' ');
    const fields = chunk.slice(end + 1).replace(/^\n/, '').split('\0');
    const changes: Change[] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const [, newMode, , newBlob] = fields[i].slice(1).split(' ');
      // Regular files only: links, submodules and deletions' modes are not records.
      if (ZERO.test(newBlob)) changes.push({ path: fields[i + 1], blob: null });
      else if (newMode === '100644' || newMode === '100755') changes.push({ path: fields[i + 1], blob: newBlob });
    }
    commits.push({ commit, date, changes });
  }
  return commits;
}

/** The part of a glob before its first wildcard: git is asked for that folder, the kinds decide the rest. */
function pathspec(arg: string, cwd: string, top: string): string {
  const wild = arg.search(/[*?[{]/);
  const literal = wild < 0 ? arg : arg.slice(0, arg.lastIndexOf('/', wild) + 1);
  const rel = relative(top, resolve(cwd, literal || '.')).split(sep).join('/');
  return rel === '' ? '.' : rel;
}

export function readHistory(repo: Repository, paths: readonly string[], cwd: string, config?: string): History {
  const specs = paths.length > 0 ? paths.map((p) => pathspec(p, cwd, repo.top)) : ['.'];
  const log = repo.run(['log', '--first-parent', '--diff-merges=first-parent', '--reverse', '--raw', '--no-renames', '--no-abbrev', '-z', '--format=%x01%H %cI', 'HEAD', '--', ...specs]);
  const commits = parseLog(log.toString('utf8'));
  const ids = [...new Set(commits.flatMap((c) => c.changes.flatMap((ch) => (ch.blob ? [ch.blob] : []))))];
  const blobs = readObjects(repo, ids);
  const content = new Map(ids.map((id, i) => [id, blobs[i]]));
  const finder = new ConfigFinder(config, [rootAt(repo.top, cwd)]);
  const engine = createEngine();
  const current = new Map<string, { present: number; required: number }>();
  const lastChanged = new Map<string, string>();
  const points: HistoryPoint[] = [];
  let present = 0;
  let required = 0;
  for (const { commit, date, changes } of commits) {
    let touched = false;
    for (const change of changes) {
      const abs = resolve(repo.top, change.path);
      const was = current.get(change.path);
      const now = change.blob ? measure(abs, change.path, content.get(change.blob) ?? null) : undefined;
      if (!was && !now) continue;
      touched = true;
      if (was) {
        present -= was.present;
        required -= was.required;
        current.delete(change.path);
      }
      if (now) {
        present += now.present;
        required += now.required;
        current.set(change.path, now);
        lastChanged.set(abs, date.slice(0, 10));
      }
    }
    if (touched) points.push({ date, commit, records: current.size, present, required });
  }
  return { points, lastChanged };

  function measure(abs: string, path: string, bytes: Buffer | null): { present: number; required: number } | undefined {
    if (!bytes) return undefined;
    const read = decodeDocument(bytes, bytes.length, bytes.length <= MAX_FILE_BYTES);
    if (!read.ok) return undefined;
    const cfg = finder.forFile(abs);
    const input = { path: globPathOf(abs, path, cfg.dir, repo.top), text: read.text, config: cfg.config, byteLength: read.byteLength };
    if (!engine.hasKind(input)) return undefined;
    const analysis = engine.analyze(input);
    if (!analysis.kind) return undefined;
    return requiredCount(checklistEntries(analysis));
  }
}
