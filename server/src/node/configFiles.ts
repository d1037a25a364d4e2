// Finds and loads `.customer-lens.yaml` upward from a file, once per folder. Used by the CLI and the server.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAMES, defaultConfig, INVALID_CONFIG, loadConfig, RULE_IDS, type Config, type Finding } from '../engine';

export interface ConfigFile {
  /** Absent when no config file applies: the defaults. */
  path?: string;
  dir?: string;
  config: Config;
  findings: Finding[];
}

const DEFAULTS: ConfigFile = { config: defaultConfig(), findings: [] };

export function readConfigFile(path: string): ConfigFile {
  const dir = dirname(path);
  let text: string;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      return { path, dir, config: defaultConfig(), findings: [invalid(`${path} is a folder, not a config file; the defaults apply`)] };
    }
    if (st.size > 1024 * 1024) return { path, dir, config: defaultConfig(), findings: [invalid('the config file is larger than 1 MB; the defaults apply')] };
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return { path, dir, config: defaultConfig(), findings: [invalid(`cannot read the config file (${code}); the defaults apply`)] };
  }
  const loaded = loadConfig(text, RULE_IDS);
  return { path, dir, config: loaded.config, findings: loaded.findings };
}

function invalid(message: string): Finding {
  return { rule: INVALID_CONFIG, severity: 'error', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** Caches the config that applies to each folder; `stop` is the highest folder searched (a workspace root). */
export class ConfigFinder {
  private readonly byDir = new Map<string, ConfigFile>();

  constructor(private readonly override?: string) {}

  forFile(file: string): ConfigFile {
    if (this.override) return this.load(this.override);
    return this.forDir(dirname(file));
  }

  private readonly loaded = new Map<string, ConfigFile>();

  private load(path: string): ConfigFile {
    let c = this.loaded.get(path);
    if (!c) {
      c = readConfigFile(path);
      this.loaded.set(path, c);
    }
    return c;
  }

  private forDir(dir: string): ConfigFile {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    let found: ConfigFile | undefined;
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (statSync(candidate, { throwIfNoEntry: false })) {
        found = this.load(candidate);
        break;
      }
    }
    if (!found) {
      const parent = dirname(dir);
      found = parent === dir ? DEFAULTS : this.forDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  /** Every config file met so far, for reporting their findings once each. */
  all(): ConfigFile[] {
    return [...this.loaded.values()];
  }

  clear(): void {
    this.byDir.clear();
    this.loaded.clear();
  }
}
