// Requests the Customer Lens client sends besides the standard LSP ones. Other editors need none of them.

import { RequestType } from 'vscode-languageserver';
import type { ConceptId, ConceptState, Kind, Status } from '../engine';

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

export const ChecklistRequest = new RequestType<{ uri: string }, Checklist | null, void>('customerLens/checklist');

export interface CheckDocumentsParams {
  documents: { uri: string; text: string }[];
  /** Set on the last request of a Check Workspace: no more are coming, and the server may give memory back. */
  last?: boolean;
}

export interface CheckDocumentsResult {
  checked: number;
  findings: number;
}

export const CheckDocumentsRequest = new RequestType<CheckDocumentsParams, CheckDocumentsResult, void>('customerLens/checkDocuments');

export interface RuleInfo {
  id: string;
  description: string;
  docs: string;
}

export const RulesRequest = new RequestType<void, RuleInfo[], void>('customerLens/rules');
