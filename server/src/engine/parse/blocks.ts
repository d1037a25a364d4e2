// The blocks of a Markdown body that can name a section, through markdown-it's CommonMark block parser:
// headings, paragraphs that may hold a label or a status line, and HTML blocks that may hold comments.
// markdown-it is kept on its maintained 14.x line; docs/performance.md says why and when to move.

import MarkdownIt, { type Token } from 'markdown-it';

const md = new MarkdownIt('commonmark');

/** Lines count from the body's first line. */
export interface Blocks {
  headings: { level: number; content: string; line: number; endLine: number }[];
  paragraphs: { content: string; line: number; firstInListItem: boolean }[];
  html: { content: string; line: number }[];
}

function inlineContent(tokens: Token[], i: number): string {
  const inline = tokens[i + 1];
  return inline && inline.type === 'inline' ? inline.content : '';
}

/** Whether a paragraph can hold a label or a status line: it has a colon, or starts with ** or __. */
function mayHoldLabel(content: string): boolean {
  return content.includes(':') || content.startsWith('**') || content.startsWith('__');
}

/**
 * The body as markdown-it's block parser reads it: its line breaks are \n only, and a NUL would be U+FFFD (what
 * MarkdownIt.parse's first rule does before the block parse).
 */
function normalized(text: string): string {
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return lines.includes('\0') ? lines.replace(/\0/g, '\uFFFD') : lines;
}

export function blocksOf(body: string): Blocks {
  // Only blocks matter here: the block parser alone, without the inline parse that MarkdownIt.parse adds.
  const tokens: Token[] = [];
  md.block.parse(normalized(body), md, {}, tokens);
  const blocks: Blocks = { headings: [], paragraphs: [], html: [] };
  let listItemDepth = 0;
  // Whether the next block is the first of a list item: only there can a list label (`- Impact: ...`) start.
  let firstInItem = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'list_item_open') {
      listItemDepth++;
      firstInItem = true;
      continue;
    }
    if (t.type === 'list_item_close') {
      listItemDepth--;
      continue;
    }
    if (!t.map) continue;
    const line = t.map[0];
    if (t.type === 'heading_open') {
      blocks.headings.push({ level: Number(t.tag.slice(1)), content: inlineContent(tokens, i), line, endLine: t.map[1] });
    } else if (t.type === 'paragraph_open') {
      const content = inlineContent(tokens, i);
      if (mayHoldLabel(content)) blocks.paragraphs.push({ content, line, firstInListItem: listItemDepth > 0 && firstInItem });
      firstInItem = false;
    } else if (t.type === 'html_block') {
      if (t.content.includes('<!--')) blocks.html.push({ content: t.content, line });
      firstInItem = false;
    } else if (t.type !== 'bullet_list_open' && t.type !== 'ordered_list_open') {
      firstInItem = false;
    }
  }
  return blocks;
}
