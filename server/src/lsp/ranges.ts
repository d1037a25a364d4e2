// Whether a position falls in a range: exactly, to the character, or anywhere on the range's lines (a hover
// on a heading's line, a code lens's title line).

import type { Position, Range } from 'vscode-languageserver';

export function contains(range: Range, p: Position): boolean {
  if (p.line < range.start.line || p.line > range.end.line) return false;
  if (p.line === range.start.line && p.character < range.start.character) return false;
  return !(p.line === range.end.line && p.character > range.end.character);
}

export function onLinesOf(range: Range, p: Position): boolean {
  return p.line >= range.start.line && p.line <= range.end.line;
}
