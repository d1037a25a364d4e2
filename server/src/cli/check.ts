// Checks files from disk with the engine: one result per decision or spec, plus invalid config files.

import { basename, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES, createEngine, type Analysis, type ConceptId, type ConceptState, type Engine, type Finding, type Kind, type Status } from '../engine';
import { ConfigFinder } from '../node/configFiles';
import { readDocument } from '../node/readDocument';
import type { Root } from '../node/safeRead';
import { collectFiles, rootAt, type Candidate, type Collected } from './files';

export interface FileResult {
  /** Relative to the working directory, `/`-separated. */
  path: string;
  absPath: string;
  kind: Kind | 'config';
  status: Status | null;
  findings: Finding[];
  /** Each concept's state, for checklists; the parsed document is not kept, so memory stays flat. */
  checklist?: ChecklistEntry[];
}

export interface ChecklistEntry {
  concept: ConceptId;
  state: ConceptState;
  required: boolean;
}

export interface CheckRun {
  files: FileResult[];
  /** One-line notes for stderr: files skipped, paths missing, configs broken. */
  notes: string[];
  usageError: boolean;
  configError: boolean;
}

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel.length > 0 ? rel : abs).split(sep).join('/');
}

export interface CheckOptions {
  cwd: string;
  config?: string;
  /** Checks exactly these files, when given (e.g. from --since), instead of walking `paths`. */
  files?: string[];
  /** The folder `files` were found in (the repository's top level): a link out of it is not read. */
  filesRoot?: string;
}

/** What checking one file gives: its result (none when it is neither a decision nor a spec) and notes for stderr. */
interface FileOutcome {
  result?: FileResult;
  notes: string[];
}

/** Reads and checks one file with the config that applies to it. */
function checkFile(abs: string, root: Root | undefined, cwd: string, finder: ConfigFinder, engine: Engine): FileOutcome {
  const path = displayPath(abs, cwd);
  const read = readDocument(abs, root);
  if (!read.ok) return { notes: [`${path}: ${read.reason}`] };
  const cfg = finder.forFile(abs);
  const notes = read.note ? [`${path}: ${read.note}`] : [];
  const globPath = (cfg.dir ? relative(cfg.dir, abs) : path).split(sep).join('/');
  let analysis: Analysis;
  try {
    const input = { path: globPath, text: read.text, config: cfg.config, byteLength: read.byteLength };
    // Neither a decision nor a spec (a README, a template, notes): nothing to check, so its body is not read.
    if (!engine.hasKind(input)) return { notes };
    analysis = engine.analyze(input);
  } catch (e) {
    // The engine is fuzzed never to throw; if it ever does, one file fails and the rest are checked.
    notes.push(`${path}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return { notes };
  }
  if (!analysis.kind) return { notes };
  const checklist = analysis.concepts.map((c) => ({ concept: c.concept, state: c.state, required: c.required }));
  return { result: { path, absPath: abs, kind: analysis.kind, status: analysis.status, findings: analysis.findings, checklist }, notes };
}

/** Files given as a list (by --since), all found in `root`. */
function given(files: string[], root: string | undefined, cwd: string): Collected {
  const within = root ? rootAt(root, cwd) : undefined;
  const candidates: Candidate[] = files.map((path) => ({ path, root: within }));
  return { files: candidates, roots: within ? [within] : [], problems: [], missing: false };
}

export function checkPaths(paths: string[], options: CheckOptions): CheckRun {
  const { cwd } = options;
  const run: CheckRun = { files: [], notes: [], usageError: false, configError: false };
  const collected = options.files ? given(options.files, options.filesRoot, cwd) : collectFiles(paths, cwd);
  run.notes.push(...collected.problems);
  run.usageError = collected.missing;
  // A config file found by a walk or by git is read as a config (by the lookup, or --config), not as a document.
  const override = options.config ? resolve(cwd, options.config) : undefined;
  const isConfig = (c: Candidate) => c.root !== undefined && (CONFIG_FILE_NAMES.includes(basename(c.path)) || c.path === override);
  const files = collected.files.filter((c) => !isConfig(c)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const finder = new ConfigFinder(options.config, collected.roots);
  const engine = createEngine();
  for (const { path, root } of files) {
    const outcome = checkFile(path, root, cwd, finder, engine);
    run.notes.push(...outcome.notes);
    if (outcome.result) run.files.push(outcome.result);
  }
  run.notes.push(...finder.notes());
  for (const cfg of finder.all()) {
    if (cfg.findings.length === 0 || !cfg.path) continue;
    run.configError = true;
    const path = displayPath(cfg.path, cwd);
    const first = cfg.findings[0];
    const more = cfg.findings.length > 1 ? ` (and ${cfg.findings.length - 1} more)` : '';
    const defaults = first.message.endsWith('the defaults apply') ? '' : '; the defaults apply';
    run.notes.push(`invalid config ${path}:${first.range.start.line + 1}: ${first.message}${more}${defaults}`);
    run.files.push({ path, absPath: cfg.path, kind: 'config', status: null, findings: cfg.findings });
  }
  return run;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function summarise(files: FileResult[]): Summary {
  const s: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of files) {
    for (const d of f.findings) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else if (d.severity === 'info') s.infos++;
      else s.hints++;
    }
  }
  return s;
}
