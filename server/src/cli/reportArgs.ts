// `customer-lens report [paths or globs...] [--out FILE] [--from JSON_FILE...] [--fail-under PERCENT]`: its
// options, and its help. A mistake is a UsageError: one line on stderr and exit code 2.

import { UsageError } from './args';

export interface ReportOptions {
  paths: string[];
  out: string;
  /** `check --format json` outputs to merge instead of checking files. */
  from: string[];
  failUnder?: number;
  /** The window of "personas nobody decided for", in days. */
  days: number;
  config?: string;
  /** Leave out coverage over time (no git history read). */
  history: boolean;
}

export const DEFAULT_OUT = 'customer-lens-report.html';

export const REPORT_HELP = `Usage: customer-lens report [paths, folders or globs...] [options]

Writes the decision map: one self-contained HTML file that shows, for every
decision record and spec, which customer concepts are present, thin, hollow,
missing or suppressed; coverage overall and per concept; the personas the
records are made for; and, in a git repository, coverage over time.

Options:
  -o, --out FILE          where to write it (default ${DEFAULT_OUT})
      --from JSON...      merge the outputs of "customer-lens check --format
                          json" (one per repository) instead of checking files
      --fail-under PCT    exit 1 when coverage is below PCT percent
      --days N            personas nobody decided for in the last N days
                          (default 90)
  -c, --config FILE       use this config file instead of the nearest
                          .customer-lens.yaml
      --no-history        do not read git history (no coverage over time)
  -h, --help              show this help

Examples:
  customer-lens report docs
  customer-lens report docs --fail-under 80 --out map.html
  customer-lens report --from shop.json billing.json --out org-map.html

Exit codes: 0 written (and coverage not below --fail-under), 1 coverage below
--fail-under, 2 usage or configuration error.`;

function number(flag: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`${flag} needs a number from ${min} to ${max}, not "${v}"`);
  return n;
}

export function parseReportArgs(rest: string[]): ReportOptions | 'help' {
  if (rest.includes('--help') || rest.includes('-h')) return 'help';
  const options: ReportOptions = { paths: [], out: DEFAULT_OUT, from: [], days: 90, history: true };
  let inFrom = false;
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      if (arg === '-') throw new UsageError('report reads files, not stdin');
      (inFrom ? options.from : options.paths).push(arg);
      continue;
    }
    inFrom = false;
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || (inline === undefined && v.startsWith('-'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--out' || flag === '-o') options.out = value();
    else if (flag === '--config' || flag === '-c') options.config = value();
    else if (flag === '--fail-under') options.failUnder = number(flag, value(), 0, 100);
    else if (flag === '--days') options.days = Math.floor(number(flag, value(), 1, 36500));
    else if (flag === '--no-history') options.history = false;
    else if (flag === '--from') {
      options.from.push(value());
      inFrom = inline === undefined;
    } else throw new UsageError(`unknown option "${flag}" (customer-lens report --help lists the options)`);
  }
  if (options.from.length > 0 && options.paths.length > 0) throw new UsageError('--from reads JSON outputs instead of files: give paths or --from, not both');
  if (options.from.length > 0 && options.config) throw new UsageError('--config applies to files checked, and --from reads JSON outputs already checked');
  return options;
}
