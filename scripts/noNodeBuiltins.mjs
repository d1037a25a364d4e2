// An esbuild plugin for the web bundles: the build fails on any import of a Node built-in (`node:fs`, `path`,
// `worker_threads`...), naming the file that imports it, since github.dev and vscode.dev have none of them.
import { isBuiltin } from 'node:module';
import { relative } from 'node:path';

export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const root = build.initialOptions.absWorkingDir ?? process.cwd();
    build.onResolve({ filter: /.*/ }, (args) =>
      isBuiltin(args.path)
        ? { errors: [{ text: `the web build may not import the Node built-in "${args.path}" (imported by ${relative(root, args.importer)})` }] }
        : undefined,
    );
  },
};
