// The command line: `customer-lens check [paths...] [options]` parsed into options, and the help that lists
// every option. A mistake is a UsageError: one line on stderr and exit code 2.

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'junit', 'line'] as const;
export type Format = (typeof FORMATS)[number];

export class UsageError extends Error {}

/** `--flag=value` as its flag and its value; any other argument as itself, with no value. */
export function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/** One argument of a command: a path (`-` too; `literal` after `--`), or a flag with the value written after `=`. */
export type Arg = { path: string; literal: boolean } | { flag: string; inline: string | undefined };

/**
 * The arguments of a command, one at a time: after `--` every argument is a path. A flag takes its value from
 * `=` or from the next argument, which must not look like a flag (`looksLikeFlag` says what does).
 */
export class ArgReader {
  private i = -1;
  private onlyPaths = false;

  constructor(
    private readonly argv: readonly string[],
    private readonly looksLikeFlag: (next: string) => boolean,
  ) {}

  next(): Arg | undefined {
    while (++this.i < this.argv.length) {
      const arg = this.argv[this.i];
      if (this.onlyPaths || arg === '-' || !arg.startsWith('-')) return { path: arg, literal: this.onlyPaths };
      if (arg === '--') this.onlyPaths = true;
      else {
        const [flag, inline] = splitFlag(arg);
        return { flag, inline };
      }
    }
    return undefined;
  }

  value({ flag, inline }: { flag: string; inline: string | undefined }): string {
    if (inline !== undefined) return inline;
    const next = this.argv[this.i + 1];
    if (next === undefined || this.looksLikeFlag(next)) throw new UsageError(`${flag} needs a value`);
    this.i++;
    return next;
  }

  noValue({ flag, inline }: { flag: string; inline: string | undefined }): void {
    if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
  }
}

export interface CliOptions {
  paths: string[];
  format: Format;
  config?: string;
  maxWarnings?: number;
  since?: string;
  fix: boolean;
  /** Print each file's customer checklist (stylish output): each concept, its state, the heading and its line. */
  explain: boolean;
  /** `-` among the paths: a document is read from stdin. */
  stdin: boolean;
  stdinFilename?: string;
  /** --color (true) or --no-color (false); absent: the environment and the terminal decide. */
  colour?: boolean;
}

export const HELP = `Usage: customer-lens check [paths, folders or globs...] [options]

Checks decision records and specs for the customer: who they are, the problem
solved, the impact on them, the value created, their voice, success as they
feel it, and following up with them. Folders are walked, skipping what
.gitignore and .customer-lensignore exclude; a file named is always checked.
With no path, the working directory is walked.

Options:
  -f, --format FORMAT    stylish (default), json, sarif, github, markdown,
                         junit or line (path:line:column: severity rule message)
  -c, --config FILE      use this config file instead of the nearest
                         .customer-lens.yaml
      --max-warnings N   fail (exit 1) when there are more than N warnings
      --since GIT_REF    check only the files added or changed since GIT_REF
      --fix              add every missing required section to the files, then
                         report what is left to write
      --explain          print each file's customer checklist under its
                         findings: each concept, present, hollow, missing or
                         not required, with the heading or label that counted
                         and its line (stylish output only)
  -                      read a document from stdin (as one of the paths)
      --stdin-filename PATH
                         the path the document on stdin stands for: it decides
                         the kind and the config
      --color, --no-color
                         colour the stylish output or not (default: on a
                         terminal, unless NO_COLOR is set; FORCE_COLOR forces)
  -h, --help             show this help
  -v, --version          print the version

Examples:
  customer-lens check
  customer-lens check docs/decisions 'rfcs/**/*.md'
  customer-lens check docs --since origin/main --format github
  customer-lens check docs --format sarif > customer-lens.sarif
  customer-lens check docs --fix
  customer-lens check docs/decisions/0007-pricing.md --explain
  git show HEAD:docs/adr/0007.md | customer-lens check - --stdin-filename docs/adr/0007.md

Exit codes: 0 no errors (and no more warnings than --max-warnings), 1 errors
or too many warnings, 2 usage or configuration error (a path that does not
exist, a glob that matches no file, an invalid config).`;

export function parseArgs(argv: string[]): CliOptions | 'help' | 'version' {
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (argv.includes('--version') || argv.includes('-v')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}": use "customer-lens check"` : 'missing command: use "customer-lens check [paths...]" (--help lists the options)');
  const options: CliOptions = { paths: [], format: 'stylish', fix: false, explain: false, stdin: false };
  // A value may start with one dash (`--max-warnings -1`), not with two.
  const args = new ArgReader(rest, (next) => next.startsWith('--'));
  for (let arg = args.next(); arg; arg = args.next()) {
    if ('path' in arg) {
      if (arg.path === '-' && !arg.literal) options.stdin = true;
      else options.paths.push(arg.path);
      continue;
    }
    const { flag } = arg;
    const value = () => args.value(arg);
    const noValue = () => args.noValue(arg);
    if (flag === '--format' || flag === '-f') {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}": use ${FORMATS.join(', ')}`);
      options.format = f as Format;
    } else if (flag === '--config' || flag === '-c') options.config = value();
    else if (flag === '--since') options.since = value();
    else if (flag === '--stdin-filename') options.stdinFilename = value();
    else if (flag === '--max-warnings') {
      const v = value();
      const n = Number(v);
      if (!/^-?\d+$/.test(v) || n < -1) throw new UsageError(`--max-warnings needs a whole number, not "${v}"`);
      options.maxWarnings = n < 0 ? undefined : n;
    } else if (flag === '--fix') {
      noValue();
      options.fix = true;
    } else if (flag === '--explain') {
      noValue();
      options.explain = true;
    } else if (flag === '--color' || flag === '--no-color') {
      noValue();
      options.colour = flag === '--color';
    } else throw new UsageError(`unknown option "${flag}" (--help lists the options)`);
  }
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError('--stdin-filename names the document on stdin: add - to the paths');
  if (options.explain && options.format !== 'stylish') throw new UsageError(`--explain prints the checklist in the stylish output, not ${options.format} (the json format carries each file's concepts)`);
  if (options.fix && options.stdin) throw new UsageError('--fix writes files, and stdin is not one: name the file instead of -');
  return options;
}

/** Whether stylish output is coloured: the flags, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
export function useColour(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
