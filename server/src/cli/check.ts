// Checks files from disk (and stdin) with the engine: one result per decision or spec, plus invalid config
// files; with --fix, each file gets its missing sections first and is checked as it is then.

import { basename, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAMES, createEngine, type Analysis, type ConceptId, type ConceptState, type Engine, type Finding, type Kind, type Status } from '../engine';
import { ConfigFinder } from '../node/configFiles';
import { describeError } from '../errors';
import { decodeDocument, readDocument, type ReadResult } from '../node/readDocument';
import { isInside, type Root } from '../node/safeRead';
import { collectFiles, rootAt, type Candidate, type Collected } from './files';
import { recordFacts } from '../report/fromAnalysis';
import { fixFile } from './fix';
import { ignoreTop, IgnoreRules } from './ignore';
import { CliPersonaIndex } from './personas';

export interface FileResult {
  /** Relative to the working directory, `/`-separated. */
  path: string;
  absPath: string;
  /** A persona card is listed (for its findings) but is no record: it has no status or checklist. */
  kind: Kind | 'persona' | 'config';
  status: Status | null;
  findings: Finding[];
  /** The persona ids a record references (by key or by link); none for a card or a config file. */
  personas?: string[];
  /** Each concept's state, for checklists; the parsed document is not kept, so memory stays flat. */
  checklist?: ChecklistEntry[];
  /** What the decision map shows besides the checklist: the title, front matter `date:`, silenced findings. */
  title?: string;
  date?: string;
  suppressed?: { rule: string; concept?: ConceptId; reason: string }[];
  /** With --since: the record at the merge base, or null when the change adds it. */
  base?: BaseRecord | null;
}

export interface BaseRecord {
  status: Status;
  checklist: ChecklistEntry[];
}

export interface ChecklistEntry {
  concept: ConceptId;
  state: ConceptState;
  required: boolean;
  /** The heading, label or key that named the concept, and its 1-based line: why it counts. */
  label?: string;
  line?: number;
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
  /** The engine to check with; a new one by default. */
  engine?: Engine;
  /** Adds the missing required sections to each file before it is reported. */
  fix?: boolean;
  /** A document read from stdin, and the path it stands for (which decides its kind and config). */
  stdin?: StdinDocument;
}

export interface StdinDocument {
  bytes: Buffer;
  /** The whole input's size: more than `bytes` holds when the input was above the size limit. */
  size: number;
  filename?: string;
}

/** How stdin is named when --stdin-filename does not say. */
export const STDIN_PATH = '<stdin>';

/** What checking one file gives: its result (none when it is no record and no persona card) and notes for stderr. */
interface FileOutcome {
  result?: FileResult;
  notes: string[];
}

/** A document to check: a file, read when its turn comes (so one file's text is held at a time), or stdin. */
interface Source {
  abs: string;
  path: string;
  read: () => ReadResult;
  /** Where a file found by discovery must stay; absent for a named file and stdin. */
  root?: Root;
  stdin: boolean;
}

/** The path a document's kind globs match: from its config's folder, else from `base`, else as shown. */
export function globPathOf(abs: string, path: string, configDir: string | undefined, base: string): string {
  if (configDir) return below(configDir, abs);
  const fromBase = below(base, abs);
  return fromBase.startsWith('..') ? path : fromBase;
}

