// Runs the integration tests inside a real VS Code (downloaded by @vscode/test-electron), on a scratch copy of
// the fixture workspace so the tests may write into it. Set VSCODE_EXECUTABLE_PATH to use an installed VS Code.

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  const root = resolve(__dirname, '..', '..', '..');
  const workspace = mkdtempSync(join(tmpdir(), 'customer-lens-vscode-'));
  cpSync(join(root, 'test', 'integration', 'fixture-workspace'), workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: join(__dirname, 'index'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      version: process.env.VSCODE_VERSION || undefined,
      // English UI and no other extension, so every result comes from Customer Lens and reads the same everywhere.
      launchArgs: [workspace, '--disable-extensions', '--locale=en', '--skip-welcome', '--skip-release-notes'],
    });
    return 0;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|fetch/i.test(message) && !process.env.VSCODE_EXECUTABLE_PATH) {
      console.error(`test:vscode: could not download VS Code (${message.split('\n')[0]}). Run where update.code.visualstudio.com is reachable, or set VSCODE_EXECUTABLE_PATH to an installed VS Code.`);
    } else {
      console.error(`test:vscode: the VS Code integration tests failed: ${message.split('\n')[0]}`);
    }
    return 1;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

void main().then((code) => process.exit(code));
