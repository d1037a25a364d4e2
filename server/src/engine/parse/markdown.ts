// Markdown through markdown-it's CommonMark block parser: headings, labels and comments, nothing from code.

import MarkdownIt, { type Token } from 'markdown-it';
import { isStatusLabel, type ConceptMatcher } from '../concepts';
import { detached, LineIndex } from '../text';
import type { Comment, ParsedDocument, Range, Section } from '../types';
import { readFrontMatter } from './frontMatter';
import { entriesToSections } from './yamlRecord';

const parser = new MarkdownIt('commonmark');
// Only blocks matter here; inline parsing is most of markdown-it's cost and changes no line.
parser.core.ruler.disable(['inline', 'text_join']);
// markdown-it's first rule turns \r\n and \r into \n and NUL into U+FFFD with two regular expressions over the
// whole text. Most texts have neither: looking for them first is several times cheaper than those searches.
parser.core.ruler.at('normalize', (state) => {
  if (state.src.includes('\r')) state.src = state.src.replace(/\r\n?/g, '\n');
  if (state.src.includes('\0')) state.src = state.src.replace(/\0/g, '\uFFFD');
});

// markdown-it 15 sets each token's eight fields through a transpiled defineProperty helper, which is about a
// third of a block parse. Block tokens are made here with plain assignments instead: the same fields in the
// same order, and Token's prototype, so they are Tokens in every way (test/unit/markdownTokens.test.ts).
const TokenClass = new parser.core.State('', parser, {}).Token;

class BlockToken {
  declare type: string;
  declare tag: string;
  declare attrs: [string, string][] | null;
  declare map: [number, number] | null;
  declare nesting: Token['nesting'];
  declare level: number;
  declare children: Token[] | null;
  declare content: string;
  declare markup: string;
  declare info: string;
  declare meta: unknown;
  declare block: boolean;
  declare hidden: boolean;

  constructor(type: string, tag: string, nesting: Token['nesting']) {
    this.map = null;
    this.level = 0;
    this.children = null;
    this.content = '';
    this.markup = '';
    this.info = '';
    this.block = false;
    this.hidden = false;
    this.type = type;
    this.tag = tag;
    this.attrs = null;
    this.nesting = nesting;
    this.meta = null;
  }
}
Object.setPrototypeOf(BlockToken.prototype, TokenClass.prototype);

// markdown-it's StateBlock constructor also sets its fields through that helper, and finds each line's end
// by testing every character. This one assigns the same fields in the same order, measures each line's
// indentation, and lets indexOf find its end: the same marks (test/unit/speed.test.ts compares them).
const StockState = parser.block.State;

class BlockState {
  declare bMarks: number[];
  declare eMarks: number[];
  declare tShift: number[];
  declare sCount: number[];
  declare bsCount: number[];
  declare blkIndent: number;
  declare line: number;
  declare lineMax: number;
  declare tight: boolean;
  declare listIndent: number;
  declare parentType: string;
  declare level: number;
  declare Token: unknown;
  declare src: string;
  declare md: typeof parser;
  declare env: unknown;
  declare tokens: Token[];

  constructor(src: string, md: typeof parser, env: unknown, tokens: Token[]) {
    // The arrays are made at their full size (a line per line break, and the end): growing them one push
    // at a time allocated about three times their size, the largest share of a check's garbage.
    let breaks = 0;
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) breaks++;
    const size = breaks + 2;
    const bMarks: number[] = new Array<number>(size);
    const eMarks: number[] = new Array<number>(size);
    const tShift: number[] = new Array<number>(size);
    const sCount: number[] = new Array<number>(size);
    const bsCount: number[] = new Array<number>(size);
    this.bMarks = bMarks;
    this.eMarks = eMarks;
    this.tShift = tShift;
    this.sCount = sCount;
    this.bsCount = bsCount;
    this.blkIndent = 0;
    this.line = 0;
    this.lineMax = 0;
    this.tight = false;
    this.listIndent = -1;
    this.parentType = 'root';
    this.level = 0;
    this.Token = TokenClass;
    this.src = src;
    this.md = md;
    this.env = env;
    this.tokens = tokens;
    const len = src.length;
    let start = 0;
    let n = 0;
    while (start < len) {
      let pos = start;
      let indent = 0;
      let offset = 0;
      for (; pos < len; pos++) {
        const ch = src.charCodeAt(pos);
        if (ch === 0x20) offset++;
        else if (ch === 0x09) offset += 4 - (offset % 4);
        else break;
        indent++;
      }
      // Blanks up to the end of the text, with no line break after them, make no line (as in markdown-it).
      if (pos >= len) break;
      const nl = src.indexOf('\n', pos);
      const end = nl < 0 ? len : nl;
      bMarks[n] = start;
      eMarks[n] = end;
      tShift[n] = indent;
      sCount[n] = offset;
      bsCount[n] = 0;
      n++;
      start = end + 1;
    }
    bMarks[n] = len;
    eMarks[n] = len;
    tShift[n] = 0;
    sCount[n] = 0;
    bsCount[n] = 0;
    n++;
    for (const marks of [bMarks, eMarks, tShift, sCount, bsCount]) marks.length = n;
    this.lineMax = n - 1;
  }

  /** markdown-it's StateBlock.push, with the faster token. */
  push(type: string, tag: string, nesting: Token['nesting']): Token {
    const token = new BlockToken(type, tag, nesting) as unknown as Token;
    token.block = true;
    if (nesting < 0) this.level--;
    token.level = this.level;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}
