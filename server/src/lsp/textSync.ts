// Applying an editor's changes to the server's copy of a document. vscode-languageserver-textdocument applies
// a change whose range lies past the document's last line to the text correctly (at its end), but it then
// keeps line offsets for lines that do not exist: every position worked out afterwards is wrong, and so is the
// text of every later change, which drifts from the editor's. An editor clamps such a range to the document,
// as VS Code does; so does this, change by change, against the text each change applies to.

import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

interface Position {
  line: number;
  character: number;
}

/** The position in `doc` that an editor would take `p` for: past the last line is the end of the text. */
export function clampPosition(doc: TextDocument, p: Position): Position {
  const line = Number.isInteger(p.line) ? p.line : 0;
  const character = Number.isInteger(p.character) && p.character > 0 ? p.character : 0;
  if (line < 0) return { line: 0, character: 0 };
  if (line >= doc.lineCount) return doc.positionAt(doc.getText().length);
  // A character past the line's end is the line's end: the library clamps it itself.
  return { line, character };
}

/** TextDocument.update, with each change's range clamped to the text it applies to. */
export function applyChanges(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  let current = doc;
  for (const change of changes) {
    const clamped: TextDocumentContentChangeEvent =
      'range' in change && change.range
        ? { range: { start: clampPosition(current, change.range.start), end: clampPosition(current, change.range.end) }, text: change.text }
        : { text: change.text };
    current = TextDocument.update(current, [clamped], version);
  }
  // No change at all still moves the version on.
  return changes.length === 0 ? TextDocument.update(current, [], version) : current;
}
