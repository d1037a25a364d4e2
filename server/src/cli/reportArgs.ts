// `customer-lens report [paths or globs...] [--out FILE] [--from JSON_FILE...] [--fail-under PERCENT]`: its
// options, and its help. A mistake is a UsageError: one line on stderr and exit code 2.

import { LANGUAGES } from '../engine/types';
import { ArgReader, UsageError } from './args';

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
  /** The language of the map's words and concept names. */
  lang: string;
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
      --lang LANG         the map's language: en, it, es, pl, de, fr or pt
                          (default en)
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

/** One of our languages, as `de` or `de-CH`; anything else is a usage error rather than a silent English map. */
function language(v: string): string {
  const code = v.toLowerCase().slice(0, 2);
  if (!/^[a-z]{2}([-_][a-z0-9]+)*$/i.test(v) || !(LANGUAGES as readonly string[]).includes(code)) throw new UsageError(`--lang needs one of ${LANGUAGES.join(', ')}, not "${v}"`);
  return code;
}

export function parseReportArgs(rest: string[]): ReportOptions | 'help' {
  if (rest.includes('--help') || rest.includes('-h')) return 'help';
  const options: ReportOptions = { paths: [], out: DEFAULT_OUT, from: [], days: 90, history: true, lang: 'en' };
  let inFrom = false;
  const args = new ArgReader(rest, (next) => next.startsWith('-'));
  for (let arg = args.next(); arg; arg = args.next()) {
    if ('path' in arg) {
      if (arg.path === '-') throw new UsageError('report reads files, not stdin');
      (inFrom && !arg.literal ? options.from : options.paths).push(arg.path);
      continue;
    }
    inFrom = false;
    const { flag, inline } = arg;
    const value = () => args.value(arg);
    if (flag === '--out' || flag === '-o') options.out = value();
    else if (flag === '--config' || flag === '-c') options.config = value();
    else if (flag === '--fail-under') options.failUnder = number(flag, value(), 0, 100);
    else if (flag === '--days') options.days = Math.floor(number(flag, value(), 1, 36500));
    else if (flag === '--no-history') {
      args.noValue(arg);
      options.history = false;
    } else if (flag === '--lang') options.lang = language(value());
    else if (flag === '--from') {
      options.from.push(value());
      inFrom = inline === undefined;
    } else throw new UsageError(`unknown option "${flag}" (customer-lens report --help lists the options)`);
  }
  if (options.from.length > 0 && options.paths.length > 0) throw new UsageError('--from reads JSON outputs instead of files: give paths or --from, not both');
  if (options.from.length > 0 && options.config) throw new UsageError('--config applies to files checked, and --from reads JSON outputs already checked');
  return options;
}
