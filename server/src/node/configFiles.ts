// Finds and loads `.customer-lens.yaml` upward from a file, once per folder. Used by the CLI and the server.
// Nothing on the way throws: a config that cannot be read is an invalid-config finding on it, and a folder
// that cannot be looked in is a note, the lookup going on above it.

import { lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { catalogFor, CONFIG_FILE_NAMES, defaultConfig, format, INVALID_CONFIG, loadConfig, RULE_IDS, type Config, type Finding } from '../engine';
import { errorCode } from './errors';
import { isInside, readRegularFile, Root } from './safeRead';

export interface ConfigFile {
  /** Absent when no config file applies: the defaults. */
  path?: string;
  dir?: string;
  config: Config;
  findings: Finding[];
}

/** Larger config files are not read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

const DEFAULTS: ConfigFile = { config: defaultConfig(), findings: [] };

/**
 * Reads one config file. `within`: for a config found by the lookup, the folders its real path must lie in;
 * none for a file the user named (`--config`). Messages are in `locale`'s language, English by default.
 */
export function readConfigFile(path: string, within?: readonly Root[], locale?: string): ConfigFile {
  const dir = dirname(path);
  const m = catalogFor(locale).messages.config;
  const refused = (message: string): ConfigFile => ({ path, dir, config: defaultConfig(), findings: [invalid(message)] });
  const read = readRegularFile(path, { limit: MAX_CONFIG_BYTES, within });
  if (!read.ok) {
    if (read.refused === 'folder') return refused(format(m.fileIsFolder, { path }));
    // The reason names the file's type in parentheses: `not a regular file (fifo)`.
    if (read.refused === 'type') return refused(format(m.fileNotRegular, { type: read.reason.replace(/^.*\((.*)\)$/s, '$1') }));
    if (read.refused === 'outside') return refused(format(m.fileLinksOutside, { folder: within?.[0]?.shown ?? '' }));
    return refused(format(m.fileUnreadable, { code: read.code ?? 'error' }));
  }
  if (!read.complete) return refused(m.fileTooLarge);
  const loaded = loadConfig(read.bytes.toString('utf8'), RULE_IDS, locale);
  return { path, dir, config: loaded.config, findings: loaded.findings };
}

function invalid(message: string): Finding {
  return { rule: INVALID_CONFIG, severity: 'error', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** Entries the lookup takes for "no config here". */
const ABSENT = new Set(['ENOENT', 'ENOTDIR']);

/**
 * Caches the config that applies to each folder. `roots`: the folders the user gave (a walk's folder, the
 * repository under --since). A config found by the lookup may be a link, but only to a file inside the folder
 * it was found in or inside the root that folder lies in; the server gives no roots, so its own folder.
 */
export class ConfigFinder {
  private readonly byDir = new Map<string, ConfigFile>();
  private readonly loaded = new Map<string, ConfigFile>();
  private readonly roots: Root[];
  private readonly problems = new Set<string>();

  constructor(private readonly override?: string, roots: readonly Root[] = []) {
    // The widest root first: it is the one a note names.
    this.roots = [...roots].sort((a, b) => a.path.length - b.path.length);
  }

  forFile(file: string): ConfigFile {
    if (this.override) return this.load(this.override);
    return this.forDir(dirname(file));
  }

  private load(path: string, within?: readonly Root[]): ConfigFile {
    let c = this.loaded.get(path);
    if (!c) {
      c = readConfigFile(path, within);
      this.loaded.set(path, c);
    }
    return c;
  }

  /** The config file in `dir` itself, if there is one. */
  private lookIn(dir: string): ConfigFile | undefined {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        // lstat: a link, even a broken one, is the config of this folder, and readConfigFile judges it.
        if (!lstatSync(candidate, { throwIfNoEntry: false })) continue;
      } catch (e) {
        const code = errorCode(e);
        if (!ABSENT.has(code)) this.problems.add(`cannot look for a config file in ${dir} (${code}); looked further up`);
        continue;
      }
      const root = this.roots.find((r) => isInside(dir, r.path));
      return this.load(candidate, root ? [root, new Root(dir)] : [new Root(dir)]);
    }
    return undefined;
  }

  private forDir(start: string): ConfigFile {
    const passed: string[] = [];
    let found: ConfigFile | undefined;
    for (let dir = start; !found; ) {
      found = this.byDir.get(dir);
      if (found) break;
      passed.push(dir);
      found = this.lookIn(dir);
      const parent = dirname(dir);
      if (!found && parent === dir) found = DEFAULTS;
      dir = parent;
    }
    for (const dir of passed) this.byDir.set(dir, found);
    return found;
  }

  /** Every config file met so far, for reporting their findings once each. */
  all(): ConfigFile[] {
    return [...this.loaded.values()];
  }

  /** One-line notes: folders the lookup could not look in (a path too long, a link loop above the file). */
  notes(): string[] {
    return [...this.problems];
  }

  clear(): void {
    this.byDir.clear();
    this.loaded.clear();
    this.problems.clear();
  }
}
