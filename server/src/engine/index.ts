// The engine's public face. Text in, findings out: no editor, no file system, no transport.

export { analyze, hasKind, isYamlPath, matcherFor, parseDocument, type Analysis, type AnalyzeInput } from './analyze';
export { HISTORY, kindFromPath } from './classify';
export { ConceptMatcher, detectLanguage, normaliseStatus, VOCABULARIES } from './concepts';
export { CONFIG_FILE_NAMES, defaultConfig, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, MAX_FILE_BYTES, type Config } from './config/defaults';
export { INVALID_CONFIG, loadConfig, type LoadedConfig } from './config/load';
export { contentLines, hollowness } from './hollow';
export { judgeSection, type SectionJudgement } from './judge';
export { catalogFor, format, type Catalog, type ConceptText } from './l10n';
export { docsUrl, RULE_IDS, RULES, ruleById, type Rule } from './rules';
export { Glob, GlobError } from './glob';
export { fold, LineIndex, words } from './text';
export * from './types';
export { PartCache } from './parse/markdown';
