// The web build (issue #19): the browser's bundles come from the same sources as the desktop's, without what is
// Node-only, and the build fails on any Node built-in that slips into them.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildFailure, type Plugin } from 'esbuild';
import { REPO_ROOT } from '../helpers/findings';

async function plugin(): Promise<Plugin> {
  const mod = (await import(pathToFileURL(join(REPO_ROOT, 'scripts', 'noNodeBuiltins.mjs')).href)) as { noNodeBuiltins: Plugin };
  return mod.noNodeBuiltins;
}

/** The repository files a web entry point bundles, as the build bundles it. */
async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(REPO_ROOT, entry)], bundle: true, write: false, metafile: true, platform: 'browser', format: 'cjs',
    external: ['vscode'], logLevel: 'silent', plugins: [await plugin()], absWorkingDir: REPO_ROOT,
  });
  return Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/'));
}

describe('the web build', function () {
  this.timeout(30000);

  it('fails on a Node built-in, naming it and the file that imports it', async () => {
    const failure = await build({
      stdin: { contents: "import { readFileSync } from 'node:fs';\nimport { join } from 'path';\nexport const x = [readFileSync, join];\n", resolveDir: REPO_ROOT, sourcefile: 'probe.ts' },
      bundle: true, write: false, platform: 'browser', logLevel: 'silent', plugins: [await plugin()], absWorkingDir: REPO_ROOT,
    }).then(() => undefined, (e: BuildFailure) => e);
    assert.ok(failure, 'the build succeeded');
    assert.deepEqual(failure.errors.map((e) => e.text), [
      'the web build may not import the Node built-in "node:fs" (imported by probe.ts)',
      'the web build may not import the Node built-in "path" (imported by probe.ts)',
    ]);
  });

  it('bundles the server from the shared sources, with its configs read through the client, and nothing Node-only', async () => {
    const inputs = await inputsOf('server/src/webServer.ts');
    for (const shared of ['server/src/server.ts', 'server/src/engine/analyze.ts', 'server/src/lsp/hover.ts', 'server/src/lsp/files.ts', 'server/src/lsp/hostConfigs.ts']) {
      assert.ok(inputs.includes(shared), `${shared} is not in the web server`);
    }
    assert.deepEqual(inputs.filter((f) => /server\/src\/(node\/|cli|nodeServer)/.test(f)), []);
  });

  it('bundles the extension from the shared sources, reading files only through vscode.workspace.fs', async () => {
    const inputs = await inputsOf('client/src/webExtension.ts');
    for (const shared of ['client/src/activate.ts', 'client/src/commands/checkWorkspace.ts', 'client/src/commands/newDecisionRecord.ts', 'client/src/files.ts', 'client/src/hostFiles.ts']) {
      assert.ok(inputs.includes(shared), `${shared} is not in the web extension`);
    }
    assert.deepEqual(inputs.filter((f) => /diskLinks|server\/src\/node\//.test(f)), []);
  });

  it('is the manifest\'s browser entry, and the VSIX ships it with its server', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { main: string; browser: string };
    assert.equal(manifest.browser, './dist/web/extension.js');
    const allow = readFileSync(join(REPO_ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    for (const bundle of ['dist/web/extension.js', 'dist/web/server.js']) assert.ok(allow.includes(`!${bundle}`), `.vscodeignore does not ship ${bundle}`);
  });
});
