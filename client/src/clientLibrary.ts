// The entry point of dist/client.js: vscode-languageclient and the client built on it, in a bundle of their
// own that the extension loads once activate() has returned (client/src/extension.ts). The decision map comes
// with them: it draws with the engine's catalogs and rules, which the extension's own bundle does without.

export { createLanguageClient } from './languageClient';
export { showDecisionMap } from './commands/showDecisionMap';
