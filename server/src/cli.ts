// The `customer-lens` command: argv -> files -> engine -> one format on stdout; notes on stderr; exit code.

import { appendFileSync, readSync } from 'node:fs';
import { version } from '../../package.json';
import { MAX_FILE_BYTES } from './engine';
import { HELP, parseArgs, UsageError, useColour, type CliOptions } from './cli/args';
import { summarise, type CheckRun, type StdinDocument } from './cli/check';
import { githubStepSummary } from './cli/github';
import { runReport, type ReportRun } from './cli/report';
import { parseReportArgs, REPORT_HELP, type ReportOptions } from './cli/reportArgs';
import { exitCode, render, runCheck } from './cli/run';
import { describeError } from './errors';
import { BINARY_SNIFF } from './node/readDocument';

/** All of stdin, keeping at most one byte more than the size limit (the engine then reports the size). */
function readStdin(): StdinDocument {
  const chunks: Buffer[] = [];
  let kept = 0;
  let size = 0;
  const chunk = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking stdin with nothing yet: wait a little, without spinning.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw new UsageError(`cannot read stdin (${code ?? String(e)})`);
    }
    if (n === 0) break;
    size += n;
    if (kept <= MAX_FILE_BYTES) {
      chunks.push(Buffer.from(chunk.subarray(0, Math.min(n, MAX_FILE_BYTES + 1 - kept))));
      kept += chunks[chunks.length - 1].length;
    }
  }
  const bytes = Buffer.concat(chunks);
  return { bytes: size > MAX_FILE_BYTES ? bytes.subarray(0, BINARY_SNIFF) : bytes, size };
}

export function main(argv: string[], cwd: string): number {
  if (argv[0] === 'report') return reportMain(argv.slice(1), cwd);
  let options: CliOptions;
  let run: CheckRun;
  try {
    const parsed = parseArgs(argv);
    if (parsed === 'help' || parsed === 'version') {
      process.stdout.write(`${parsed === 'help' ? HELP : version}\n`);
      return 0;
    }
    options = parsed;
    const stdin = options.stdin ? { ...readStdin(), filename: options.stdinFilename } : undefined;
    run = runCheck(options, cwd, stdin);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`customer-lens: ${e.message}\n`);
    return 2;
  }
  if (options.format === 'github' && process.env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubStepSummary(run.files));
    } catch (e) {
      run.notes.push(`cannot write the step summary: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }
  const code = exitCode(run, options.maxWarnings);
  const colour = useColour(options.colour, process.env, process.stdout.isTTY === true);
  const width = process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80;
  const output = render(run, options.format, { colour, width, exitCode: code, explain: options.explain });
  if (output.length > 0) process.stdout.write(`${output}\n`);
  for (const note of run.notes) process.stderr.write(`customer-lens: ${note}\n`);
  if (options.maxWarnings !== undefined && code === 1) {
    const s = summarise(run.files);
    if (s.errors === 0) process.stderr.write(`customer-lens: ${s.warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
  }
  return code;
}

function reportMain(argv: string[], cwd: string): number {
  let run: ReportRun;
  let options: ReportOptions;
  try {
    const parsed = parseReportArgs(argv);
    if (parsed === 'help') {
      process.stdout.write(`${REPORT_HELP}\n`);
      return 0;
    }
    options = parsed;
    run = runReport(options, cwd);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`customer-lens: ${e.message}\n`);
    return 2;
  }
  for (const note of run.notes) process.stderr.write(`customer-lens: ${note}\n`);
  const map = run.map;
  if (!map) return run.exitCode;
  const c = map.coverage;
  const coverage = c.percent === undefined ? 'no customer concept required' : `coverage ${c.percent}% (${c.present} of ${c.required} required concepts present)`;
  process.stdout.write(`Wrote ${options.out}: ${map.records.length} records, ${coverage}\n`);
  if (run.exitCode === 1) process.stderr.write(`customer-lens: coverage ${c.percent}% is below --fail-under ${options.failUnder}\n`);
  return run.exitCode;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2), process.cwd());
  } catch (e) {
    process.stderr.write(`customer-lens: ${describeError(e)}\n`);
    process.exitCode = 2;
  }
}
