// The decision map's rows, from every document the server knows: the open ones with their unsaved text, and
// the files the client sends (it reads them through the editor's file system, so virtual workspaces work).
// Checked in slices with a turn of the event loop between them, as Check Workspace is, to keep typing quick.

import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeError } from '../errors';
import { mapRecordOf } from '../report/fromAnalysis';
import type { MapRecord } from '../report/model';
import { slicer } from './nextTurn';
import type { DecisionMapParams } from './protocol';
import type { Settings } from './settings';
import type { Workspace } from './workspace';

/** Whether `uri` lies in one of the workspace folders (any, when there are none). */
export function inFolders(uri: string, folders: readonly string[]): boolean {
  return folders.length === 0 || folders.some((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`));
}

export async function decisionMapRows(params: DecisionMapParams, documents: TextDocuments<TextDocument>, workspace: Workspace, settings: Settings, folders: readonly string[], log: (m: string) => void): Promise<MapRecord[]> {
  const sent = Array.isArray(params?.documents) ? params.documents : [];
  const texts = new Map<string, string>();
  for (const d of sent) if (typeof d?.uri === 'string' && typeof d.text === 'string') texts.set(d.uri, d.text);
  // An open document outside the workspace folders (a diff's saved side, a file opened from elsewhere) is no
  // record of this workspace's map.
  for (const doc of documents.all()) if (inFolders(doc.uri, folders)) texts.set(doc.uri, doc.getText());
  const rows: MapRecord[] = [];
  const pause = slicer();
  for (const [uri, text] of texts) {
    await pause();
    try {
      const analysis = await workspace.analyseText(uri, text, await settings.forFolderOf(uri));
      const row = analysis && mapRecordOf(analysis, uri, uri);
      if (row) rows.push(row);
    } catch (e) {
      // One file never ends the map.
      log(`customer-lens: decision map could not check ${uri}: ${describeError(e)}`);
    }
  }
  return rows;
}
