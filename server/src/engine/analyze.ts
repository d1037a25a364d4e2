// The engine's one entry point: text and path in, a document's kind, status, checklist and findings out.

import { HISTORY, kindFromData, kindFromFrontMatter, kindFromPath, languageOf, statusOf, type StatusInfo } from './classify';
import { ConceptMatcher } from './concepts';
import { defaultConfig, MAX_FILE_BYTES, type Config } from './config/defaults';
import { hollowness, rememberedHollowness } from './hollow';
import { catalogFor, format, type Catalog } from './l10n';
import { readFrontMatter } from './parse/frontMatter';
import { parseMarkdown, type PartCache } from './parse/markdown';
import { readYamlMap } from './parse/yamlMap';
import { parseYamlRecord } from './parse/yamlRecord';
import { RULE_IDS, RULES, type RuleContext } from './rules';
import { isSuppressed, scanSuppressions } from './suppress';
import { LineIndex } from './text';
import type { ConceptId, ConceptReport, Finding, Kind, LanguageCode, ParsedDocument, Range, Section, Severity, Status } from './types';
import { CONCEPTS } from './types';

export interface AnalyzeInput {
  /** The document's path relative to its config's folder (or any path), with `/` separators. */
  path: string;
  text: string;
  config?: Config;
  /** Locale of messages; English by default. */
  locale?: string;
  /** The file's size on disk when the caller did not read it (above MAX_FILE_BYTES). */
  byteLength?: number;
  /** Parts of documents parsed before: an editor passes one, so that each version reuses the parse of the parts it shares with the last. */
  parts?: PartCache;
}

export interface Analysis {
  /** Undefined when the document is neither a decision nor a spec: it is not checked. */
  kind?: Kind;
  status: Status;
  statusInfo: StatusInfo;
  language: LanguageCode;
  document: ParsedDocument;
  concepts: ConceptReport[];
  findings: Finding[];
  /** Where findings about missing concepts are shown. */
  anchor: Range;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const defaults = defaultConfig();
const matchers = new WeakMap<Config, ConceptMatcher>();

export function matcherFor(config: Config): ConceptMatcher {
  let m = matchers.get(config);
  if (!m) {
    m = new ConceptMatcher(undefined, config.headings);
    matchers.set(config, m);
  }
  return m;
}

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function parseDocument(path: string, text: string, config: Config, parts?: PartCache): ParsedDocument {
  return isYamlPath(path) ? parseYamlRecord(text, matcherFor(config)) : parseMarkdown(text, matcherFor(config), { cache: parts });
}

/** The title, else the front matter's first line, else the first line with text. */
function anchorOf(doc: ParsedDocument, index: LineIndex): Range {
  if (doc.title) return doc.title.range;
  if (doc.frontMatter) return index.lineRange(doc.frontMatter.range.start.line);
  for (let n = 0; n < index.lineCount; n++) if (index.line(n).trim().length > 0) return index.lineRange(n);
  return index.lineRange(0);
}

/** Which concepts the kind and status ask for: the config's list, or all but follow-up, which only accepted decisions need. */
function requiredConcepts(kind: Kind, status: Status, config: Config): Set<ConceptId> {
  const configured = config.kinds[kind].concepts;
  if (configured) return new Set(configured);
  return new Set(CONCEPTS.filter((c) => c !== 'close-the-loop' || (kind === 'decision' && status === 'accepted')));
}

function conceptReports(conceptSections: Section[], required: Set<ConceptId>): ConceptReport[] {
  return CONCEPTS.map((concept) => {
    const sections = conceptSections.filter((s) => s.concepts.includes(concept));
    const solid = sections.find((s) => {
      const h = hollowness(s);
      return h === undefined || h === 'no-impact';
    });
    const state = solid ? 'present' : sections.length > 0 ? 'hollow' : 'missing';
    return { concept, state, section: solid ?? sections[0], required: required.has(concept) };
  });
}

function severityFor(ruleId: string, base: Severity, config: Config, status: Status): Severity | undefined {
  const setting = config.rules[ruleId];
  if (setting === 'off') return undefined;
  const severity = setting ?? base;
  // Rejected, deprecated and superseded records are history: nothing above info.
  if (HISTORY.includes(status) && SEVERITY_RANK[severity] < SEVERITY_RANK.info) return 'info';
  return severity;
}

/**
 * Whether analyze() finds `input` to be a decision or a spec, worked out from the path and, when the path
 * does not tell, the front matter (or a YAML record's keys), without reading the body. When it is false,
 * analyze() would check nothing: a workspace holds many such files (READMEs, templates, notes), and a check
 * of the whole of it skips them at this cost. Front matter is cached, so analyze() after it reads it once.
 */
export function hasKind(input: Pick<AnalyzeInput, 'path' | 'text' | 'config' | 'byteLength'>): boolean {
  const config = input.config ?? defaults;
  if (kindFromPath(input.path, config)) return true;
  if (input.text.length > MAX_FILE_BYTES || (input.byteLength ?? 0) > MAX_FILE_BYTES) return false;
  const index = LineIndex.of(input.text);
  if (isYamlPath(input.path)) {
    const data: Record<string, unknown> = {};
    for (const e of readYamlMap(input.text, 0, index).entries) data[e.key] = e.value;
    return kindFromData(data) !== undefined;
  }
  const fm = readFrontMatter(index);
  return fm !== undefined && !('unclosed' in fm) && kindFromData(fm.frontMatter.data) !== undefined;
}

export function analyze(input: AnalyzeInput): Analysis {
  const config = input.config ?? defaults;
  const catalog = catalogFor(input.locale);
  if (input.text.length > MAX_FILE_BYTES || (input.byteLength ?? 0) > MAX_FILE_BYTES) return tooLarge(input, config, catalog.messages.fileTooLarge);

  const index = LineIndex.of(input.text);
  const document = parseDocument(input.path, input.text, config, input.parts);
  const kind = kindFromFrontMatter(document) ?? kindFromPath(input.path, config);
  const statusInfo = statusOf(document, (n) => index.line(n));
  const status = statusInfo.status;
  const language = new LazyLanguage(document);
  const anchor = anchorOf(document, index);
  if (!kind) return new Result(undefined, status, statusInfo, language, document, [], [], anchor);

  const conceptSections: Section[] = [];
  for (let k = 0; k < document.sections.length; k++) if (document.sections[k].concepts.length > 0) conceptSections.push(document.sections[k]);
  // An editor (which passes a part cache) has seen most sections before, in the last version.
  if (input.parts) for (const s of conceptSections) rememberedHollowness(s);
  const concepts = conceptReports(conceptSections, requiredConcepts(kind, status, config));
  const findings: Finding[] = [];
  const context = new Context(document, kind, status, language, concepts, conceptSections, catalog, anchor, findings);
  for (const rule of RULES) {
    if (!rule.check) continue;
    const severity = severityFor(rule.id, rule.defaultSeverity(kind, status), config, status);
    if (!severity) continue;
    context.rule = rule.id;
    context.severity = severity;
    rule.check(context);
  }
  const { suppressions } = scanSuppressions(document, RULE_IDS);
  const kept = findings.filter((f) => f.rule === 'invalid-suppression' || !isSuppressed(f, suppressions));
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return new Result(kind, status, statusInfo, language, document, concepts, kept, anchor);
}

/**
 * The document's language, worked out when first asked for: it only picks the headings that quick fixes and
 * completion offer, so checks that never ask (the CLI, diagnostics) do not read the document for it.
 */
class LazyLanguage {
  private value: LanguageCode | undefined;

