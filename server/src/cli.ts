// The `customer-lens` command: argv -> files -> engine -> stylish | json | sarif | github; exit code.

import { appendFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { version } from '../../package.json';
import { checkPaths, summarise, type CheckRun } from './cli/check';
import { changedSince, GitError } from './cli/git';
import { formatGithub, githubStepSummary } from './cli/github';
import { formatMarkdown } from './cli/markdown';
import { formatJson } from './cli/json';
import { formatSarif } from './cli/sarif';
import { formatStylish } from './cli/stylish';

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: customer-lens check [paths or globs...] [--format stylish|json|sarif|github|markdown] [--config FILE]
                            [--max-warnings N] [--since GIT_REF]

Checks decision records and specs for the customer: who they are, the problem solved, the impact on them,
the value created, their voice, success as they feel it, and following up with them.

Exit codes: 0 no errors, 1 errors found or too many warnings, 2 usage or configuration error.`;

export class UsageError extends Error {}

export interface CliOptions {
  paths: string[];
  format: Format;
  config?: string;
  maxWarnings?: number;
  since?: string;
}

export function parseArgs(argv: string[]): CliOptions | 'help' | 'version' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (argv.includes('--version') || argv.includes('-v')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}": use "customer-lens check"` : 'missing command: use "customer-lens check [paths...]"');
  const options: CliOptions = { paths: [], format: 'stylish' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format' || flag === '-f') {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}": use ${FORMATS.join(', ')}`);
      options.format = f as Format;
    } else if (flag === '--config' || flag === '-c') options.config = value();
    else if (flag === '--since') options.since = value();
    else if (flag === '--max-warnings') {
      const v = value();
      const n = Number(v);
      if (!/^-?\d+$/.test(v) || n < -1) throw new UsageError(`--max-warnings needs a whole number, not "${v}"`);
      options.maxWarnings = n < 0 ? undefined : n;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
    else options.paths.push(arg);
  }
  return options;
}

/** With --since, paths narrow the changed files to those folders or files. */
function underAny(file: string, paths: string[], cwd: string): boolean {
  if (paths.length === 0) return true;
  return paths.some((p) => {
    const rel = relative(resolve(cwd, p), file);
    return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
  });
}

export function exitCode(run: CheckRun, maxWarnings: number | undefined): number {
  if (run.usageError || run.configError) return 2;
  const s = summarise(run.files.filter((f) => f.kind !== 'config'));
  if (s.errors > 0) return 1;
  if (maxWarnings !== undefined && s.warnings > maxWarnings) return 1;
  return 0;
}

export function render(run: CheckRun, options: CliOptions, colour: boolean): string {
  switch (options.format) {
    case 'json':
      return formatJson(run.files);
    case 'sarif':
      return formatSarif(run.files, version);
    case 'github':
      return formatGithub(run.files);
    case 'markdown':
      return formatMarkdown(run.files);
    default:
      return formatStylish(run.files, colour);
  }
}

export function main(argv: string[], cwd: string): number {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`customer-lens: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  let files: string[] | undefined;
  let filesRoot: string | undefined;
  if (options.since) {
    try {
      const changes = changedSince(options.since, cwd);
      files = changes.files.filter((f) => underAny(f, options.paths, cwd));
      filesRoot = changes.top;
    } catch (e) {
      process.stderr.write(`customer-lens: ${e instanceof GitError ? e.message : String(e)}\n`);
      return 2;
    }
  }
  const run = checkPaths(options.paths, { cwd, config: options.config, files, filesRoot });
  if (options.format === 'github' && process.env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubStepSummary(run.files));
    } catch (e) {
      run.notes.push(`cannot write the step summary: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output = render(run, options, colour);
  if (output.length > 0) process.stdout.write(`${output}\n`);
  for (const note of run.notes) process.stderr.write(`customer-lens: ${note}\n`);
  const code = exitCode(run, options.maxWarnings);
  if (options.maxWarnings !== undefined && code === 1) {
    const s = summarise(run.files);
    if (s.errors === 0) process.stderr.write(`customer-lens: ${s.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
  }
  return code;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2), process.cwd());
  } catch (e) {
    process.stderr.write(`customer-lens: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