Object.setPrototypeOf(BlockState.prototype, StockState.prototype);
parser.block.State = BlockState as unknown as typeof StockState;

/** markdown-it's own block state, for tests comparing the two. */
export const StockBlockState = StockState;

/** The engine's block parser (CommonMark, no inline parsing), for tests. */
export const blockParser = parser;

/** Where a label line's name ends and its text begins. */
interface Label {
  name: string;
  rest: string;
  line: number;
  range: Range;
  source: 'bold-label' | 'list-label';
}

const BOLD_LABEL = /^(\*\*|__)([^*_\n]{1,80}?)(?:\s*:\s*\1|\1\s*:)[ \t]*(.*)$/;
const LIST_LABEL = /^([^:\n`<>[\]()]{1,60}?)\s*:(?:[ \t]+(.*))?$/;
const MAX_LABEL_WORDS = 7;

interface Heading {
  level: number;
  text: string;
  line: number;
  endLine: number;
  range: Range;
}

function labelOf(firstLine: string, line: number, index: LineIndex, inListItem: boolean): Label | undefined {
  // Most paragraphs are neither: a bold label starts with ** or __, a list label needs a colon.
  const c = firstLine.charCodeAt(0);
  const maybeBold = (c === 42 || c === 95) && firstLine.charCodeAt(1) === c;
  if (!maybeBold && !(inListItem && firstLine.includes(':'))) return undefined;
  const bold = maybeBold ? BOLD_LABEL.exec(firstLine) : null;
  const m = bold ? { name: bold[2], rest: bold[3] } : undefined;
  let found = m;
  let source: Label['source'] = 'bold-label';
  if (!found && inListItem) {
    const list = LIST_LABEL.exec(firstLine);
    if (list && !/https?$|^\s*$/.test(list[1])) {
      found = { name: list[1], rest: list[2] ?? '' };
      source = 'list-label';
    }
  }
  if (!found || found.name.trim().split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  const indent = Math.max(0, index.line(line).indexOf(firstLine.slice(0, 8)));
  return {
    name: found.name.trim(),
    rest: found.rest,
    line,
    source,
    range: { start: { line, character: indent }, end: { line, character: indent + firstLine.length } },
  };
}

/** Plain `Status: Accepted` lines in a paragraph, a common way to write the status without a list or bold. */
function plainStatusLines(content: string, firstLine: number, index: LineIndex, out: Label[]): void {
  // Only lines with a colon can be labels, and most paragraphs have none: the colons are found, not the lines.
  let line = firstLine;
  let lineStart = 0;
  for (let colon = content.indexOf(':'); colon >= 0; colon = content.indexOf(':', colon + 1)) {
    for (let nl = content.indexOf('\n', lineStart); nl >= 0 && nl < colon; nl = content.indexOf('\n', lineStart)) {
      lineStart = nl + 1;
      line++;
    }
    const nl = content.indexOf('\n', colon);
    const lineEnd = nl < 0 ? content.length : nl;
    // A label's colon comes before a space, a tab or the line's end ("https://" is no label); past the
    // first colon of its line, nothing more of it can be one.
    const after = colon + 1 < lineEnd ? content.charCodeAt(colon + 1) : 32;
    const candidate = after === 32 || after === 9;
    const text = candidate ? content.slice(lineStart, lineEnd) : '';
    colon = lineEnd;
    if (!candidate) continue;
    const m = LIST_LABEL.exec(text.trim());
    if (!m || !isStatusLabel(m[1])) continue;
    out.push({ name: m[1].trim(), rest: m[2] ?? '', line, source: 'list-label', range: index.lineRange(line) });
  }
}

/**
 * The comments of an HTML block, each from `<!--` to the first `-->` after it. Found with indexOf, not a
 * regular expression: with the expression, every `<!--` of a block with no `-->` after it searched the rest of
 * the block again (a pasted megabyte of `<!--` lines took minutes).
 */
function commentsIn(content: string, firstLine: number, index: LineIndex): Comment[] {
  const out: Comment[] = [];
  // Lines counted from one comment to the next: an unclosed <script> makes the rest of the file one block.
  let line = firstLine;
  let counted = 0;
  for (let open = content.indexOf('<!--'); open >= 0; ) {
    const close = content.indexOf('-->', open + 4);
    if (close < 0) break; // nothing closes this one, nor any after it
    for (; counted < open; counted++) if (content.charCodeAt(counted) === 10) line++;
    out.push({ text: content.slice(open + 4, close), line, range: index.lineRange(line) });
    open = content.indexOf('<!--', close + 3);
  }
  return out;
}

/**
 * What the block parse of a part of a document says about it, as much as the sections need: headings,
 * paragraphs that may hold a label or a status line, and HTML blocks that may hold comments. Lines are counted
 * from the part's first line.
 */
interface BlockFacts {
  headings: { level: number; content: string; line: number; endLine: number }[];
  paragraphs: { content: string; line: number; firstInListItem: boolean }[];
  html: { content: string; line: number }[];
}

/** The facts of one block parse's tokens. */
function factsOf(tokens: Token[], keep: (s: string) => string): BlockFacts {
  const facts: BlockFacts = { headings: [], paragraphs: [], html: [] };
  let listItemDepth = 0;
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
      const inline = tokens[i + 1];
      const content = inline && inline.type === 'inline' ? inline.content : '';
      facts.headings.push({ level: Number(t.tag.slice(1)), content: keep(content), line, endLine: t.map[1] });
    } else if (t.type === 'paragraph_open') {
      const inline = tokens[i + 1];
      const content = inline && inline.type === 'inline' ? inline.content : '';
      // Only a paragraph with a colon, or starting with ** or __, can hold a label or a status line.
      const c = content.charCodeAt(0);
      if (content.includes(':') || ((c === 42 || c === 95) && content.charCodeAt(1) === c)) {
        facts.paragraphs.push({ content: keep(content), line, firstInListItem: listItemDepth > 0 && firstInItem });
      }
      firstInItem = false;
    } else if (t.type === 'html_block') {
      if (t.content.includes('<!--')) facts.html.push({ content: keep(t.content), line });
      firstInItem = false;
    } else if (t.type !== 'bullet_list_open' && t.type !== 'ordered_list_open') {
      firstInItem = false;
    }
  }
  return facts;
}

/**
 * Whether a part, parsed on its own, ends where the whole document's parse would end it (`lineCount`: the
 * part's lines that end with a line break). A heading at the left margin ends every paragraph, list, quote
 * and reference; a fence, an HTML block or indented code that runs to the part's last line might have gone
 * on past it.
 */
function endsCleanly(tokens: Token[], lineCount: number): boolean {
  for (const t of tokens) {
    if (t.map && t.map[1] >= lineCount && (t.type === 'fence' || t.type === 'html_block' || t.type === 'code_block')) return false;
  }
  return true;
}

/** Whether an ATX heading starts at `at`: one to six #, then a space, a tab or the line's end. */
function headingAt(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 7 && text.charCodeAt(i) === 35) i++;
  const n = i - at;
  if (n < 1 || n > 6) return false;
  const c = i < text.length ? text.charCodeAt(i) : 10;
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Lines where the body can be cut into parts: ATX headings at the left margin, except those plainly inside a
 * fenced code block or an HTML comment (a shell script's `# comment` lines). This is only a first guess:
 * every cut is checked against the parse (endsCleanly). Lines are read in place: a check of every keystroke
 * runs this over the whole document.
 */
function cutLines(text: string, index: LineIndex, bodyStart: number): number[] {
  const cuts: number[] = [];
  const starts = index.starts;
  // The open fence's character and length; no fence is open while fenceChar is 0.
  let fenceChar = 0;
  let fenceLength = 0;
  for (let n = bodyStart; n < starts.length; n++) {
    const start = starts[n];
    // The last line is empty when the text ends with a line break: reading past the end would send V8's
    // optimised code for this loop back to the interpreter.
    const c = start < text.length ? text.charCodeAt(start) : 10;
    // Only lines starting with a space, #, `, ~ or < matter here.
    if (c !== 35 && c !== 32 && c !== 96 && c !== 126 && c !== 60) continue;
    let end = n + 1 < starts.length ? starts[n + 1] : text.length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
    if (c === 32 || c === 96 || c === 126) {
      // A fence's opening or closing line: three or more backticks or tildes, indented up to three spaces.
      let i = start;
      while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
      const f = i < end ? text.charCodeAt(i) : 0;
      let j = i;
      while (j < end && text.charCodeAt(j) === f) j++;
      if ((f === 96 || f === 126) && j - i >= 3) {
        if (fenceChar === 0) {
          // A backtick fence's info string has no backtick (that line is inline code instead).
          if (f === 126 || !holds(text, 96, j, end)) {
            fenceChar = f;
            fenceLength = j - i;
          }
        } else if (f === fenceChar && j - i >= fenceLength && blank(text, j, end)) fenceChar = 0;
        continue;
      }
    }
    if (fenceChar !== 0) continue;
    if (c === 35) {
      if (n > bodyStart && headingAt(text, start)) cuts.push(n);
      continue;
    }
    // A comment that the line opens and does not close: no cut until the line that closes it.
    const open = firstNonBlank(text, start, end);
    if (!text.startsWith('<!--', open) || open + 4 > end) continue;
    const close = text.indexOf('-->', open + 4);
    if (close >= 0 && close < end) continue;
    if (close < 0) break; // nothing closes it: the rest is a comment
    while (n + 1 < starts.length && starts[n + 1] <= close) n++;
  }
  return cuts;
}

/** Whether `text` holds the character `code` between `from` and `to`. */
function holds(text: string, code: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/** Whether `text` from `from` to `to` is only white space, as trim() counts it. */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return c < 128 ? false : text.slice(k, to).trim().length === 0;
  }
  return true;
}

/** Where the line from `from` to `to` has its first character that is not white space, as trimStart() counts it. */
function firstNonBlank(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 11 || text.charCodeAt(k) === 12)) k++;
  if (k < to && text.charCodeAt(k) >= 128) {
    const rest = text.slice(k, to);
    return k + rest.length - rest.trimStart().length;
  }
  return k;
}