  constructor(private readonly document: ParsedDocument) {}

  get(): LanguageCode {
    return (this.value ??= languageOf(this.document));
  }
}

// Results and rule contexts are classes, with `language` a getter on the prototype, and not object literals
// with a getter: V8 holds such a literal's getter in a pair it allocates straight in the old generation, and
// that pair kept the getter's closure, and through it the whole analysis, alive until a full collection. An
// editor's checks then survived every young-generation collection (2.6 MB copied per collection for the
// benchmark's 1,000-line document: 4 ms instead of 0.4).

class Result implements Analysis {
  constructor(
    readonly kind: Kind | undefined,
    readonly status: Status,
    readonly statusInfo: StatusInfo,
    private readonly lazyLanguage: LazyLanguage,
    readonly document: ParsedDocument,
    readonly concepts: ConceptReport[],
    readonly findings: Finding[],
    readonly anchor: Range,
  ) {}

  get language(): LanguageCode {
    return this.lazyLanguage.get();
  }
}

/** One context for all rules of a check; the rule and severity it reports under are set before each rule. */
class Context implements RuleContext {
  rule = '';
  severity: Severity = 'info';

  constructor(
    readonly document: ParsedDocument,
    readonly kind: Kind,
    readonly status: Status,
    private readonly lazyLanguage: LazyLanguage,
    readonly concepts: ConceptReport[],
    readonly conceptSections: Section[],
    readonly catalog: Catalog,
    readonly anchor: Range,
    private readonly findings: Finding[],
  ) {}

  get language(): LanguageCode {
    return this.lazyLanguage.get();
  }

  report(range: Range, message: string, concept?: ConceptId): void {
    this.findings.push({ rule: this.rule, severity: this.severity, message, range, concept });
  }
}

function tooLarge(input: AnalyzeInput, config: Config, message: string): Analysis {
  const firstLineEnd = input.text.indexOf('\n');
  const width = Math.min(firstLineEnd < 0 ? input.text.length : firstLineEnd, 200);
  const anchor: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: width } };
  const document: ParsedDocument = { format: isYamlPath(input.path) ? 'yaml' : 'markdown', text: '', lineCount: 0, frontMatter: undefined, title: undefined, sections: [], comments: [], parseErrors: [] };
  const kind = kindFromPath(input.path, config);
  const severity = severityFor('file-too-large', 'info', config, 'proposed');
  const findings: Finding[] =
    kind && severity ? [{ rule: 'file-too-large', severity, message: format(message, { limit: MAX_FILE_BYTES / (1024 * 1024) }), range: anchor }] : [];
  return { kind, status: 'proposed', statusInfo: { status: 'proposed' }, language: 'en', document, concepts: [], findings, anchor };
}
