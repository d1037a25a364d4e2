// The entry point of dist/client.js: vscode-languageclient and the client built on it, in a bundle of their
// own that the extension loads once activate() has returned (client/src/extension.ts).

export { createLanguageClient } from './languageClient';