/** A part of a document's body, as partsOf found it: where it starts, and whether it runs to the end. */
interface PlacedPart {
  line: number;
  last: boolean;
  part: Part;
}

/**
 * The document's parts, each part from a heading at the left margin to the next, as the block parse of the
 * whole body gives them: a part starts with its heading in either parse, since the parse of the part before
 * it ended cleanly (test/unit/speed.test.ts compares the two on generated documents). Parsing part by part
 * lets an editor reuse the parse of every part it did not change. After a part that does not end cleanly,
 * the rest of the body is one part.
 */
function partsOf(text: string, index: LineIndex, bodyStart: number, cache: PartCache): PlacedPart[] {
  const out: PlacedPart[] = [];
  const starts = cutLines(text, index, bodyStart);
  starts.unshift(bodyStart);
  starts.push(index.lineCount);
  const offset = (n: number) => (n < index.lineCount ? index.starts[n] : text.length);
  // Lines of a part that end with a line break: markdown-it's last line (the document's, with no break after
  // it) is not counted, so that a block reaching it counts as reaching the end.
  const breaksIn = (first: number, last: number) => Math.min(last, index.lineCount - 1) - first;
  for (let k = 1; k < starts.length; k++) {
    const first = starts[k - 1];
    let last = starts[k];
    let source = text.slice(offset(first), offset(last));
    let part = cache.get(source, k);
    if (part && !part.clean && last < index.lineCount) part = undefined;
    if (!part) {
      let tokens = parser.parse(source, {});
      let clean = endsCleanly(tokens, breaksIn(first, last));
      if (!clean && last < index.lineCount) {
        last = index.lineCount;
        source = text.slice(offset(first));
        tokens = parser.parse(source, {});
        clean = endsCleanly(tokens, breaksIn(first, last));
      }
      part = cache.set(source, k, clean, factsOf(tokens, detached));
    }
    out.push({ line: first, last: last >= index.lineCount, part });
    if (last >= index.lineCount) break;
  }
  return out;
}

