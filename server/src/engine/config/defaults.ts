// Every default of Customer Lens lives here: which files are checked and what a config may change.

import type { ConceptId, FileKind, Severity } from '../types';

export const CONFIG_FILE_NAMES = ['.customer-lens.yaml', '.customer-lens.yml'];

export const DEFAULT_INCLUDE: Record<FileKind, string[]> = {
  decision: [
    '**/{adr,adrs,decisions,decision-records,architecture-decisions}/**/*.{md,markdown}',
    '**/*.{decision,adr}.{md,markdown,yaml,yml}',
  ],
  spec: ['**/{specs,prd,prds,rfcs,proposals}/**/*.{md,markdown}', '**/*.{spec,prd}.{md,markdown,yaml,yml}'],
  persona: ['**/personas/**/*.{md,markdown,yaml,yml}', '**/*.persona.{md,markdown,yaml,yml}'],
};

export const DEFAULT_EXCLUDE: string[] = ['README.*', 'index.*', '*template*', 'node_modules/**', '**/node_modules/**'];

export type RuleSetting = Severity | 'off';

export interface KindSettings {
  include: string[];
  exclude: string[];
  /** Concepts this kind must address; undefined: what each concept's rule requires of the kind and status. */
  concepts?: ConceptId[];
}

/** What the substance rules look for in a section's text: who, how they feel, a number, a source. */
export type Signal = 'who' | 'feeling' | 'metric' | 'evidence';
export const SIGNALS: readonly Signal[] = ['who', 'feeling', 'metric', 'evidence'];

export interface Config {
  /** A persona card's `concepts` means nothing: cards are not checked for customer sections. */
  kinds: Record<FileKind, KindSettings>;
  rules: Record<string, RuleSetting>;
  headings: Partial<Record<ConceptId, string[]>>;
  /** Extra words per signal (every language's together): plain words, matched like the built-in ones. */
  words?: Partial<Record<Signal, string[]>>;
}

export function defaultConfig(): Config {
  return {
    kinds: { decision: { include: [], exclude: [] }, spec: { include: [], exclude: [] }, persona: { include: [], exclude: [] } },
    rules: {},
    headings: {},
    words: {},
  };
}

export const SEVERITY_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Files above this size get one info finding instead of a check, so nothing freezes. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Files with more lines get the same finding: a check's memory grows with the lines more than with the bytes,
 * so this bounds it whatever the text's shape (bench/memory.mjs measures the worst shapes).
 */
export const MAX_FILE_LINES = 100_000;
