// The persona card's code lens ("used by N decisions · M specs") runs this with the server's plain JSON
// arguments; VS Code's references view wants its own types.

import * as vscode from 'vscode';

interface JsonPosition {
  line: number;
  character: number;
}

interface JsonLocation {
  uri: string;
  range: { start: JsonPosition; end: JsonPosition };
}

const position = (p: JsonPosition) => new vscode.Position(p.line, p.character);

export async function showReferences(uri: unknown, at: unknown, locations: unknown): Promise<void> {
  if (typeof uri !== 'string' || !Array.isArray(locations)) return;
  const places = (locations as JsonLocation[]).map((l) => new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(position(l.range.start), position(l.range.end))));
  await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), position(at as JsonPosition), places);
}
