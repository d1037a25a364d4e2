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
  /** Set on the last request of a Check Workspace. */
  last?: boolean;
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
