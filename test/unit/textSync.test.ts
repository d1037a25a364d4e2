// The server's copy of a document follows the editor's, even when a change's range lies past the end.

import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyChanges, clampPosition } from '../../server/src/lsp/textSync';

interface Change {
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * An editor's reading of a change, worked out from the text alone: lines end at \r\n, \r or \n; a line past
 * the last is the end of the text; a character past a line's end is its end; anything not a whole number
 * (or negative) is 0.
 */
function editorApply(text: string, change: Change): string {
  if (!change.range) return change.text;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const offset = (p: { line: number; character: number }) => {
    const line = Number.isInteger(p.line) ? p.line : 0;
    const character = Number.isInteger(p.character) && p.character > 0 ? p.character : 0;
    if (line < 0) return 0;
    if (line >= starts.length) return text.length;
    let end = line + 1 < starts.length ? starts[line + 1] : text.length;
    while (end > starts[line] && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    return Math.min(starts[line] + character, end);
  };
  const [a, b] = [offset(change.range.start), offset(change.range.end)].sort((x, y) => x - y);
  return text.slice(0, a) + change.text + text.slice(b);
}

/** What the document's own positions say about itself: every line start, read back, is where the text has it. */
function consistent(doc: TextDocument): boolean {
  const text = doc.getText();
  const lines = text.split(/\r\n|\r|\n/).length;
  if (doc.lineCount !== lines) return false;
  let line = 0;
  for (let i = 0; i <= text.length; i++) {
    const atLineStart = i === 0 || text[i - 1] === '\n' || (text[i - 1] === '\r' && text[i] !== '\n');
    if (!atLineStart) continue;
    if (doc.offsetAt({ line, character: 0 }) !== i) return false;
    line++;
  }
  return true;
}

describe('document sync', () => {
  it('keeps line offsets right after a change past the last line (the library alone does not)', () => {
    const change = { range: { start: { line: 11, character: 0 }, end: { line: 12, character: 0 } }, text: '\n## Customer impact' };
    const plain = TextDocument.update(TextDocument.create('file:///a.md', 'markdown', 1, '# Pricing\n\nIntro.\n'), [change], 2);
    assert.equal(consistent(plain), false, 'the library keeps offsets for lines that do not exist');
    const ours = applyChanges(TextDocument.create('file:///a.md', 'markdown', 1, '# Pricing\n\nIntro.\n'), [change], 2);
    assert.equal(ours.getText(), '# Pricing\n\nIntro.\n\n## Customer impact');
    assert.ok(consistent(ours));
    assert.equal(ours.version, 2);
    // The next edit lands where the editor meant it.
    const next = applyChanges(ours, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '## Value created\n' }], 3);
    assert.equal(next.getText(), '# Pricing\n\nIntro.\n\n## Value created\n## Customer impact');
  });

  it('applies random changes, wild positions among them, as an editor would', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['a', 'bc', '\n', '\r\n', '\r', '## H\n', '🙂', '', 'xyz\r\nw'];
    const wild = [-1, 2 ** 31 - 1, Number.NaN, 0.5, null as unknown as number];
    const position = (lines: number) =>
      random() < 0.2
        ? { line: random() < 0.5 ? wild[Math.floor(random() * wild.length)] : lines + Math.floor(random() * 5), character: Math.floor(random() * 9) }
        : { line: Math.floor(random() * lines), character: random() < 0.1 ? wild[Math.floor(random() * wild.length)] : Math.floor(random() * 12) };
    for (let run = 0; run < 300; run++) {
      let expected = '';
      let doc = TextDocument.create('file:///r.md', 'markdown', 1, expected);
      for (let step = 0; step < 20; step++) {
        const changes: Change[] = [];
        for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
          const text = Array.from({ length: Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
          // Each range is worked out against the text before the whole edit, as a careless client might.
          const lines = expected.split(/\r\n|\r|\n/).length;
          changes.push(random() < 0.05 ? { text } : { range: { start: position(lines), end: position(lines) }, text });
        }
        for (const c of changes) expected = editorApply(expected, c);
        doc = applyChanges(doc, changes as Parameters<typeof applyChanges>[1], step + 2);
        assert.equal(doc.getText(), expected, JSON.stringify(changes));
        assert.ok(consistent(doc), JSON.stringify(changes));
      }
    }
  });

  it('takes a position past the end for the end of the text, and a broken one for the start', () => {
    const doc = TextDocument.create('file:///p.md', 'markdown', 1, 'ab\ncd');
    assert.deepEqual(clampPosition(doc, { line: 9, character: 0 }), { line: 1, character: 2 });
    assert.deepEqual(clampPosition(doc, { line: -3, character: 4 }), { line: 0, character: 0 });
    assert.deepEqual(clampPosition(doc, { line: Number.NaN, character: 1 }), { line: 0, character: 1 });
    assert.deepEqual(clampPosition(doc, { line: 1, character: -2 }), { line: 1, character: 0 });
  });
});
