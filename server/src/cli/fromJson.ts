// `report --from`: the decision map from `check --format json` outputs, one per repository, each read as data
// (checked shape, one-line error for anything else). A repository is named by its JSON file's name.

import { basename, dirname, relative, resolve, sep } from 'node:path';
import { STATUSES, type ConceptId, type Kind, type Status } from '../engine';
import type { ComparedState } from '../engine/compare';
import { describeError } from '../errors';
import { readRegularFile } from '../node/safeRead';
import { cellsFromJson, type JsonDiagnosticFacts } from '../report/jsonCells';
import { folderOf, type MapRecord } from '../report/model';
import { UsageError } from './args';

const MAX_JSON_BYTES = 512 * 1024 * 1024;

export interface FromJson {
  records: MapRecord[];
  personaCards: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function entryRecord(entry: Record<string, unknown>, repo: string, href: string | undefined): MapRecord {
  const path = entry.path as string;
  const kind = entry.kind as Kind;
  const status: Status = STATUSES.includes(entry.status as Status) ? (entry.status as Status) : 'proposed';
  const diagnostics: JsonDiagnosticFacts[] = (Array.isArray(entry.diagnostics) ? entry.diagnostics : [])
    .filter(isObject)
    .map((d) => ({ rule: String(d.rule), message: String(d.message), line: Number(d.line) }));
  const states = (isObject(entry.concepts) ? entry.concepts : {}) as Partial<Record<ConceptId, ComparedState>>;
  const { cells, notes } = cellsFromJson(kind, status, states, diagnostics);
  const personas = Array.isArray(entry.personas) ? entry.personas.filter((p): p is string => typeof p === 'string') : [];
  return { path: `${repo}/${path}`, ...(href ? { href } : {}), kind, status, folder: `${repo}/${folderOf(path)}`, personas, cells, notes };
}

/** A persona card's id from its file name: `personas/shop-owner.md` and `shop-owner.persona.yaml` give `shop-owner`. */
export function cardId(path: string): string {
  return basename(path).replace(/\.(md|markdown|ya?ml)$/i, '').replace(/\.persona$/i, '');
}

export function readFromJson(files: string[], cwd: string, outDir: string): FromJson {
  const out: FromJson = { records: [], personaCards: [] };
  const used = new Set<string>();
  for (const file of files) {
    const abs = resolve(cwd, file);
    const read = readRegularFile(abs, { limit: MAX_JSON_BYTES });
    if (!read.ok) throw new UsageError(`--from ${file}: ${read.reason}`);
    if (!read.complete) throw new UsageError(`--from ${file}: larger than ${MAX_JSON_BYTES / 1024 / 1024} MB`);
    let data: unknown;
    try {
      data = JSON.parse(read.bytes.toString('utf8'));
    } catch (e) {
      throw new UsageError(`--from ${file}: not JSON (${describeError(e)})`);
    }
    if (!isObject(data) || data.version !== 1 || !Array.isArray(data.files)) throw new UsageError(`--from ${file}: not the output of "customer-lens check --format json" (version 1, files)`);
    let repo = basename(abs).replace(/\.json$/i, '') || 'repository';
    for (let n = 2; used.has(repo); n++) repo = `${repo.replace(/-\d+$/, '')}-${n}`;
    used.add(repo);
    for (const entry of data.files) {
      if (!isObject(entry) || typeof entry.path !== 'string') throw new UsageError(`--from ${file}: a file entry without a path`);
      if (entry.kind === 'persona') out.personaCards.push(cardId(entry.path));
      if (entry.kind !== 'decision' && entry.kind !== 'spec') continue;
      // The check ran where its JSON was written: the link goes from the report's folder to the file there.
      const href = relative(outDir, resolve(dirname(abs), entry.path)).split(sep).join('/');
      out.records.push(entryRecord(entry, repo, href));
    }
  }
  return out;
}
