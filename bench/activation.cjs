// Activation without VS Code: loads dist/extension.js with a stub `vscode` module (every property and call
// answers another stub), calls activate() with a fake context, and prints one JSON line:
//   { loadMs, activateMs, clientLoadMs, readyMs, outcome }
// loadMs: require() of the bundle; activateMs: until activate() returns (what VS Code counts as activation:
// it returns its API, not a promise); clientLoadMs: require() of dist/client.js, the language client, which
// the extension loads once activate() has returned; readyMs: until the API's `ready` settles, that is until
// the language client has started the server in the background (neither is part of activation).
//
//   node bench/activation.cjs <dist/extension.js> <extension folder>

const Module = require('node:module');
const path = require('node:path');

const [bundle, root] = process.argv.slice(2);

function stub(name) {
  const target = function () {};
  return new Proxy(target, {
    get(t, prop) {
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.toPrimitive || prop === 'toString' || prop === 'valueOf') return () => name;
      if (prop === Symbol.iterator) return function* () {};
      if (!(prop in t)) t[prop] = stub(`${name}.${String(prop)}`);
      return t[prop];
    },
    set(t, prop, value) {
      Object.defineProperty(t, prop, { value, writable: true, configurable: true, enumerable: true });
      return true;
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

const vscode = stub('vscode');
vscode.version = '1.95.0';
// esbuild's interop copies the module's own keys: make the namespaces own keys.
for (const k of [
  'window', 'workspace', 'commands', 'languages', 'l10n', 'Uri', 'EventEmitter', 'StatusBarAlignment', 'Disposable', 'env',
  'extensions', 'ProgressLocation', 'ThemeColor', 'ThemeIcon', 'RelativePattern', 'Range', 'Position', 'Diagnostic',
  'DiagnosticSeverity', 'CodeActionKind', 'MarkdownString', 'CancellationTokenSource', 'FileType', 'ConfigurationTarget',
  'TextEdit', 'WorkspaceEdit', 'Location', 'debug', 'tasks', 'tests', 'notebooks', 'authentication', 'scm', 'comments',
]) void vscode[k];

const load = Module._load;
// The language client's bundle loads after activate() has returned (client/src/extension.ts): timed apart.
let clientLoadMs;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  if (!request.endsWith(`${path.sep}dist${path.sep}client.js`)) return load.call(this, request, ...rest);
  const start = process.hrtime.bigint();
  const exports = load.call(this, request, ...rest);
  clientLoadMs = Number(process.hrtime.bigint() - start) / 1e6;
  return exports;
};

const t0 = process.hrtime.bigint();
const ext = require(path.resolve(bundle));
const t1 = process.hrtime.bigint();
const context = {
  subscriptions: [],
  extensionPath: root,
  extensionUri: stub('extensionUri'),
  asAbsolutePath: (p) => path.join(root, p),
  globalState: stub('globalState'),
  workspaceState: stub('workspaceState'),
  globalStorageUri: stub('globalStorageUri'),
  logUri: stub('logUri'),
  extensionMode: 1,
  environmentVariableCollection: stub('environmentVariableCollection'),
  secrets: stub('secrets'),
};
const ms = (a, b) => Number(b - a) / 1e6;
let api;
let failed;
try {
  api = ext.activate(context);
} catch (e) {
  failed = e;
}
const t2 = process.hrtime.bigint();
const ready = failed ? Promise.reject(failed) : Promise.resolve(api && api.ready);
Promise.race([
  ready.then(
    () => {
      if (api && typeof api.then === 'function') return 'activate() returned a promise';
      // `ready` settles on a failed start too (the user is told): only a running client counts as started.
      const state = api && api.languageClient && api.languageClient.state;
      return state === 2 ? 'started' : `the client is not running (state ${state})`;
    },
    (e) => `activate() threw: ${e && e.message}`,
  ),
  new Promise((r) => setTimeout(() => r('the server did not start within 10 s'), 10000)),
]).then(async (outcome) => {
  const t3 = process.hrtime.bigint();
  process.stdout.write(`${JSON.stringify({ loadMs: ms(t0, t1), activateMs: ms(t1, t2), clientLoadMs, readyMs: ms(t1, t3), outcome })}\n`);
  await Promise.race([Promise.resolve(ext.deactivate?.()).catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
  process.exit(0);
});