function same(s: string): string {
  return s;
}

/** A part's sections and comments, with the document's line numbers for one place in it. */
interface Placement {
  line: number;
  last: boolean;
  matcher: ConceptMatcher;
  sections: Section[];
  comments: Comment[];
}

interface Part {
  /** The part's text, as the cache holds it: a copy, not a cut of a document. */
  key: string;
  /** Whether the part's parse ends where the whole document's would (endsCleanly); otherwise it must be last. */
  clean: boolean;
  facts: BlockFacts;
  /**
   * Its sections and comments where it was last placed in a document. They are the same for every version of
   * a document that has this part at the same line: an editor's next version, unless the edit added or removed
   * a line above it.
   */
  placement: Placement | undefined;
}

/**
 * Block facts of recently parsed parts, by their text: an editor sends a new version of a document on every
 * keystroke, and all its parts but one are unchanged. Bounded by the characters it holds.
 */
export class PartCache {
  private readonly parts = new Map<string, Part>();
  /**
   * The parts last seen at each position of a document. Each version of a document in an editor has most of
   * its parts where the last version had them: comparing a part's text with the one last seen there is much
   * cheaper than a look-up by text, which hashes every character of it. One part per position, beyond the
   * size bound below: about one document's worth.
   */
  private readonly byPosition: Part[] = [];
  private chars = 0;

