// Where a record names its personas: the ids under front matter (or top-level YAML) `customers:` and
// `personas:`, each with the place it is written, and Markdown links to a card's file.

import type { LineIndex } from '../text';
import type { FrontMatter, PersonaReference, Range } from '../types';
import { isPersonaId, type PersonaDirectory } from './directory';

export const REFERENCE_KEYS = ['customers', 'personas'] as const;

/** The id-like values of a `customers:`/`personas:` value: one string or a list of them. */
function idsOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(isPersonaId);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each id's place among the key's own lines: the key's line and the indented or `- ` lines after it. */
function placesOf(ids: string[], keyLine: number, index: LineIndex): Range[] {
  const lines = [keyLine];
  for (let n = keyLine + 1; n < index.lineCount && /^(?:\s+\S|-\s)/.test(index.line(n)); n++) lines.push(n);
  const taken = new Set<string>();
  return ids.map((id) => {
    const word = new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(id)}(?![\\p{L}\\p{N}_-])`, 'gu');
    for (const n of lines) {
      const text = index.line(n);
      // The key itself is not its value: `personas: [personas]` names the second one.
      const from = n === keyLine ? text.indexOf(':') + 1 : 0;
      word.lastIndex = from;
      for (let m = word.exec(text); m; m = word.exec(text)) {
        const key = `${n}:${m.index}`;
        if (taken.has(key)) continue;
        taken.add(key);
        return { start: { line: n, character: m.index }, end: { line: n, character: m.index + id.length } };
      }
    }
    return index.lineRange(keyLine);
  });
}

export function keyReferences(frontMatter: FrontMatter | undefined, index: LineIndex): PersonaReference[] {
  if (!frontMatter) return [];
  const out: PersonaReference[] = [];
  for (const key of REFERENCE_KEYS) {
    const line = frontMatter.keyLines.get(key);
    if (line === undefined || !Object.hasOwn(frontMatter.data, key)) continue;
    const ids = idsOf(frontMatter.data[key]);
    placesOf(ids, line, index).forEach((range, i) => out.push({ id: ids[i], range, via: 'key' }));
  }
  return out;
}

/** `[text](target)` whose target is a relative path to a Markdown or YAML file. */
const LINK = /\[[^\]\n]*\]\(\s*<?([^()\s<>]+?)>?(?:\s+["'][^"'\n]*["'])?\s*\)/g;
const DOCUMENT_TARGET = /^(?![a-z][a-z\d+.-]*:|\/\/)[^#?]+\.(?:md|markdown|ya?ml)(?:[#?].*)?$/i;

/** A link to a Markdown or YAML file, its target as a relative path (fragment and query left out). */
export interface DocumentLink {
  target: string;
  range: Range;
}

/** The document's links to other Markdown or YAML files, whether or not they are cards. */
export function documentLinks(index: LineIndex): DocumentLink[] {
  if (!index.text.includes('](')) return [];
  const out: DocumentLink[] = [];
  LINK.lastIndex = 0;
  for (let m = LINK.exec(index.text); m; m = LINK.exec(index.text)) {
    if (!DOCUMENT_TARGET.test(m[1])) continue;
    let target = m[1].replace(/[#?].*$/, '');
    try {
      target = decodeURIComponent(target);
    } catch {
      // Malformed percent-encoding: the target as written.
    }
    out.push({ target, range: { start: index.positionAt(m.index), end: index.positionAt(m.index + m[0].length) } });
  }
  return out;
}

/** Links to a card's file; the directory says which targets are cards. */
export function linkReferences(links: readonly DocumentLink[], directory: PersonaDirectory | undefined): PersonaReference[] {
  const cardAt = directory?.cardAt;
  if (!cardAt) return [];
  const out: PersonaReference[] = [];
  for (const link of links) {
    const card = cardAt.call(directory, link.target);
    if (card) out.push({ id: card.id, range: link.range, via: 'link' });
  }
  return out;
}
