// The Customer Lens requests, typed by the server's protocol. Built on the client's own vscode-jsonrpc:
// importing the server's RequestType objects would bundle a second copy of the LSP protocol library.

import { RequestType, RequestType0 } from 'vscode-languageclient/node';
import type { Checklist, CheckDocumentsParams, CheckDocumentsResult, RuleInfo } from '../../server/src/lsp/protocol';

export type { Checklist, ChecklistItem, CheckDocumentsParams, CheckDocumentsResult, RuleInfo } from '../../server/src/lsp/protocol';

export const ChecklistRequest = new RequestType<{ uri: string }, Checklist | null, void>('customerLens/checklist');
export const CheckDocumentsRequest = new RequestType<CheckDocumentsParams, CheckDocumentsResult, void>('customerLens/checkDocuments');
export const RulesRequest = new RequestType0<RuleInfo[], void>('customerLens/rules');
