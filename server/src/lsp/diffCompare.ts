// The title hover in a diff view: when the client has both sides of a diff open (the working file and its
// git:, pr:, review: or gitlens: view, one path under two schemes), the record is compared with the other
// side, older → newer, in the words of the PR summary (engine/compare.ts does the comparing).

import type { Hover, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  catalogFor, conceptChanges, coveragePercent, format, requiredCount, type Analysis, type Catalog, type ComparedState, type ConceptChange,
  type ConceptEntry, type RequiredCount,
} from '../engine';

/** The schemes a diff view shows a file under; `file:` is the working copy, the newer side. */
const DIFF_SCHEMES = new Set(['file', 'git', 'pr', 'review', 'gitlens']);

function schemeOf(uri: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1].toLowerCase() ?? '';
}

/** The file path a diff-view URI names, its drive letter in one case; undefined for any other URI. */
export function diffPathOf(uri: string): string | undefined {
  if (!DIFF_SCHEMES.has(schemeOf(uri))) return undefined;
  try {
    return decodeURIComponent(new URL(uri).pathname).replace(/^\/([A-Za-z]):/, (_m, d: string) => `/${d.toLowerCase()}:`);
  } catch {
    return undefined;
  }
}

/** The other side of a diff for `uri`, the last opened when there are several; which of the two is older. */
function otherSide(uri: string, documents: TextDocuments<TextDocument>): { other: TextDocument; otherIsOlder: boolean } | undefined {
  const path = diffPathOf(uri);
  if (!path) return undefined;
  const scheme = schemeOf(uri);
  const others = documents.all().filter((d) => schemeOf(d.uri) !== scheme && diffPathOf(d.uri) === path);
  const other = others[others.length - 1];
  // The working copy is the newer side; between two views of git, the hovered one is.
  return other && { other, otherIsOlder: schemeOf(other.uri) !== 'file' };
}

function stateWord(state: ComparedState, ui: Catalog['ui']): string {
  return state === 'not-required' ? ui.notRequired : ui[state];
}

function changeLine({ concept, was, now }: ConceptChange, catalog: Catalog): string {
  const heading = catalog.concepts[concept].heading;
  const word = stateWord(now, catalog.ui);
  if (was === undefined) return `${heading}: ${word}`;
  return was === now ? `${heading}: ${format(catalog.ui.diffStill, { state: word })}` : `${heading}: ${stateWord(was, catalog.ui)} → ${word}`;
}

/** The section's Markdown lines: older is undefined when the older side is no record (the record is new). */
export function comparisonLines(older: readonly ConceptEntry[] | undefined, newer: readonly ConceptEntry[], locale: string): string[] {
  const catalog = catalogFor(locale);
  const ui = catalog.ui;
  const percent = new Intl.NumberFormat(catalog.language, { style: 'percent', maximumFractionDigits: 1 });
  const pct = (c: RequiredCount) => {
    const p = coveragePercent(c);
    return p === undefined ? '–' : percent.format(p / 100);
  };
  const was = older ? requiredCount(older) : { present: 0, required: 0 };
  const now = requiredCount(newer);
  const lines = conceptChanges(older, newer).map((c) => `- ${changeLine(c, catalog)}`);
  return [
    `**${ui.diffCompared}**`,
    '',
    ...(older ? [] : [`*${ui.diffNew}*`, '']),
    ...(lines.length > 0 ? lines : [`- ${ui.diffUnchanged}`]),
    '',
    format(ui.diffCoverage, { before: pct(was), after: pct(now), was: `${was.present}/${was.required}`, now: `${now.present}/${now.required}` }),
  ];
}

export interface DiffContext {
  documents: TextDocuments<TextDocument>;
  analyse(doc: TextDocument): Promise<Analysis>;
  locale: string;
}

/** The hover with the comparison added, when the other side of a diff is open and the newer side is a record. */
export async function withDiffComparison(hover: Hover | null, doc: TextDocument, analysis: Analysis, onTitle: boolean, markdown: boolean, ctx: DiffContext): Promise<Hover | null> {
  if (!hover || !onTitle || typeof hover.contents !== 'object' || !('kind' in hover.contents)) return hover;
  const side = otherSide(doc.uri, ctx.documents);
  if (!side) return hover;
  const theirs = await ctx.analyse(side.other);
  const [older, newer] = side.otherIsOlder ? [theirs, analysis] : [analysis, theirs];
  if (!newer.kind) return hover;
  // A diff shows a file the change adds as an empty older side: that record is new, not one with nothing in it.
  const olderText = (side.otherIsOlder ? side.other : doc).getText();
  const wasRecord = older.kind !== undefined && olderText.trim() !== '';
  const lines = comparisonLines(wasRecord ? older.concepts : undefined, newer.concepts, ctx.locale).join('\n');
  const added = markdown ? lines : lines.replace(/\*\*|\*/g, '');
  return { ...hover, contents: { kind: hover.contents.kind, value: `${hover.contents.value}\n\n${added}` } };
}
