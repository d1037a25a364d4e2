// One check of one document: parse it, find its kind and status, run every rule, apply suppressions.
// analyze.ts knows no rule: each says when it applies and what it reports (rules/).

import { fileKindFromPath, HISTORY, kindFromData, kindFromFrontMatter, kindFromPath, statusOf, type KindGlobs, type StatusInfo } from './classify';
import type { ConceptMatcher } from './concepts';
import { MAX_FILE_BYTES, MAX_FILE_LINES, type Config } from './config/defaults';
import { namesSomeone, otherSenseWords } from './generic';
import { hollowness } from './hollow';
import { addPeopleOf, judgeSection, readingOf, type KnownPersona, type SubstanceWords, type Verdict } from './judge';
import { catalogFor, format } from './l10n';
import { readFrontMatter } from './parse/frontMatter';
import { parseMarkdown } from './parse/markdown';
import { dataOf, readYamlMap } from './parse/yamlMap';
import { parseYamlRecord } from './parse/yamlRecord';
import { readCard } from './personas/card';
import type { PersonaDirectory } from './personas/directory';
import { documentLinks, keyReferences, linkReferences } from './personas/references';
import { RULE_IDS, RULES, type RuleContext } from './rules';
import { scanSuppressions, suppressionOf } from './suppress';
import { LineIndex } from './text';
import type { ConceptId, ConceptReport, FileKind, Finding, Hollowness, Kind, ParsedDocument, PersonaCard, PersonaReference, Range, Section, Severity, Status } from './types';
import { CONCEPTS, STATUSES } from './types';

export interface AnalyzeInput {
  /** The document's path relative to its config's folder (or any path), with `/` separators. */
  path: string;
  text: string;
  config: Config;
  /** Locale of messages; English by default. */
  locale?: string;
  /** The file's size on disk when the caller did not read it (above MAX_FILE_BYTES). */
  byteLength?: number;
  /** Persona cards known to the workspace: a referenced card's name counts as naming the customer. */
  personas?: readonly KnownPersona[];
  /** What the host knows of the workspace's persona cards: for unknown-persona, unused-persona and links to cards. */
  personaDirectory?: PersonaDirectory;
}

export interface Analysis {
  /** Undefined when the document is neither a decision nor a spec: it is not checked. */
  kind?: Kind;
  status: Status;
  statusInfo: StatusInfo;
  document: ParsedDocument;
  concepts: ConceptReport[];
  findings: Finding[];
  /** The substance verdicts of each concept section that says something (not empty, placeholder or "none"). */
  judgements: Map<Section, Verdict[]>;
  /** Where findings about missing concepts are shown. */
  anchor: Range;
  /** The findings a suppression comment silenced, with its reason (the decision map shows them). */
  suppressed: SuppressedFinding[];
  /** The personas a record names (none for other files). */
  references: PersonaReference[];
  /** Set when the file is a persona card; `kind` is then undefined. */
  persona?: PersonaCard;
}

export interface SuppressedFinding {
  finding: Finding;
  reason: string;
}

