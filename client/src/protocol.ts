// The Customer Lens requests, as the server names them (server/src/lsp/protocol.ts), sent by method name.

import type { LanguageClient } from 'vscode-languageclient/node';
import type { Request } from '../../server/src/lsp/protocol';

export { ChecklistRequest, CheckDocumentsRequest, DecisionMapRequest, RulesRequest } from '../../server/src/lsp/protocol';
export type { Checklist, ChecklistItem, CheckDocumentsParams, CheckDocumentsResult, RuleInfo } from '../../server/src/lsp/protocol';

export function send<P, R>(client: LanguageClient, request: Request<P, R>, params: P): Promise<R> {
  return params === undefined ? client.sendRequest<R>(request.method) : client.sendRequest<R>(request.method, params);
}
