// Positions in text and the folding that makes headings comparable across languages.

import type { Position, Range } from './types';

/** Offsets of the start of every line; lines end at \n, \r\n or a lone \r. */
export class LineIndex {
  readonly starts: number[];
  /** Whether every line ends with a lone \n: a run of lines is then one cut of the text. */
  private readonly plain: boolean;

  constructor(readonly text: string) {
    const starts = [0];
    this.plain = !text.includes('\r');
    this.starts = starts;
    if (this.plain) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line's text without its line break. */
  line(n: number): string {
    if (n < 0 || n >= this.starts.length) return '';
    let end = n + 1 < this.starts.length ? this.starts[n + 1] : this.text.length;
    while (end > this.starts[n] && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(this.starts[n], end);
  }

  /** Lines [from, to) joined by \n. */
  slice(from: number, to: number): string {
    if (this.plain) {
      const first = Math.max(0, from);
      const last = Math.min(to, this.starts.length) - 1;
      if (last < first) return '';
      const end = last + 1 < this.starts.length ? this.starts[last + 1] - 1 : this.text.length;
      return this.text.slice(this.starts[first], end);
    }
    const parts: string[] = [];
    for (let n = Math.max(0, from); n < Math.min(to, this.starts.length); n++) parts.push(this.line(n));
    return parts.join('\n');
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }

  /** The visible text of a line: from its first to its last non-blank character. */
  lineRange(n: number): Range {
    const text = this.line(n);
    const start = text.length - text.trimStart().length;
    const end = text.trimEnd().length;
    return end > start
      ? { start: { line: n, character: start }, end: { line: n, character: end } }
      : { start: { line: n, character: 0 }, end: { line: n, character: text.length } };
  }
}

const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', þ: 'th',
};

/** Lower case, no accents, Polish and Nordic letters spelled out: "Wpływ na klientów" -> "wplyw na klientow". */
const SPECIAL_LETTER = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const ASCII = /^[\x00-\x7f]*$/;
const FORMAT = /\p{Cf}/gu;

export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  // Format characters (zero-width space, soft hyphen, joiners, bidi marks) are invisible: "Cust\u200Bomer" reads as "customer".
  const lower = text.replace(FORMAT, '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return lower.replace(SPECIAL_LETTER, (ch) => SPECIAL_LETTERS[ch]);
}

/** Words of a folded text: letters and digits only, so emoji, punctuation and markup fall away. */
export function words(text: string): string[] {
  // In ASCII the letters and digits are a-z and 0-9: a plain character class, not Unicode properties.
  if (ASCII.test(text)) return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Line n if it has text, else the nearest line with text before it: errors at the end of input land on it. */
export function visibleLine(index: LineIndex, n: number): number {
  let line = Math.min(Math.max(0, n), index.lineCount - 1);
  while (line > 0 && index.line(line).trim().length === 0) line--;
  return line;
}
