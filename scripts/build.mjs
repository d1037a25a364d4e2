// Bundles the CLI, the language server, the extension and its language client with esbuild (one script, four
// entry points) into dist/, and the same extension and server for the browser (github.dev, vscode.dev) into
// dist/web/, where the build fails if a Node built-in slips in; with --action, only the GitHub Action's bundle, dist-action/index.js, which is
// committed (the Action runs it as it is) and so is built the same way everywhere: not minified, no source map.
// Each output folder gets THIRD-PARTY-NOTICES.txt: the licence of every package bundled into it.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { noNodeBuiltins } from './noNodeBuiltins.mjs';

const args = process.argv.slice(2);
const production = args.includes('--production');
const action = args.includes('--action');
// The tests build the Action into a folder of their own, to compare it with the committed one.
const actionDir = args.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist-action';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  external: ['vscode'],
  metafile: true,
};

/** The browser's bundles: the extension as the web worker extension host loads it, and the server as a worker of its own. */
const web = { platform: 'browser', target: 'es2022', plugins: [noNodeBuiltins] };

const entries = action
  ? [{ in: 'server/src/action.ts', out: join(actionDir, 'index.js'), sourcemap: false, minify: false }]
  : [
      { in: 'server/src/cli.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
      { in: 'server/src/nodeServer.ts', out: 'dist/server.js', banner: '#!/usr/bin/env node' },
      { in: 'client/src/extension.ts', out: 'dist/extension.js' },
      // The language client on its own: the extension loads it once activate() has returned.
      { in: 'client/src/clientLibrary.ts', out: 'dist/client.js' },
      { in: 'client/src/webExtension.ts', out: 'dist/web/extension.js', options: web },
      { in: 'server/src/webServer.ts', out: 'dist/web/server.js', options: { ...web, format: 'iife' } },
    ];

const results = await Promise.all(
  entries
    .filter((e) => existsSync(e.in))
    .map((e) =>
      build({
        ...common,
        entryPoints: [e.in],
        outfile: e.out,
        sourcemap: e.sourcemap ?? !production,
        minify: e.minify ?? production,
        banner: e.banner ? { js: e.banner } : undefined,
        ...e.options,
      }),
    ),
);

/** The folder of the package a bundled file comes from (the innermost node_modules/<name>), if any. */
function packageDir(file) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return m ? m[1] : undefined;
}

const packages = new Set(results.flatMap((r) => Object.keys(r.metafile.inputs).map(packageDir).filter(Boolean)));
const notices = [...packages]
  .map((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `${manifest.license} (the package ships no licence file)`;
    return { name: manifest.name, block: `${manifest.name} ${manifest.version} (${manifest.license})\n\n${text}\n` };
  })
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .filter((p, i, all) => i === 0 || all[i - 1].block !== p.block);
const outDir = dirname(entries[0].out);
const header = `Customer Lens bundles the packages below into ${entries.map((e) => relative(outDir, e.out)).join(', ')}. Their licences follow.\n`;
writeFileSync(join(outDir, 'THIRD-PARTY-NOTICES.txt'), [header, ...notices.map((n) => n.block)].join('\n' + '-'.repeat(78) + '\n\n'));