  constructor(private readonly maxChars = 2 * 1024 * 1024) {}

  /** The characters of the parts held. */
  get heldChars(): number {
    return this.chars;
  }

  /** The part with this text, looked for first where a part at this position of a document was last seen. */
  get(source: string, position: number): Part | undefined {
    const near = this.byPosition[position];
    if (near !== undefined && near.key === source) return near;
    const part = this.parts.get(source);
    if (part) {
      // Most recently used last, under the key it was stored with (`source` is a cut of the newest version).
      this.parts.delete(source);
      this.parts.set(part.key, part);
      this.byPosition[position] = part;
    }
    return part;
  }

  /** The part for this text and parse: the one held if there is one, else a new one, held unless too large. */
  set(source: string, position: number, clean: boolean, facts: BlockFacts): Part {
    const held = this.parts.get(source);
    if (held) {
      this.byPosition[position] = held;
      return held;
    }
    const part: Part = { key: detached(source), clean, facts, placement: undefined };
    if (source.length > this.maxChars / 4) return part;
    this.byPosition[position] = part;
    this.parts.set(part.key, part);
    this.chars += part.key.length;
    for (const old of this.parts.keys()) {
      if (this.chars <= this.maxChars) break;
      this.parts.delete(old);
      this.chars -= old.length;
    }
    return part;
  }
}

/** The part's sections and comments at its place, from its last placement when that was the same place. */
function placementOf(placed: PlacedPart, matcher: ConceptMatcher): Placement {
  const { part, line, last } = placed;
  const held = part.placement;
  if (held !== undefined && held.line === line && held.last === last && held.matcher === matcher) return held;
  const index = new LineIndex(part.key);
  // A part that is not the last ends with a line break, so its index counts one more (empty) line than the
  // part has: the next part's heading.
  const placement = place(part.facts, 0, index, line, last ? index.lineCount : index.lineCount - 1, matcher);
  part.placement = { line, last, matcher, sections: placement.sections, comments: placement.comments };
  return part.placement;
}

/**
 * The sections and comments of one part: its headings, labels and status lines, and the comments of its HTML
 * blocks. `facts` count lines from line `first` of `index`, and the result counts them `shift` lines further
 * on. The part ends at line `end` of `index`, which is where the next part's heading is (or the document
 * ends): a label's text runs at most to it, and so does a heading's section when no heading of the part ends
 * it; parseMarkdown() extends those where a later part does not end them.
 */
