// Runs the built CLI (dist/cli.js) as a user would, in temporary folders it creates and removes.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './findings';

export const CLI = join(REPO_ROOT, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node dist/cli.js ...args` in `cwd`, with a plain environment: no colour forced, no CI summary file. */
export function runCli(cwd: string, args: string[], env: Record<string, string | undefined> = {}): CliRun {
  const base: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, GITHUB_STEP_SUMMARY: undefined, ...env };
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined) clean[k] = v;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: clean, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder; call `remove` when done. */
export class TempFolder {
  readonly root: string;

  constructor(prefix = 'customer-lens-cli-') {
    this.root = mkdtempSync(join(tmpdir(), prefix));
  }

  write(rel: string, content: string | Buffer): string {
    const file = join(this.root, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  }

  path(rel: string): string {
    return join(this.root, rel);
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** A decision record that names every customer concept; `drop` leaves out the sections whose heading it names. */
export function decisionRecord(options: { title?: string; status?: string; drop?: string[] } = {}): string {
  const sections: [string, string][] = [
    ['Customers', 'Independent shop owners on the Basic plan.'],
    ['Problem solved', 'Owners cannot tell which orders are late until buyers complain.'],
    ['Customer impact', 'Late orders are listed first; owners will feel in control of their morning.'],
    ['Value created', 'Fewer angry buyers and fewer refunds.'],
    ['Customer evidence', 'Support ticket #4812 and 37 like it since March.'],
    ['Success metrics', 'Complaints about late orders fall by half within a quarter.'],
    ['Customer follow-up', 'Support replies to the 37 linked tickets when it ships.'],
  ];
  const drop = new Set(options.drop ?? []);
  const parts = [`---\nstatus: ${options.status ?? 'proposed'}\n---\n`, `# ${options.title ?? 'Show late orders first'}\n`];
  for (const [heading, text] of sections) if (!drop.has(heading)) parts.push(`## ${heading}\n\n${text}\n`);
  return parts.join('\n');
}

/** Lines of a stream's text, without the empty one after the last line break. */
export function linesOf(text: string): string[] {
  return text.split(/\r?\n/).filter((l, i, all) => !(i === all.length - 1 && l === ''));
}
