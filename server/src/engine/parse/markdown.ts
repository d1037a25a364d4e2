// A Markdown document's sections: front-matter keys, then headings and labels from the block parse of the
// body, in line order; comments from HTML blocks; the title from the first level-1 heading.

import type { ConceptMatcher } from '../concepts';
import type { LineIndex } from '../text';
import type { Comment, ParsedDocument, Section } from '../types';
import { blocksOf } from './blocks';
import { readFrontMatter } from './frontMatter';
import { commentsIn, labelOf, plainStatusLines, type Label } from './labels';
import { headingSections, labelSections, type Heading } from './sections';
import { entriesToSections } from './yamlRecord';

const byLine = (a: Section, b: Section) => a.labelRange.start.line - b.labelRange.start.line;

export function parseMarkdown(index: LineIndex, matcher: ConceptMatcher): ParsedDocument {
  const text = index.text;
  const doc: ParsedDocument = { format: 'markdown', text, lineCount: index.lineCount, sections: [], comments: [], parseErrors: [] };
  let bodyStart = 0;
  const fm = readFrontMatter(index);
  if (fm && 'unclosed' in fm) {
    doc.parseErrors.push({ where: 'front-matter', problem: { unclosed: true }, range: index.lineRange(0) });
  } else if (fm) {
    doc.frontMatter = fm.frontMatter;
    bodyStart = fm.bodyStart;
    const error = fm.frontMatter.error;
    if (error) doc.parseErrors.push({ where: 'front-matter', problem: error.problem, range: index.lineRange(error.line) });
    doc.sections = entriesToSections(fm.entries, 'front-matter', matcher).sort(byLine);
  }

  const body = bodyStart > 0 ? text.slice(index.starts[bodyStart] ?? text.length) : text;
  const blocks = blocksOf(body);
  const headings: Heading[] = blocks.headings.map((h) => {
    const line = h.line + bodyStart;
    return { level: h.level, text: h.content.trim(), line, endLine: h.endLine + bodyStart, range: index.lineRange(line) };
  });
  const labels: Label[] = [];
  for (const p of blocks.paragraphs) {
    const line = p.line + bodyStart;
    const label = labelOf(p.content, line, index, p.firstInListItem);
    if (label) labels.push(label);
    else for (const status of plainStatusLines(p.content, line, index)) labels.push(status);
  }
  const comments: Comment[] = [];
  for (const h of blocks.html) for (const c of commentsIn(h.content, h.line + bodyStart, index)) comments.push(c);
  doc.comments = comments;

  // Headings and labels in line order (no line holds both): a stable sort keeps the front matter's first.
  const bodySections = [...headingSections(headings, index, matcher), ...labelSections(labels, headings, index, matcher)].sort(byLine);
  for (const s of bodySections) doc.sections.push(s);

  const h1 = bodySections.find((s) => s.source === 'heading' && s.level === 1);
  if (h1) doc.title = { text: h1.label, range: h1.labelRange };
  else if (doc.frontMatter && typeof doc.frontMatter.data.title === 'string') {
    const line = doc.frontMatter.keyLines.get('title') ?? 0;
    doc.title = { text: doc.frontMatter.data.title, range: index.lineRange(line) };
  }
  return doc;
}