function place(facts: BlockFacts, first: number, index: LineIndex, shift: number, end: number, matcher: ConceptMatcher): { sections: Section[]; comments: Comment[] } {
  const headings = headingsOf(facts, first, index);
  const labels: Label[] = [];
  const paragraphs = facts.paragraphs;
  for (let k = 0; k < paragraphs.length; k++) {
    const para = paragraphs[k];
    const line = para.line + first;
    const label = labelOf(firstLineOf(para.content), line, index, para.firstInListItem);
    if (label) labels.push(label);
    else plainStatusLines(para.content, line, index, labels);
  }
  const comments: Comment[] = [];
  const html = facts.html;
  for (let k = 0; k < html.length; k++) {
    const found = commentsIn(html[k].content, html[k].line + first, index);
    for (let j = 0; j < found.length; j++) comments.push({ text: found[j].text, line: found[j].line + shift, range: shifted(found[j].range, shift) });
  }
  const sections = headingSections(headings, index, shift, end, matcher);
  labelSections(labels, headings, index, shift, end, matcher, sections);
  // Headings and labels in line order (no line holds both): a stable sort of two sorted runs.
  sections.sort(byLine);
  return { sections, comments };
}

function byLine(a: Section, b: Section): number {
  return a.labelRange.start.line - b.labelRange.start.line;
}

function shifted(range: Range, shift: number): Range {
  if (shift === 0) return range;
  return { start: { line: range.start.line + shift, character: range.start.character }, end: { line: range.end.line + shift, character: range.end.character } };
}

function headingsOf(facts: BlockFacts, first: number, index: LineIndex): Heading[] {
  const headings: Heading[] = [];
  const found = facts.headings;
  for (let k = 0; k < found.length; k++) {
    const h = found[k];
    const line = h.line + first;
    headings.push({ level: h.level, text: h.content.trim(), line, endLine: h.endLine + first, range: index.lineRange(line) });
  }
  return headings;
}

/** Each heading's section runs to the next heading of the same or a higher level, else to `end`. */
function headingSections(headings: Heading[], index: LineIndex, shift: number, end: number, matcher: ConceptMatcher): Section[] {
  const ends: number[] = [];
  const open: number[] = [];
  for (let k = 0; k < headings.length; k++) {
    ends.push(end);
    while (open.length > 0 && headings[open[open.length - 1]].level >= headings[k].level) ends[open.pop() as number] = headings[k].line;
    open.push(k);
  }
  const sections: Section[] = [];
  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    sections.push({
      label: h.text,
      source: 'heading',
      level: h.level,
      labelRange: shifted(h.range, shift),
      bodyStart: h.endLine + shift,
      bodyEnd: ends[k] + shift,
      body: index.slice(h.endLine, ends[k]),
      concepts: matcher.match(h.text),
      hollow: undefined,
    });
  }
  return sections;
}

/** A label's text runs to the next heading or label, and never past the next heading (or `end`). */
function labelSections(labels: Label[], headings: Heading[], index: LineIndex, shift: number, end: number, matcher: ConceptMatcher, out: Section[]): void {
  // Headings and labels come in line order, so every look-up is a binary search: a part with thousands of
  // them costs no more per line than a short one.
  const headingLines: number[] = [];
  for (let k = 0; k < headings.length; k++) headingLines.push(headings[k].line);
  const boundaries = headingLines.slice();
  for (let k = 0; k < labels.length; k++) boundaries.push(labels[k].line);
  boundaries.sort(ascending);
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k];
    const nextHeading = firstAbove(headingLines, l.line);
    const limit = nextHeading < headingLines.length ? headingLines[nextHeading] : end;
    const nextBoundary = firstAbove(boundaries, l.line);
    const bodyEnd = nextBoundary < boundaries.length ? Math.min(boundaries[nextBoundary], limit) : limit;
    const rest = index.slice(l.line + 1, bodyEnd);
    out.push({
      label: l.name,
      source: l.source,
      level: 7,
      labelRange: shifted(l.range, shift),
      bodyStart: l.line + shift,
      bodyEnd: bodyEnd + shift,
      body: l.rest.length === 0 ? rest : rest.length === 0 ? l.rest : `${l.rest}\n${rest}`,
      concepts: matcher.match(l.name),
      hollow: undefined,
    });
  }
}

function ascending(a: number, b: number): number {
  return a - b;
}

/**
 * Heading sections that their own part could not end: each runs to the next heading of the same or a higher
 * level in the whole document, or to its end. `from` is the index of the body's first section.
 */