/** `path` relative to `dir`, `/`-separated; a plain cut when it lies inside (most do, and relative() resolves both). */
function below(dir: string, path: string): string {
  const rel = path !== dir && isInside(path, dir) ? path.slice(dir.endsWith(sep) ? dir.length : dir.length + 1) : relative(dir, path);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function checkFile(source: Source, finder: ConfigFinder, engine: Engine, base: string, fix: boolean, personas: CliPersonaIndex): FileOutcome {
  const { abs, path } = source;
  const read = source.read();
  if (!read.ok) return { notes: [`${path}: ${read.reason}`] };
  const cfg = finder.forFile(abs);
  const notes = read.note ? [`${path}: ${read.note}`] : [];
  const globPath = globPathOf(abs, path, cfg.dir, base);
  let analysis: Analysis;
  try {
    const input = { path: globPath, text: read.text, config: cfg.config, byteLength: read.byteLength, personaDirectory: personas.directoryFor(abs) };
    // Neither a decision nor a spec (a README, a template, notes): nothing to check, so its body is not read.
    if (!engine.hasKind(input)) {
      if (source.stdin) notes.push(`${path}: neither a decision record nor a spec by its path or front matter \`kind:\`, not checked`);
      return { notes };
    }
    analysis = engine.analyze(input);
    if (fix && !source.stdin && analysis.kind && !read.note) {
      const fixed = fixFile(abs, source.root, read.text, analysis);
      if (fixed && 'note' in fixed) notes.push(`${path}: ${fixed.note}`);
      else if (fixed) {
        notes.push(`${path}: added ${fixed.added.join(', ')}`);
        analysis = engine.analyze({ ...input, text: fixed.text, byteLength: Buffer.byteLength(fixed.text) });
      }
    }
  } catch (e) {
    // The engine is fuzzed never to throw; if it ever does, one file fails and the rest are checked.
    notes.push(`${path}: internal error: ${describeError(e)}`);
    return { notes };
  }
  if (analysis.persona) return { result: { path, absPath: abs, kind: 'persona', status: null, findings: analysis.findings, personas: [] }, notes };
  if (!analysis.kind) return { notes };
  const checklist = checklistEntries(analysis);
  const { title, date, suppressed } = recordFacts(analysis);
  const extra = { ...(title ? { title } : {}), ...(date ? { date } : {}), ...(suppressed.length > 0 ? { suppressed } : {}) };
  const ids = [...new Set(analysis.references.map((r) => r.id))];
  return { result: { path, absPath: abs, kind: analysis.kind, status: analysis.status, findings: analysis.findings, checklist, personas: ids, ...extra }, notes };
}

export function checklistEntries(analysis: Analysis): ChecklistEntry[] {
  return analysis.concepts.map((c): ChecklistEntry => ({
    concept: c.concept, state: c.state, required: c.required,
    ...(c.section ? { label: c.section.label, line: c.section.labelRange.start.line + 1 } : {}),
  }));
}

/**
 * The first pass, which keeps no text: the cards the persona globs find, then, when there are cards and a card
 * is among the files checked, every record's references (who uses each card). A workspace without cards costs
 * a path match per file.
 */
function indexPersonas(sources: Source[], checked: Source[], finder: ConfigFinder, engine: Engine, base: string): CliPersonaIndex {
  const index = new CliPersonaIndex();
  const read = (source: Source) => {
    const text = source.read();
    if (!text.ok) return;
    const cfg = finder.forFile(source.abs);
    index.add(source.abs, engine.personaFacts({ path: globPathOf(source.abs, source.path, cfg.dir, base), text: text.text, config: cfg.config, byteLength: text.byteLength }));
  };
  const isCard = (source: Source) => {
    const cfg = finder.forFile(source.abs);
    return engine.isCardPath(globPathOf(source.abs, source.path, cfg.dir, base), cfg.config);
  };
  const cards = sources.filter(isCard);
  cards.forEach(read);
  if (index.cardCount === 0 || !checked.some(isCard)) return index;
  for (const source of sources) if (!cards.includes(source)) read(source);
  index.complete = true;
  return index;
}

/** Files given as a list (by --since), all found in `root`; what the ignore files exclude is left out. */
function given(files: string[], root: string | undefined, cwd: string, rules: IgnoreRules): Collected {
  const within = root ? rootAt(root, cwd) : undefined;
  const top = ignoreTop(root ?? cwd);
  const candidates: Candidate[] = files.filter((path) => !rules.excludes(path, false, top)).map((path) => ({ path, root: within }));
  return { files: candidates, roots: within ? [within] : [], problems: [], missing: false };
}

function fromStdin(stdin: StdinDocument, cwd: string): Source {
  const abs = resolve(cwd, stdin.filename ?? STDIN_PATH);
  const complete = stdin.bytes.length === stdin.size;
  const read = decodeDocument(stdin.bytes, stdin.size, complete);
  return { abs, path: stdin.filename ? displayPath(abs, cwd) : STDIN_PATH, read: () => read, stdin: true };
}

export function checkPaths(paths: string[], options: CheckOptions): CheckRun {
  const { cwd } = options;
  const run: CheckRun = { files: [], notes: [], usageError: false, configError: false };
  const rules = new IgnoreRules(cwd);
  const nothing: Collected = { files: [], roots: [], problems: [], missing: false };
  const collected = options.files
    ? given(options.files, options.filesRoot, cwd, rules)
    : paths.length === 0 && options.stdin
      ? nothing
      : collectFiles(paths, cwd, rules);
  run.notes.push(...collected.problems, ...rules.notes);
  run.usageError = collected.missing;
  // A config file found by a walk or by git is read as a config (by the lookup, or --config), not as a document.
  const override = options.config ? resolve(cwd, options.config) : undefined;
  const isConfig = (c: Candidate) => c.root !== undefined && (CONFIG_FILE_NAMES.includes(basename(c.path)) || c.path === override);
  const stdin = options.stdin ? fromStdin(options.stdin, cwd) : undefined;
  const files = collected.files
    .filter((c) => !isConfig(c) && c.path !== stdin?.abs)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const finder = new ConfigFinder(options.config, collected.roots);
  const engine = options.engine ?? createEngine();
  const base = ignoreTop(cwd);
  const sourceOf = ({ path, root }: Candidate): Source => ({ abs: path, path: displayPath(path, cwd), read: () => readDocument(path, root), root, stdin: false });
  const sources: Source[] = files.map(sourceOf);
  if (stdin) sources.unshift(stdin);
  // With --since the changed files are checked against the repository's cards and records.
  const repository = options.files && options.filesRoot ? collectFiles([options.filesRoot], cwd, new IgnoreRules(cwd)).files : undefined;
  const indexed: Source[] = repository
    ? [...(stdin ? [stdin] : []), ...repository.filter((c) => !isConfig(c)).map(sourceOf)]
    : sources;
  // A finder of its own: a file the check cannot read gets its one note from the check, not from this pass.
  const personas = indexPersonas(indexed, sources, new ConfigFinder(options.config, collected.roots), engine, base);
  for (const source of sources) {
    const outcome = checkFile(source, finder, engine, base, options.fix === true, personas);
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
