// Reads a persona card: its id (`id:`, else the file name), its name (`name:`, else the title), and what it
// says of the customer (segment, jobs, pains, gains, quotes), from keys or from sections headed in any of
// the seven languages, as the New Persona command writes them.

import { contentLines } from '../hollow';
import { catalogFor } from '../l10n';
import { keyToWords } from '../parse/yamlRecord';
import { words, type LineIndex } from '../text';
import type { LanguageCode, ParsedDocument, PersonaCard, Range, Section } from '../types';
import { LANGUAGES } from '../types';
import { isPersonaId } from './directory';

type CardPart = 'segment' | 'jobs' | 'pains' | 'gains' | 'quotes';
const CARD_PARTS: readonly CardPart[] = ['segment', 'jobs', 'pains', 'gains', 'quotes'];
/** Key names and English headings besides the catalogs' own. */
const EXTRA: Record<CardPart, string[]> = {
  segment: ['segment', 'customer segment'],
  jobs: ['jobs', 'jtbd', 'job to be done', 'goals'],
  pains: ['pain', 'pain points', 'frustrations'],
  gains: ['gain', 'benefits'],
  quotes: ['quote', 'voice of the customer'],
};

/** Each part's headings, as folded words joined by one space. */
const PART_BY_LABEL = new Map<string, CardPart>();
for (const part of CARD_PARTS) {
  const labels = [...EXTRA[part], ...LANGUAGES.map((l: LanguageCode) => catalogFor(l).persona.sections[part])];
  for (const label of labels) PART_BY_LABEL.set(words(label).join(' '), part);
}

/** The part of the card a heading or label of the body is (front-matter keys are read from the data). */
function partOf(section: Section): CardPart | undefined {
  return PART_BY_LABEL.get(words(section.label).join(' '));
}

/** A key's value as lines of text: a string, or the strings of a list. */
function valueLines(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim()).filter((v) => v.length > 0);
}

/** A section's items: list items and paragraphs, without their markers or quotation marks. */
function itemsOf(section: Section): string[] {
  return contentLines(section)
    .map((l) => l.replace(/^\s*(?:>\s*)?(?:[-*+]|\d+[.)])?\s*/, '').replace(/^["“„«]\s*|\s*["”“»]$/g, '').trim())
    .filter((l) => l.length > 0);
}

/** `ana.persona.md` -> `ana`; `shop-owner.md` -> `shop-owner`. */
export function idFromPath(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The range of a key's value on its line, else the line. */
function valueRange(index: LineIndex, line: number, value: string): Range {
  const text = index.line(line);
  const at = text.indexOf(value, text.indexOf(':') + 1);
  return at >= 0 ? { start: { line, character: at }, end: { line, character: at + value.length } } : index.lineRange(line);
}

export function readCard(doc: ParsedDocument, path: string, index: LineIndex, anchor: Range): PersonaCard {
  const data = doc.frontMatter?.data ?? {};
  const written = typeof data.id === 'string' || typeof data.id === 'number' ? String(data.id).trim() : '';
  const hasId = isPersonaId(written);
  const id = hasId ? written : idFromPath(path);
  const idLine = doc.frontMatter?.keyLines.get('id');
  const idRange = hasId && idLine !== undefined ? valueRange(index, idLine, written) : anchor;
  const name = typeof data.name === 'string' && data.name.trim() ? data.name.trim() : doc.title?.text.trim() || undefined;
  const parts: Record<CardPart, string[]> = { segment: [], jobs: [], pains: [], gains: [], quotes: [] };
  for (const key of Object.keys(data)) {
    const part = PART_BY_LABEL.get(words(keyToWords(key)).join(' '));
    if (part && parts[part].length === 0) parts[part] = valueLines(data[key]);
  }
  for (const section of doc.sections) {
    if (section.source === 'front-matter' || section.source === 'yaml-key') continue;
    const part = partOf(section);
    if (part && parts[part].length === 0) parts[part] = itemsOf(section);
  }
  return {
    id,
    idRange,
    idFromFileName: !hasId,
    name,
    segment: parts.segment.length > 0 ? parts.segment.join(' ') : undefined,
    jobs: parts.jobs,
    pains: parts.pains,
    gains: parts.gains,
    quotes: parts.quotes,
    anchor,
  };
}