function extendHeadingSections(sections: Section[], from: number, index: LineIndex): void {
  const open: number[] = [];
  const close = (k: number, end: number) => {
    const s = sections[k];
    if (s.bodyEnd === end) return;
    sections[k] = { label: s.label, source: s.source, level: s.level, labelRange: s.labelRange, bodyStart: s.bodyStart, bodyEnd: end, body: index.slice(s.bodyStart, end), concepts: s.concepts, hollow: undefined };
  };
  for (let k = from; k < sections.length; k++) {
    const s = sections[k];
    if (s.source !== 'heading') continue;
    while (open.length > 0 && sections[open[open.length - 1]].level >= s.level) close(open.pop() as number, s.labelRange.start.line);
    open.push(k);
  }
  while (open.length > 0) close(open.pop() as number, index.lineCount);
}

export interface ParseOptions {
  /**
   * Parse the body part by part, and reuse the parse of parts seen before (an editor's versions of a
   * document). Without it, the body is parsed in one piece: a batch sees each text once, and cutting it
   * into parts only costs time there.
   */
  cache?: PartCache;
}

export function parseMarkdown(text: string, matcher: ConceptMatcher, options: ParseOptions = {}): ParsedDocument {
  const index = LineIndex.of(text);
  // Every field from the start, in one order: documents with and without front matter or a title then share
  // one shape, and V8's optimised code for their readers stays valid (it kept being thrown away before).
  const doc: ParsedDocument = { format: 'markdown', text, lineCount: index.lineCount, frontMatter: undefined, title: undefined, sections: [], comments: [], parseErrors: [] };
  let bodyStart = 0;
  const fm = readFrontMatter(index);
  if (fm && 'unclosed' in fm) {
    doc.parseErrors.push({ message: 'front matter is not closed: add a line with `---` after it', range: index.lineRange(0) });
  } else if (fm) {
    doc.frontMatter = fm.frontMatter;
    bodyStart = fm.bodyStart;
    if (fm.frontMatter.error) {
      doc.parseErrors.push({ message: `front matter: ${fm.frontMatter.error.message}`, range: index.lineRange(fm.frontMatter.error.line) });
    }
    // Loops, not push(...xs): spreading 100,000+ items overflows the stack.
    const entries = entriesToSections(fm.entries, 'front-matter', matcher);
    // In line order, as the body's sections will be (the front matter's all come before them).
    entries.sort(byLine);
    for (let k = 0; k < entries.length; k++) doc.sections.push(entries[k]);
  }
  const bodyFrom = doc.sections.length;

  if (options.cache) {
    const parts = partsOf(text, index, bodyStart, options.cache);
    for (let k = 0; k < parts.length; k++) append(doc, placementOf(parts[k], matcher));
  } else {
    const body = bodyStart > 0 ? text.slice(index.starts[bodyStart] ?? text.length) : text;
    append(doc, place(factsOf(parser.parse(body, {}), same), bodyStart, index, 0, index.lineCount, matcher));
  }
  extendHeadingSections(doc.sections, bodyFrom, index);

  const h1 = firstTitle(doc.sections, bodyFrom);
  if (h1) doc.title = { text: h1.label, range: h1.labelRange };
  else if (doc.frontMatter && typeof doc.frontMatter.data.title === 'string') {
    const line = doc.frontMatter.keyLines.get('title') ?? 0;
    doc.title = { text: doc.frontMatter.data.title, range: index.lineRange(line) };
  }
  return doc;
}

/** Plain loops: spreading these arrays sent V8's optimised code back to the interpreter (seen with --trace-deopt). */
function append(doc: ParsedDocument, placed: { sections: Section[]; comments: Comment[] }): void {
  for (let k = 0; k < placed.sections.length; k++) doc.sections.push(placed.sections[k]);
  for (let k = 0; k < placed.comments.length; k++) doc.comments.push(placed.comments[k]);
}

function firstTitle(sections: Section[], from: number): Section | undefined {
  for (let k = from; k < sections.length; k++) if (sections[k].source === 'heading' && sections[k].level === 1) return sections[k];
  return undefined;
}

/** Index of the first value above `after` in ascending `sorted`, or its length when there is none. */
function firstAbove(sorted: number[], after: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The text before the first line break (a paragraph can be long: no splitting it all). */
function firstLineOf(text: string): string {
  const nl = text.indexOf('\n');
  return nl < 0 ? text : text.slice(0, nl);
}
