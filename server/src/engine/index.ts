// The engine's one door: text and path in, a document's kind, status, checklist and findings out. No editor,
// no file system, no transport: the host (CLI, language server) reads files and passes their text.

import { analyze, type Analysis, type AnalyzeInput, type Compiled } from './analyze';
import { compileKindGlobs, hasKind, isCardPath, kindFromPath } from './classify';
import { ConceptMatcher } from './concepts';
import { defaultConfig, type Config } from './config/defaults';
import { SubstanceWords } from './judge';
import { personaFacts, type PersonaFacts } from './personas/facts';
import type { Kind } from './types';

export interface Engine {
  /** Checks one document; `config` defaults to the defaults. */
  analyze(input: Omit<AnalyzeInput, 'config'> & { config?: Config }): Analysis;
  /** Whether analyze() would check `input` at all, without parsing its body. */
  hasKind(input: { path: string; text: string; byteLength?: number; config?: Config }): boolean;
  kindFromPath(path: string, config?: Config): Kind | undefined;
  /** Whether a path is a persona card's by the globs (a record's globs win), without reading it. */
  isCardPath(path: string, config?: Config): boolean;
  /** The concept matcher of a config (its headings: the built-in ones and the config's); bench/ reads headings with it. */
  matcherFor(config?: Config): ConceptMatcher;
  /** What a persona index keeps of a file (its kind, card and references), cheaper than analyze(). */
  personaFacts(input: Pick<AnalyzeInput, 'path' | 'text' | 'byteLength' | 'personaDirectory'> & { config?: Config }): PersonaFacts;
}

/** Configs a server sees in a session: a few folders', and each edit of one. */
const MAX_COMPILED = 32;

/**
 * An engine, with its own caches: each config's compiled globs and concept matcher, kept for as long as the
 * config object lives, and for the last configs by their content. The CLI makes one per run, the language
 * server one per workspace.
 */
export function createEngine(): Engine {
  const defaults = defaultConfig();
  const compiledByConfig = new WeakMap<Config, Compiled>();
  // The same config file read twice (by two lookups of one run) is compiled once.
  const compiledByText = new Map<string, Compiled>();
  const compiled = (config: Config): Compiled => {
    let c = compiledByConfig.get(config);
    if (!c) {
      const text = JSON.stringify(config);
      c = compiledByText.get(text);
      if (!c) {
        c = { matcher: new ConceptMatcher(undefined, config.headings), globs: compileKindGlobs(config), words: new SubstanceWords(config) };
        if (compiledByText.size >= MAX_COMPILED) compiledByText.clear();
        compiledByText.set(text, c);
      }
      compiledByConfig.set(config, c);
    }
    return c;
  };
  return {
    analyze: (input) => {
      const config = input.config ?? defaults;
      return analyze({ ...input, config }, compiled(config));
    },
    hasKind: (input) => hasKind(input, compiled(input.config ?? defaults).globs),
    kindFromPath: (path, config = defaults) => kindFromPath(path, compiled(config).globs),
    isCardPath: (path, config = defaults) => isCardPath(path, compiled(config).globs),
    matcherFor: (config = defaults) => compiled(config).matcher,
    personaFacts: (input) => personaFacts(input, compiled(input.config ?? defaults)),
  };
}

export type { Analysis } from './analyze';
export { conceptChanges, conceptStates, coveragePercent, requiredCount, type ComparedState, type ConceptChange, type ConceptEntry, type RequiredCount } from './compare';
export { HISTORY, languageOf } from './classify';
export { ConceptMatcher, normaliseStatus } from './concepts';
export { CONFIG_FILE_NAMES, defaultConfig, DEFAULT_INCLUDE, MAX_FILE_BYTES, type Config } from './config/defaults';
export { INVALID_CONFIG, loadConfig } from './config/load';
export type { KnownPersona, Signal, Verdict } from './judge';
export { catalogFor, format, type Catalog } from './l10n';
export { RULE_IDS, RULES, ruleById, SUBSTANCE } from './rules';
export { Glob, GlobError } from './glob';
export { isPersonaId, type PersonaDirectory } from './personas/directory';
export type { PersonaFacts } from './personas/facts';
export { REFERENCE_KEYS, type DocumentLink } from './personas/references';
export { personaCardText } from './personas/template';
export { LineIndex, words } from './text';
export * from './types';
