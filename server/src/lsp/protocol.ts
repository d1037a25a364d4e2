// The requests the Customer Lens client sends besides the standard LSP ones, named once for the server and
// the client. No import of the LSP libraries here: the extension's own bundle loads this file before the
// language client library (client/src/extension.ts). Other editors need none of these requests.

import type { ConceptId, ConceptState, Kind, Status } from '../engine/types';
import type { MapRecord } from '../report/model';

/** A request: its method, and for the compiler its parameters and result. */
export interface Request<P, R> {
  method: string;
  /** Never set: it only carries the types. */
  types?: { params: P; result: R };
}

export interface ChecklistItem {
  concept: ConceptId;
  heading: string;
  state: ConceptState;
  required: boolean;
}

export interface Checklist {
  kind: Kind;
  status: Status;
  items: ChecklistItem[];
  present: number;
  required: number;
}

export interface CheckDocumentsParams {
  documents: { uri: string; text: string }[];
}

export interface CheckDocumentsResult {
  checked: number;
  findings: number;
}

export interface RuleInfo {
  id: string;
  description: string;
  docs: string;
}

export const ChecklistRequest: Request<{ uri: string }, Checklist | null> = { method: 'customerLens/checklist' };
export const CheckDocumentsRequest: Request<CheckDocumentsParams, CheckDocumentsResult> = { method: 'customerLens/checkDocuments' };
export const RulesRequest: Request<undefined, RuleInfo[]> = { method: 'customerLens/rules' };

export interface DecisionMapParams {
  /** Workspace files that are not open (the server has the open ones, with their unsaved text). */
  documents: { uri: string; text: string }[];
}

/** Each decision record and spec as a row of the decision map; `path` and `href` are the document's URI. */
export const DecisionMapRequest: Request<DecisionMapParams, MapRecord[]> = { method: 'customerLens/decisionMap' };

// Files the SERVER asks the CLIENT for (lsp/files.ts), so that the workspace can be read where the server
// cannot read the disk: virtual file systems, the browser. A client announces it answers them with
// initializationOptions `{ hostFiles: true }`.

/** What a stat tells: the entry's type and size in bytes. */
export interface HostFileStat {
  type: 'file' | 'directory' | 'other';
  size: number;
}

export interface FindFilesParams {
  /** A glob relative to the workspace folders, as vscode.workspace.findFiles takes it. */
  include: string;
  exclude?: string;
}

/** The most URIs a findFiles answer holds. */
export const MAX_FOUND_FILES = 20_000;

/** The client's command that shows a persona card's references; the card's code lens runs it. */
export const SHOW_REFERENCES_COMMAND = 'customer-lens.showReferences';

/** UTF-8 text; null when missing, a folder, unreadable, or above MAX_FILE_BYTES. */
export const ReadFileRequest: Request<{ uri: string }, string | null> = { method: 'customerLens/fs/readFile' };
export const StatRequest: Request<{ uri: string }, HostFileStat | null> = { method: 'customerLens/fs/stat' };
/** URIs of workspace files, node_modules excluded, at most MAX_FOUND_FILES. */
export const FindFilesRequest: Request<FindFilesParams, string[]> = { method: 'customerLens/fs/findFiles' };
