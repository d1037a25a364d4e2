// One check and its output, shared by the command line (cli.ts) and the GitHub Action (action.ts): the files the
// options name, --since through git, the engine; the exit code; the chosen format.

import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { createEngine } from '../engine';
import { isInside } from '../node/safeRead';
import { UsageError, type CliOptions } from './args';
import { checkPaths, summarise, type CheckRun, type StdinDocument } from './check';
import { attachBase } from './base';
import { changedSince, GitError, type Changes } from './git';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatLine } from './line';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

/** With --since, paths narrow the changed files to those folders or files. */
function underAny(file: string, paths: string[], cwd: string): boolean {
  if (paths.length === 0) return true;
  return paths.some((p) => isInside(file, resolve(cwd, p)));
}

/** One check of the files the options name (and the document on stdin): a git failure is a UsageError. */
export function runCheck(options: CliOptions, cwd: string, stdin?: StdinDocument): CheckRun {
  let files: string[] | undefined;
  let filesRoot: string | undefined;
  let changes: Changes | undefined;
  if (options.since) {
    try {
      changes = changedSince(options.since, cwd);
      files = changes.files.filter((f) => underAny(f, options.paths, cwd));
      filesRoot = changes.top;
    } catch (e) {
      throw new UsageError(e instanceof GitError ? e.message : String(e));
    }
  }
  const engine = createEngine();
  const run = checkPaths(options.paths, { cwd, config: options.config, files, filesRoot, fix: options.fix, stdin, engine });
  if (changes) {
    try {
      attachBase(run, changes, engine, cwd, options.config);
    } catch (e) {
      throw new UsageError(e instanceof GitError ? e.message : String(e));
    }
  }
  return run;
}

export function exitCode(run: CheckRun, maxWarnings: number | undefined): number {
  if (run.usageError || run.configError) return 2;
  const s = summarise(run.files.filter((f) => f.kind !== 'config'));
  if (s.errors > 0) return 1;
  if (maxWarnings !== undefined && s.warnings > maxWarnings) return 1;
  return 0;
}

export interface RenderOptions {
  colour: boolean;
  width: number;
  exitCode: number;
  /** Stylish: each file's checklist under its findings. */
  explain?: boolean;
}

export function render(run: CheckRun, format: CliOptions['format'], options: RenderOptions): string {
  switch (format) {
    case 'json':
      return formatJson(run.files);
    case 'sarif':
      return formatSarif(run.files, version);
    case 'github':
      return formatGithub(run.files);
    case 'markdown':
      return formatMarkdown(run.files);
    case 'junit':
      return formatJunit(run.files);
    case 'line':
      return formatLine(run.files);
    default:
      return formatStylish(run.files, options);
  }
}
