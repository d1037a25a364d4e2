// One check of one document: parse it, find its kind and status, run every rule, apply suppressions.
// analyze.ts knows no rule: each says when it applies and what it reports (rules/).

import { fileKindFromPath, HISTORY, kindFromFrontMatter, kindFromPath, statusOf, type KindGlobs, type StatusInfo } from './classify';
import type { ConceptMatcher } from './concepts';
import { MAX_FILE_BYTES, MAX_FILE_LINES, type Config } from './config/defaults';
import { settleGenericSections } from './generic';
import { hollowness } from './hollow';
import { judgeSection, readingOf, type SubstanceWords, type Verdict } from './judge';
import { catalogFor, format } from './l10n';
import { anchorOf, isTooLarge, isYamlPath, parseDocument } from './parse/document';
import { readCard } from './personas/card';
import type { PersonaDirectory } from './personas/directory';
import { documentLinks, keyReferences, linkReferences } from './personas/references';
import { RULE_IDS, RULES, type RuleContext } from './rules';
import fileTooLarge from './rules/fileTooLarge';
import { scanSuppressions, suppressionOf, type SuppressionScan } from './suppress';
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
  /**
   * What the host knows of the workspace's persona cards: for unknown-persona, unused-persona and links to
   * cards; a referenced card's name counts as naming the customer.
   */
  personaDirectory?: PersonaDirectory;
}

export interface Analysis {
  /** Undefined when the document is neither a decision nor a spec (a persona card, or no record): no record rule runs. */
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
/** The concepts a link to a persona card names, by their rules. */
const NAMED_BY_PERSONA_LINK = new Set(RULES.flatMap((r) => (r.concept?.namedByPersonaLink ? [r.concept.id] : [])));
const UNSUPPRESSIBLE = new Set(RULES.flatMap((r) => (r.unsuppressible ? [r.id] : [])));

function conceptReports(sections: Section[], hollow: Map<Section, Hollowness | undefined>, required: ReadonlySet<ConceptId>, linksPersona: boolean): ConceptReport[] {
  return CONCEPTS.map((concept) => {
    const named = sections.filter((s) => s.concepts.includes(concept));
    // A "no impact" section is present: unjustified-no-impact judges it.
    const solid = named.find((s) => hollow.get(s) === undefined || hollow.get(s) === 'no-impact');
    const linked = linksPersona && NAMED_BY_PERSONA_LINK.has(concept);
    const state = solid || (linked && named.length === 0) ? 'present' : named.length > 0 ? 'hollow' : 'missing';
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

/** The findings a suppression comment of the document silences, with its reason, and the rest. */
function applySuppressions(findings: Finding[], { suppressions }: SuppressionScan): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const by = UNSUPPRESSIBLE.has(f.rule) ? undefined : suppressionOf(f, suppressions);
    if (by) suppressed.push({ finding: f, reason: by.reason });
    else kept.push(f);
  }
  return { kept, suppressed };
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
  const reading = readingOf(document, compiled.matcher, compiled.words, input.personaDirectory?.cards, references.map((r) => r.id));
  settleGenericSections(document, reading);
  const conceptSections = document.sections.filter((s) => s.concepts.length > 0);
  const hollow = new Map(conceptSections.map((s) => [s, hollowness(s)]));
  const linksPersona = references.some((r) => r.via === 'link');
  const concepts = conceptReports(conceptSections, hollow, requiredConcepts(kind, status, config), linksPersona);
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
  const { kept, suppressed } = applySuppressions(findings, suppressions);
  kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { kind, status, statusInfo, document, concepts, findings: kept, judgements, anchor, suppressed, references };
}

/** A persona card: read, and checked by the persona rules only. */
function personaAnalysis(input: AnalyzeInput, document: ParsedDocument, index: LineIndex, anchor: Range, statusInfo: StatusInfo): Analysis {
  const card = readCard(document, input.path, index, anchor);
  const catalog = catalogFor(input.locale);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    // A card has no kind or status of its own: its rules' severities are read as for a proposed spec.
    const severity = rule.checkPersona && severityFor(rule.id, rule.defaultSeverity('spec', 'proposed'), input.config, 'proposed');
    if (!rule.checkPersona || !severity) continue;
    rule.checkPersona({ card, personas: input.personaDirectory, catalog, report: (range, message) => findings.push({ rule: rule.id, severity, message, range }) });
  }
  // A card's silenced findings are not shown anywhere: the decision map has no row for cards.
  const { kept } = applySuppressions(findings, scanSuppressions(document, RULE_IDS));
  return { status: statusInfo.status, statusInfo, document, concepts: [], findings: kept, judgements: new Map(), anchor, suppressed: [], references: [], persona: card };
}

/** A file above the size limit: one finding on its first line, nothing parsed. */
function tooLarge(input: AnalyzeInput, compiled: Compiled, message: string): Analysis {
  const firstLineEnd = input.text.indexOf('\n');
  const width = Math.min(firstLineEnd < 0 ? input.text.length : firstLineEnd, 200);
  const anchor: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: width } };
  const document: ParsedDocument = { format: isYamlPath(input.path) ? 'yaml' : 'markdown', text: '', lineCount: 0, sections: [], comments: [], parseErrors: [] };
  const kind = kindFromPath(input.path, compiled.globs);
  const severity = severityFor(fileTooLarge.id, fileTooLarge.defaultSeverity(kind ?? 'spec', 'proposed'), input.config, 'proposed');
  const findings: Finding[] = kind && severity ? [{ rule: fileTooLarge.id, severity, message, range: anchor }] : [];
  return { kind, status: 'proposed', statusInfo: { status: 'proposed' }, document, concepts: [], findings, judgements: new Map(), anchor, suppressed: [], references: [] };
}
