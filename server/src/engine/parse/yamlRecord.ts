// Whole-YAML records: every top-level key is a section.

import type { ConceptMatcher } from '../concepts';
import type { LineIndex } from '../text';
import type { FrontMatter, ParsedDocument, Section, SectionSource } from '../types';
import { conceptsOf } from './sections';
import { dataOf, readYamlMap, type YamlEntry, type YamlMap } from './yamlMap';

/** `customer_impact`, `customerImpact` and `customer-impact` all read as "customer impact". */
export function keyToWords(key: string): string {
  return key.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/[_\-.]+/g, ' ');
}

export function entriesToSections(entries: YamlEntry[], source: SectionSource, matcher: ConceptMatcher): Section[] {
  return entries.map((e): Section => ({
    label: e.key,
    source,
    level: 7,
    labelRange: e.keyRange,
    bodyStart: e.line,
    bodyEnd: Math.max(e.line + 1, e.endLine),
    body: e.text,
    ...conceptsOf(keyToWords(e.key), matcher),
  }));
}

const COMMENT_LINE = /^\s*#(.*)$/;

/** A YAML record's keys play the part of front matter: kind, status and title are read from them. */
export function keysAsFrontMatter(yaml: YamlMap, index: LineIndex): FrontMatter {
  return { data: dataOf(yaml.entries), keyLines: new Map(yaml.entries.map((e) => [e.key, e.line])), range: index.lineRange(0) };
}

export function parseYamlRecord(index: LineIndex, matcher: ConceptMatcher): ParsedDocument {
  const text = index.text;
  const doc: ParsedDocument = { format: 'yaml', text, lineCount: index.lineCount, sections: [], comments: [], parseErrors: [] };
  const yaml = readYamlMap(text, 0, index);
  if (yaml.error) doc.parseErrors.push({ where: 'record', problem: yaml.error.problem, range: index.lineRange(yaml.error.line) });
  if (yaml.notAMap) doc.parseErrors.push({ where: 'record', problem: { notAMap: true }, range: index.lineRange(0) });
  doc.sections = entriesToSections(yaml.entries, 'yaml-key', matcher);
  doc.frontMatter = keysAsFrontMatter(yaml, index);
  const { data, keyLines } = doc.frontMatter;
  const titleKey = ['title', 'name'].find((k) => typeof data[k] === 'string');
  if (titleKey) doc.title = { text: String(data[titleKey]), range: index.lineRange(keyLines.get(titleKey) ?? 0) };
  for (let n = 0; n < index.lineCount; n++) {
    const m = COMMENT_LINE.exec(index.line(n));
    if (m) doc.comments.push({ text: m[1], line: n, range: index.lineRange(n) });
  }
  return doc;
}