/** What a check needs of its config, compiled once per config by the engine (index.ts). */
export interface Compiled {
  matcher: ConceptMatcher;
  globs: Record<FileKind, KindGlobs>;
  words: SubstanceWords;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function isTooLarge(input: Pick<AnalyzeInput, 'text' | 'byteLength'>): 'bytes' | 'lines' | undefined {
  if (input.text.length > MAX_FILE_BYTES || (input.byteLength ?? 0) > MAX_FILE_BYTES) return 'bytes';
  if (input.text.length < MAX_FILE_LINES) return undefined;
  let lines = 1;
  for (let i = input.text.indexOf('\n'); i >= 0 && lines <= MAX_FILE_LINES; i = input.text.indexOf('\n', i + 1)) lines++;
  return lines > MAX_FILE_LINES ? 'lines' : undefined;
}

/** The title, else the front matter's first line, else the first line with text. */
export function anchorOf(doc: ParsedDocument, index: LineIndex): Range {
  if (doc.title) return doc.title.range;
  if (doc.frontMatter) return index.lineRange(doc.frontMatter.range.start.line);
  for (let n = 0; n < index.lineCount; n++) if (index.line(n).trim().length > 0) return index.lineRange(n);
  return index.lineRange(0);
}

/** The concepts a kind and status ask for: the config's list, else what each concept's rule requires. */
function requiredConcepts(kind: Kind, status: Status, config: Config): ReadonlySet<ConceptId> {
  return config.kinds[kind].concepts ? new Set(config.kinds[kind].concepts) : REQUIRED[kind][status];
}

/** What each concept's rule requires of a kind, for every status. */
function requiredByRules(kind: Kind): Record<Status, ReadonlySet<ConceptId>> {
  const out = {} as Record<Status, ReadonlySet<ConceptId>>;
  for (const status of STATUSES) out[status] = new Set(RULES.flatMap((r) => (r.concept?.required(kind, status) ? [r.concept.id] : [])));
  return out;
}

const REQUIRED: Record<Kind, Record<Status, ReadonlySet<ConceptId>>> = { decision: requiredByRules('decision'), spec: requiredByRules('spec') };

function conceptReports(sections: Section[], hollow: Map<Section, Hollowness | undefined>, required: ReadonlySet<ConceptId>): ConceptReport[] {
  return CONCEPTS.map((concept) => {
    const named = sections.filter((s) => s.concepts.includes(concept));
    // A "no impact" section is present: unjustified-no-impact judges it.
    const solid = named.find((s) => hollow.get(s) === undefined || hollow.get(s) === 'no-impact');
    const state = solid ? 'present' : named.length > 0 ? 'hollow' : 'missing';
    return { concept, state, section: solid ?? named[0], required: required.has(concept) };
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
 * Whether analyze() would find `input` to be a decision or a spec, from the path and, when the path does
 * not tell, the front matter (or a YAML record's keys), without parsing the body: a workspace holds many
 * other files (READMEs, templates, notes), and a check of the whole of it skips them at this cost.
 */
export function hasKind(input: Pick<AnalyzeInput, 'path' | 'text' | 'byteLength'>, compiled: Compiled): boolean {
  if (fileKindFromPath(input.path, compiled.globs)) return true;
  if (isTooLarge(input)) return false;
  const index = new LineIndex(input.text);
  if (isYamlPath(input.path)) return kindFromData(dataOf(readYamlMap(input.text, 0, index).entries)) !== undefined;
  const fm = readFrontMatter(index);
  return fm !== undefined && !('unclosed' in fm) && kindFromData(fm.frontMatter.data) !== undefined;
}

export function parseDocument(path: string, index: LineIndex, matcher: ConceptMatcher): ParsedDocument {
  return isYamlPath(path) ? parseYamlRecord(index, matcher) : parseMarkdown(index, matcher);
}

export function analyze(input: AnalyzeInput, compiled: Compiled): Analysis {
  const { config } = input;
  const catalog = catalogFor(input.locale);
  const tooMuch = isTooLarge(input);
  if (tooMuch) {
    const m = catalog.messages;
    const message = tooMuch === 'bytes' ? format(m.fileTooLarge, { limit: MAX_FILE_BYTES / (1024 * 1024) }) : format(m.fileTooManyLines, { lines: MAX_FILE_LINES.toLocaleString('en') });
    return tooLarge(input, compiled, message);
  }

  const index = new LineIndex(input.text);
  const document = parseDocument(input.path, index, compiled.matcher);
  const fileKind = kindFromFrontMatter(document) ?? fileKindFromPath(input.path, compiled.globs);
  const statusInfo = statusOf(document, index);
  const status = statusInfo.status;
  const anchor = anchorOf(document, index);
  if (fileKind === 'persona') return personaAnalysis(input, document, index, anchor, statusInfo);
  const kind = fileKind;
  if (!kind) return { kind, status, statusInfo, document, concepts: [], findings: [], judgements: new Map(), anchor, suppressed: [], references: [] };

  const references = [...keyReferences(document.frontMatter, index), ...linkReferences(input.personaDirectory?.cardAt ? documentLinks(index) : [], input.personaDirectory)];
  const known = input.personas ?? input.personaDirectory?.cards;
  const reading = readingOf(document, compiled.matcher, compiled.words, known, references.map((r) => r.id));
  // "Problems", "Members": one generic word names a concept only when the section names someone.
  let otherSenses: string[] | undefined;
  for (const s of document.sections) {
    if (!s.generic || s.concepts.length === 0) continue;
    if (namesSomeone(s, reading, (otherSenses ??= otherSenseWords(document, reading)))) addPeopleOf(s, reading.people);
    else s.concepts = [];
  }
  const conceptSections = document.sections.filter((s) => s.concepts.length > 0);
  const hollow = new Map(conceptSections.map((s) => [s, hollowness(s)]));
  const concepts = conceptReports(conceptSections, hollow, requiredConcepts(kind, status, config));
  // A link to a persona card names the customer as a `customers:` key does.
  const segment = concepts.find((c) => c.concept === 'customer-segment');
  if (segment?.state === 'missing' && references.some((r) => r.via === 'link')) segment.state = 'present';
  const judgements = new Map(conceptSections.filter((s) => hollow.get(s) === undefined).map((s) => [s, judgeSection(s, reading)]));
  const suppressions = scanSuppressions(document, RULE_IDS);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    if (!rule.check) continue;
    const severity = severityFor(rule.id, rule.defaultSeverity(kind, status), config, status);
    if (!severity) continue;
    const context: RuleContext = {
      document, kind, status, concepts, conceptSections, suppressions, catalog, anchor,
      hollowness: (s) => hollow.get(s),
      judgement: (s) => judgements.get(s) ?? [],
      report: (range, message, concept) => findings.push({ rule: rule.id, severity, message, range, concept }),
      references,
      personas: input.personaDirectory,
    };
    rule.check(context);
  }
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const by = f.rule === 'invalid-suppression' ? undefined : suppressionOf(f, suppressions.suppressions);
    if (by) suppressed.push({ finding: f, reason: by.reason });
    else kept.push(f);
  }
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { kind, status, statusInfo, document, concepts, findings: kept, judgements, anchor, suppressed, references };
}

/** A persona card: read, and checked by the persona rules only. */
function personaAnalysis(input: AnalyzeInput, document: ParsedDocument, index: LineIndex, anchor: Range, statusInfo: StatusInfo): Analysis {
  const card = readCard(document, input.path, index, anchor);
  const catalog = catalogFor(input.locale);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = rule.checkPersona && severityFor(rule.id, rule.defaultSeverity('spec', 'proposed'), input.config, 'proposed');
    if (!rule.checkPersona || !severity) continue;
    rule.checkPersona({ card, personas: input.personaDirectory, catalog, report: (range, message) => findings.push({ rule: rule.id, severity, message, range }) });
  }
  const suppressions = scanSuppressions(document, RULE_IDS);
  const kept = findings.filter((f) => !suppressionOf(f, suppressions.suppressions));
  return { status: statusInfo.status, statusInfo, document, concepts: [], findings: kept, judgements: new Map(), anchor, suppressed: [], references: [], persona: card };
}

/** A file above the size limit: one finding on its first line, nothing parsed. */
function tooLarge(input: AnalyzeInput, compiled: Compiled, message: string): Analysis {
  const firstLineEnd = input.text.indexOf('\n');
  const width = Math.min(firstLineEnd < 0 ? input.text.length : firstLineEnd, 200);
  const anchor: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: width } };
  const document: ParsedDocument = { format: isYamlPath(input.path) ? 'yaml' : 'markdown', text: '', lineCount: 0, sections: [], comments: [], parseErrors: [] };
  const kind = kindFromPath(input.path, compiled.globs);
  const severity = severityFor('file-too-large', 'info', input.config, 'proposed');
  const findings: Finding[] = kind && severity ? [{ rule: 'file-too-large', severity, message, range: anchor }] : [];
  return { kind, status: 'proposed', statusInfo: { status: 'proposed' }, document, concepts: [], findings, judgements: new Map(), anchor, suppressed: [], references: [] };
}
