// The GitHub Action (action.yml, bundled into dist-action/index.js): one check, in this process, that writes
// every output it was asked for: annotations (the `github` format's workflow commands on stdout), the step
// summary, the pull-request comment, the SARIF file and the step's outputs. Inputs come as INPUT_* variables,
// as the runner sets them; the working directory is the workspace.

import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { version } from '../../package.json';
import { UsageError, type CliOptions } from './cli/args';
import { summarise, type CheckRun } from './cli/check';
import { coverage } from './cli/coverage';
import { escapeData, formatGithub, githubStepSummary } from './cli/github';
import { formatMarkdown } from './cli/markdown';
import { formatSarif } from './cli/sarif';
import { runCheck } from './cli/run';
import { describeError } from './errors';

const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;
type FailLevel = (typeof FAIL_LEVELS)[number];

export interface ActionInputs {
  options: CliOptions;
  failLevel: FailLevel;
  commentFile?: string;
  sarifFile?: string;
}

/** An input as the runner passes it: INPUT_ and the name in capitals, spaces as underscores. */
function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** One path per line when there are several lines (so a path may hold spaces), else separated by spaces. */
function pathList(value: string): string[] {
  const parts = value.includes('\n') ? value.split(/\r?\n/) : value.split(/\s+/);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const failLevel = input(env, 'fail-level') || 'error';
  if (!(FAIL_LEVELS as readonly string[]).includes(failLevel)) throw new UsageError(`fail-level must be ${FAIL_LEVELS.join(', ')}, not "${failLevel}"`);
  const maxWarnings = input(env, 'max-warnings') || '-1';
  if (!/^-?\d+$/.test(maxWarnings) || Number(maxWarnings) < -1) throw new UsageError(`max-warnings must be a whole number (-1 for no limit), not "${maxWarnings}"`);
  const fix = input(env, 'fix') || 'false';
  if (fix !== 'true' && fix !== 'false') throw new UsageError(`fix must be true or false, not "${fix}"`);
  // On a pull request the default is the base branch, as actions/checkout fetched it.
  const since = input(env, 'since') || (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined);
  return {
    options: {
      paths: pathList(input(env, 'paths')),
      format: 'github',
      config: input(env, 'config') || undefined,
      maxWarnings: Number(maxWarnings) < 0 ? undefined : Number(maxWarnings),
      since,
      fix: fix === 'true',
      explain: false,
      stdin: false,
    },
    failLevel: failLevel as FailLevel,
    commentFile: input(env, 'comment-file') || undefined,
    sarifFile: input(env, 'sarif-file') || undefined,
  };
}

/** Why the step fails, or undefined when it passes. */
export function failure(run: CheckRun, inputs: ActionInputs): string | undefined {
  if (run.usageError) return 'a path that does not exist, or a glob that matches no file (see the messages above)';
  if (run.configError) return 'an invalid config file (see the messages above)';
  const s = summarise(run.files.filter((f) => f.kind !== 'config'));
  const counted = { error: s.errors, warning: s.errors + s.warnings, info: s.errors + s.warnings + s.infos, never: 0 }[inputs.failLevel];
  if (counted > 0) return `${s.errors} errors, ${s.warnings} warnings, ${s.infos} info; fail-level is ${inputs.failLevel}`;
  const max = inputs.options.maxWarnings;
  if (max !== undefined && s.warnings > max) return `${s.warnings} warnings, more than max-warnings ${max}`;
  return undefined;
}

function writeFile(path: string, text: string, cwd: string): void {
  const abs = resolve(cwd, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text.endsWith('\n') ? text : `${text}\n`);
}

/** Runs the Action; returns the process's exit code. */
export function runAction(env: NodeJS.ProcessEnv, cwd: string, out: (line: string) => void): number {
  let inputs: ActionInputs;
  let run: CheckRun;
  try {
    inputs = readInputs(env);
    run = runCheck(inputs.options, cwd);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    out(`::error title=Customer Lens::${escapeData(e.message)}`);
    return 1;
  }
  const annotations = formatGithub(run.files);
  if (annotations.length > 0) out(annotations);
  for (const note of run.notes) out(`::warning title=Customer Lens::${escapeData(note)}`);
  const problems: string[] = [];
  const attempt = (what: string, write: () => void) => {
    try {
      write();
    } catch (e) {
      problems.push(`cannot write ${what}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  };
  const files = run.files.filter((f) => f.kind !== 'config');
  if (env.GITHUB_STEP_SUMMARY) attempt('the step summary', () => appendFileSync(env.GITHUB_STEP_SUMMARY as string, githubStepSummary(run.files)));
  if (inputs.commentFile) attempt(inputs.commentFile, () => writeFile(inputs.commentFile as string, formatMarkdown(run.files), cwd));
  if (inputs.sarifFile) attempt(inputs.sarifFile, () => writeFile(inputs.sarifFile as string, formatSarif(run.files, version), cwd));
  if (env.GITHUB_OUTPUT) {
    const s = summarise(files);
    const outputs = { errors: s.errors, warnings: s.warnings, files: files.length, coverage: coverage(files).percent ?? '' };
    attempt('the step outputs', () => appendFileSync(env.GITHUB_OUTPUT as string, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join('')));
  }
  for (const p of problems) out(`::error title=Customer Lens::${escapeData(p)}`);
  const why = failure(run, inputs);
  if (why) out(`::error title=Customer Lens::${escapeData(why)}`);
  return why || problems.length > 0 ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = runAction(process.env, process.cwd(), (line) => process.stdout.write(`${line}\n`));
  } catch (e) {
    process.stdout.write(`::error title=Customer Lens::${escapeData(describeError(e))}\n`);
    process.exitCode = 1;
  }
}
