// The Customer Lens requests, typed by the server's protocol. Sent by method name, so that the extension's
// own bundle needs nothing from vscode-languageclient at run time (the library loads after activation:
// client/src/extension.ts). The server's RequestType objects would bundle a second copy of the protocol.

import type { LanguageClient } from 'vscode-languageclient/node';
import type { Checklist, CheckDocumentsParams, CheckDocumentsResult, RuleInfo } from '../../server/src/lsp/protocol';

export type { Checklist, ChecklistItem, CheckDocumentsParams, CheckDocumentsResult, RuleInfo } from '../../server/src/lsp/protocol';

/** One of our requests: its method, and for the compiler its parameters and result. */
export interface Request<P, R> {
  method: string;
  /** Never set: it only carries the types. */
  types?: { params: P; result: R };
}

export const ChecklistRequest: Request<{ uri: string }, Checklist | null> = { method: 'customerLens/checklist' };
export const CheckDocumentsRequest: Request<CheckDocumentsParams, CheckDocumentsResult> = { method: 'customerLens/checkDocuments' };
export const RulesRequest: Request<undefined, RuleInfo[]> = { method: 'customerLens/rules' };

export function send<P, R>(client: LanguageClient, request: Request<P, R>, params: P): Promise<R> {
  return params === undefined ? client.sendRequest<R>(request.method) : client.sendRequest<R>(request.method, params);
}
