// The Customer Lens requests, as the server names them (server/src/lsp/protocol.ts), sent by method name.

import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { Request } from '../../server/src/lsp/protocol';

export { ChecklistRequest, CheckDocumentsRequest, DecisionMapRequest, FindFilesRequest, MAX_FOUND_FILES, ReadFileRequest, RulesRequest, SHOW_REFERENCES_COMMAND, StatRequest } from '../../server/src/lsp/protocol';
export type { Checklist, ChecklistItem, CheckDocumentsParams, CheckDocumentsResult, FindFilesParams, HostFileStat, RuleInfo } from '../../server/src/lsp/protocol';

export function send<P, R>(client: LanguageClient, request: Request<P, R>, params: P): Promise<R> {
  return params === undefined ? client.sendRequest<R>(request.method) : client.sendRequest<R>(request.method, params);
}
