// `customer-lens report`: the files (or --from JSON outputs) -> the decision map's model -> one HTML file.
// Git, when the paths are in a repository, gives coverage over time and each record's last commit date.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { catalogFor } from '../engine';
import { cellsOf } from '../report/cells';
import { buildMap, folderOf, type DecisionMap, type HistoryPoint, type MapRecord } from '../report/model';
import { renderMap } from '../report/render';
import { conceptNames } from '../report/text';
import { UsageError } from './args';
import { checkPaths, type CheckRun, type FileResult } from './check';
import { cardId, readFromJson } from './fromJson';
import { GitError, openRepository } from './git';
import { readHistory, type History } from './history';
import type { ReportOptions } from './reportArgs';

export interface ReportRun {
  /** Absent when nothing was written: a path missing, a config invalid (exit code 2, the notes say why). */
  map?: DecisionMap;
  html?: string;
  /** The file written. */
  out: string;
  notes: string[];
  exitCode: number;
}

/** A checked file as a row of the map; its link is relative to the report's folder. */
export function recordOf(f: FileResult, href: string | undefined, date: string | undefined): MapRecord {
  const concepts = (f.checklist ?? []).map((c) => ({ concept: c.concept, state: c.state, required: c.required, ...(c.line !== undefined ? { line: c.line } : {}) }));
  const cells = cellsOf(concepts, f.findings, f.suppressed ?? []);
  return {
    path: f.path,
    ...(href ? { href } : {}),
    ...(f.title ? { title: f.title } : {}),
    kind: f.kind as MapRecord['kind'],
    status: f.status ?? 'proposed',
    folder: folderOf(f.path),
    personas: f.personas ?? [],
    ...(date ? { date } : {}),
    cells,
    notes: [],
  };
}

function history(options: ReportOptions, cwd: string): { history?: History; why?: string } {
  if (!options.history) return { why: catalogFor(options.lang).report.noHistoryAsked };
  try {
    const repo = openRepository(cwd, 'report');
    return { history: readHistory(repo, options.paths, cwd, options.config) };
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    return { why: e.message.replace(/^report: /, '') };
  }
}

interface MapSource {
  records: MapRecord[];
  personaCards: string[];
  history?: HistoryPoint[];
  noHistory?: string;
}

function fromFiles(options: ReportOptions, cwd: string, outDir: string, notes: string[]): MapSource | undefined {
  const run: CheckRun = checkPaths(options.paths, { cwd, config: options.config });
  notes.push(...run.notes);
  if (run.usageError || run.configError) return undefined;
  const past = history(options, cwd);
  const records = run.files
    .filter((f) => f.kind === 'decision' || f.kind === 'spec')
    .map((f) => {
      const href = relative(outDir, f.absPath).split(sep).join('/');
      return recordOf(f, /^[a-zA-Z]:/.test(href) ? undefined : href, f.date ?? past.history?.lastChanged.get(f.absPath));
    });
  const personaCards = run.files.filter((f) => f.kind === 'persona').map((f) => cardId(f.path));
  return { records, personaCards, history: past.history?.points, noHistory: past.why };
}

export function runReport(options: ReportOptions, cwd: string, today = new Date().toISOString().slice(0, 10)): ReportRun {
  const out = resolve(cwd, options.out);
  const outDir = dirname(out);
  const notes: string[] = [];
  const mapNotes: string[] = [];
  const t = catalogFor(options.lang).report;
  let input: MapSource | undefined;
  if (options.from.length > 0) {
    input = { ...readFromJson(options.from, cwd, outDir), noHistory: t.noHistoryMerged };
    mapNotes.push(t.mergedSuppressions, t.mergedDates);
  } else input = fromFiles(options, cwd, outDir, notes);
  if (!input) return { out, notes, exitCode: 2 };
  const sources = options.from.length > 0 ? options.from : options.paths.length > 0 ? options.paths : ['.'];
  const map = buildMap({ records: input.records, personaCards: input.personaCards, history: input.history, days: options.days, today, sources, notes: mapNotes });
  const html = renderMap(map, { conceptNames: conceptNames(options.lang), locale: options.lang, noHistory: input.noHistory });
  try {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(out, html);
  } catch (e) {
    throw new UsageError(`cannot write ${options.out}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const below = options.failUnder !== undefined && map.coverage.percent !== undefined && map.coverage.percent < options.failUnder;
  return { map, html, out, notes, exitCode: below ? 1 : 0 };
}
