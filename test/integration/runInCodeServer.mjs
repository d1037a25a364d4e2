// Runs the same integration tests inside code-server (a real VS Code, set up by scripts/setup-code-server.sh),
// for machines that cannot download VS Code for @vscode/test-electron. The workbench gets the extension and
// the tests through its `payload` URL parameter, which VS Code honours when the smoke-test driver is enabled,
// and reports the test output and exit code back through the codeAutomationLog/codeAutomationExit hooks.
//
//   bash scripts/setup-code-server.sh && npm run test:vscode:code-server

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { cleanup, launchBrowser, makeProfile, startCodeServer } from '../e2e/harness.mjs';

const TIMEOUT_MS = 5 * 60_000;
/** What the workbench logs when it cannot reach the extension gallery or GitHub: expected here, and long. */
const OFFLINE_NOISE = /ENOTFOUND open-vsx\.org|authentication provider 'github'/;
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const workspace = mkdtempSync(join(tmpdir(), 'customer-lens-vscode-'));
cpSync(join(root, 'test', 'integration', 'fixture-workspace'), workspace, { recursive: true });

let code = 1;
try {
  // No trust prompt: the folder stays in Restricted Mode, as a folder a user has not trusted yet would.
  const profile = await makeProfile({ settings: { 'security.workspace.trust.startupPrompt': 'never' } });
  const server = await startCodeServer({ workspace, ...profile, extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
  const { page } = await launchBrowser();
  let exit;
  const exited = new Promise((done) => { exit = done; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    if (!OFFLINE_NOISE.test(line)) (type === 'error' ? console.error : console.log)(line);
  });
  await page.exposeFunction('codeAutomationExit', (exitCode) => exit(exitCode));
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(join(root, 'out', 'test', 'integration', 'index'))],
  ];
  await page.goto(`${server.workbenchUrl}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  const result = await Promise.race([exited, new Promise((done) => setTimeout(() => done('timeout'), TIMEOUT_MS))]);
  if (result === 'timeout') console.error(`test:vscode:code-server: no result within ${TIMEOUT_MS / 1000} s; code-server log: ${server.logFile}`);
  else code = Number(result);
} catch (e) {
  console.error(`test:vscode:code-server: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
} finally {
  await cleanup();
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(code);
