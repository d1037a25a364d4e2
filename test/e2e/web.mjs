// End-to-end test of the web build (issue #19): Customer Lens as github.dev and vscode.dev run it, in the
// browser's web worker extension host. The packaged VSIX, its manifest stripped of `main` (so VS Code can only
// run its `browser` entry, dist/web/extension.js, with the server in a web worker), installed into code-server
// beside a tiny test extension that serves a `memfs:` file system (as github.dev's `vscode-vfs:` is served);
// a fixture folder opened in Restricted Mode; chromium driven through playwright-core. Checked: a record's
// findings in the Problems panel, the checklist in the title's hover, a nearby `.customer-lens.yaml` turning
// rules off (and its change taking effect), and a record on memfs: with its own config.
//
//   bash scripts/setup-code-server.sh && npm run package && node test/e2e/web.mjs
//
// Screenshots go to test-results/e2e-web/; with E2E_DOC_IMAGES=1 the hover is also copied to
// docs/images/web-hover.png for the README. Exits non-zero if any step fails.
// Environment: E2E_VSIX (default: the newest customer-lens-*.vsix at the repository root), E2E_KEEP=1.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  REPO_ROOT, RESULTS_DIR, runE2E, step, makeTempDir, makeWorkspace, makeProfile, installVsix, startCodeServer,
  launchBrowser, openWorkbench, openFile, openProblems, problemsRows, hoverLine, clearHover, runCommand,
  extensionHostLog, onCleanup, screenshot, setScreenshotDir,
} from './harness.mjs';
import { MEMFS_OPEN_COMMAND, memfsVsix } from './memfsExtension.mjs';

const OUT = process.env.E2E_RESULTS_DIR ?? path.join(path.dirname(RESULTS_DIR), 'e2e-web');
setScreenshotDir(OUT);

// ------------------------------------------------------------------------------------------ fixture

// Accepted, with every customer section but "Value created": one error, on the title line (7).
const PRICING = 'docs/decisions/0007-pricing.md';
const PRICING_TEXT = `---
kind: decision
status: accepted
date: 2026-03-02
---

# 0007. Simpler pricing for small shops

## Customers

Independent shop owners on the Basic plan who run a single store from their phone.

## Problem solved

Shop owners cannot tell what next month's invoice will be: 214 support tickets last quarter asked why the bill changed.

## Customer impact

Shop owners see one flat price on their next invoice and will feel relieved; the 300 who use few add-ons pay slightly more, so we email them a month ahead.

## Customer evidence

"I never know what I'll pay" - support ticket #5120; 41% of surveyed Basic shops named billing as their top frustration.

## Decision outcome

We bundle the three add-ons into the Basic plan at one price.

## Success metrics

Billing tickets from Basic shops fall from 214 to under 50 per quarter within two quarters.

## Customer follow-up

Support replies to the linked tickets when the new price ships, and the changelog announces it.
`;
const PRICING_TITLE_LINE = 7;

// Proposed, with customers and the problem only: four findings on the title line (7).
const checkout = (n, title) => `---
kind: decision
status: proposed
date: 2026-02-10
---

# ${n}. ${title}

## Customers

Shoppers buying from their phone in shops on every plan.

## Problem solved

Shoppers give up on the card form when it times out: 4% of mobile orders last quarter.

## Decision

We merge the four checkout pages into one.
`;
const CHECKOUT_RULES = ['customer-impact', 'value-created', 'customer-evidence', 'success-metrics'];
// The same record under a folder whose .customer-lens.yaml turns two rules off.
const NEAR_CONFIG = 'teams/payments/.customer-lens.yaml';
const NEAR_RECORD = 'teams/payments/decisions/0006-card-checkout.md';
const FAR_RECORD = 'docs/decisions/0005-checkout.md';

// On the memfs: file system: a repository with a config at its root that turns value-created off.
const MEMFS_FILES = {
  '/shop/.customer-lens.yaml': 'rules:\n  value-created: off\n',
  '/shop/docs/decisions/0003-returns.md': checkout('0003', 'Free returns in store'),
};

// ------------------------------------------------------------------------------------------ helpers

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function newestVsix() {
  if (process.env.E2E_VSIX) return path.resolve(process.env.E2E_VSIX);
  const found = fs.readdirSync(REPO_ROOT).filter((f) => /^customer-lens-.*\.vsix$/.test(f))
    .map((f) => path.join(REPO_ROOT, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!found.length) throw new Error('no customer-lens-*.vsix at the repository root: run `npm run package` first');
  return found[0];
}

/** The VSIX with `main` taken out of its manifest: VS Code can then run only the `browser` entry, in a web worker. */
async function webOnlyVsix(vsix) {
  const dir = await makeTempDir('cl-e2e-web-vsix-');
  const tree = path.join(dir, 'tree');
  execFileSync('unzip', ['-q', vsix, '-d', tree]);
  const manifestFile = path.join(tree, 'extension', 'package.json');
  const manifest = JSON.parse(await fsp.readFile(manifestFile, 'utf8'));
  assert(manifest.browser === './dist/web/extension.js', `the packaged manifest's browser entry is ${JSON.stringify(manifest.browser)}`);
  for (const bundle of ['dist/web/extension.js', 'dist/web/server.js']) {
    assert(fs.existsSync(path.join(tree, 'extension', bundle)), `the VSIX does not ship ${bundle}`);
  }
  delete manifest.main;
  await fsp.writeFile(manifestFile, JSON.stringify(manifest, null, 2));
  const out = path.join(dir, 'customer-lens-web.vsix');
  execFileSync('zip', ['-q', '-r', '-X', out, '.'], { cwd: tree });
  return out;
}

const ruleOf = (row) => row.match(/customer-lens\s+([a-z-]+)\s*\[Ln/)?.[1] ?? null;
const lineOf = (row) => Number(row.match(/\[Ln (\d+),/)?.[1] ?? NaN);

/** Problems panel rows grouped by file name: a file row has no "[Ln " position, its marker rows follow it. */
function groupProblems(rows) {
  const groups = {};
  let current = null;
  for (const r of rows) {
    if (!/\[Ln \d+, Col \d+\]/.test(r)) { current = r.split(' ')[0]; groups[current] ??= []; } else if (current) groups[current].push(r);
  }
  return groups;
}

/** Waits until the Problems panel shows, for file `name`, exactly `rules` (sorted) all on `line`; returns its rows. */
async function problemsOf(page, name, rules, line, { timeoutMs = 30_000 } = {}) {
  const want = JSON.stringify([...rules].sort());
  const deadline = performance.now() + timeoutMs;
  let rows = [];
  for (;;) {
    rows = groupProblems(await problemsRows(page, { timeoutMs: 1000 }))[name] ?? [];
    if (JSON.stringify(rows.map(ruleOf).sort()) === want && rows.every((r) => lineOf(r) === line)) return rows;
    if (performance.now() > deadline) throw new Error(`Problems panel: ${name} should show ${want} on line ${line}; it shows ${JSON.stringify(rows)}`);
    await page.waitForTimeout(200); // markers have no DOM event to wait on beyond a list change
  }
}

// ------------------------------------------------------------------------------------------ the run

await runE2E(async () => {
  const t0 = performance.now();
  const vsix = newestVsix();
  const workspace = await makeWorkspace({
    'README.md': '# Shop decisions\n',
    [PRICING]: PRICING_TEXT,
    [FAR_RECORD]: checkout('0005', 'One-page checkout'),
    [NEAR_RECORD]: checkout('0006', 'Card checkout for payments'),
    [NEAR_CONFIG]: 'rules:\n  customer-evidence: off\n  success-metrics: off\n',
  });
  const profile = await makeProfile();

  await step(`install ${path.basename(vsix)} without main (browser entry only) and the memfs: test extension`, async () => {
    const installed = [
      ...await installVsix(await webOnlyVsix(vsix), profile),
      ...await installVsix(await memfsVsix(await makeTempDir('cl-e2e-memfs-'), MEMFS_FILES), profile),
    ];
    const manifest = JSON.parse(await fsp.readFile(path.join(profile.extensionsDir, fs.readdirSync(profile.extensionsDir).find((d) => d.startsWith('customer-lens.customer-lens-')), 'package.json'), 'utf8'));
    assert(manifest.main === undefined && manifest.browser === './dist/web/extension.js', `installed manifest: main ${manifest.main}, browser ${manifest.browser}`);
    console.log(`    installed: ${[...new Set(installed)].join(', ')}`);
  }, { fatal: true });

  const server = await step('start code-server', () => startCodeServer({ workspace, ...profile }), { fatal: true });
  const { page } = await step('launch chromium', () => launchBrowser(), { fatal: true });
  // The web worker extension host logs to the browser's console: kept for a failure's diagnosis.
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  onCleanup(() => fsp.mkdir(OUT, { recursive: true }).then(() => fsp.writeFile(path.join(OUT, 'browser-console.log'), consoleLines.join('\n'))));
  await step('open the workbench (Restricted Mode)', async () => {
    const { restricted } = await openWorkbench(page, server);
    assert(restricted, 'expected the untrusted folder to open in Restricted Mode');
  }, { fatal: true });

  await step('1 a decision record shows its finding in the Problems panel (server in a web worker)', async () => {
    await openFile(page, PRICING);
    await openProblems(page);
    const rows = await problemsOf(page, path.posix.basename(PRICING), ['value-created'], PRICING_TITLE_LINE);
    console.log(`    ${JSON.stringify(rows)}`);
    // Only the web worker can have run it: the manifest has no main, and the Node extension host never activated it.
    const nodeHost = await extensionHostLog(server);
    assert(!/_doActivateExtension customer-lens\.customer-lens/.test(nodeHost), 'Customer Lens was activated in the Node extension host');
    await screenshot(page, OUT, '1-problems');
  });

  await step('2 the title hover shows the checklist and the questions to ask', async () => {
    const hover = await hoverLine(page, PRICING_TITLE_LINE, { text: 'Simpler pricing', timeoutMs: 10_000 });
    console.log(`    hover: ${JSON.stringify(hover?.slice(0, 300))}`);
    for (const s of ['Customer checklist', 'Status: accepted', 'Customer impact: present', 'Value created: missing', 'Questions to ask the author']) {
      assert(hover?.includes(s), `the hover lacks ${JSON.stringify(s)}: ${JSON.stringify(hover)}`);
    }
    await screenshot(page, OUT, '2-title-hover');
    await clearHover(page);
  });

  await step('3 a nearby .customer-lens.yaml turns rules off, and a change to it is read again', async () => {
    await openFile(page, FAR_RECORD);
    await openFile(page, NEAR_RECORD);
    await problemsOf(page, path.posix.basename(FAR_RECORD), CHECKOUT_RULES, 7);
    const near = await problemsOf(page, path.posix.basename(NEAR_RECORD), ['customer-impact', 'value-created'], 7);
    console.log(`    under ${NEAR_CONFIG}: ${JSON.stringify(near.map(ruleOf))}`);
    await fsp.writeFile(path.join(workspace, NEAR_CONFIG), 'rules:\n  customer-evidence: off\n  success-metrics: off\n  value-created: off\n');
    await problemsOf(page, path.posix.basename(NEAR_RECORD), ['customer-impact'], 7);
    await problemsOf(page, path.posix.basename(FAR_RECORD), CHECKOUT_RULES, 7);
    await screenshot(page, OUT, '3-config');
  });

  await step('4 a record on the memfs: file system is checked, with the config beside it', async () => {
    await runCommand(page, MEMFS_OPEN_COMMAND);
    await page.locator('.tabs-container .tab.active', { hasText: '0003-returns.md' }).waitFor({ state: 'visible', timeout: 15_000 });
    const rows = await problemsOf(page, '0003-returns.md', ['customer-impact', 'customer-evidence', 'success-metrics'], 7);
    console.log(`    memfs:/shop/docs/decisions/0003-returns.md: ${JSON.stringify(rows)}`);
    const hover = await hoverLine(page, 7, { text: 'Free returns', timeoutMs: 10_000 });
    for (const s of ['Customer checklist', 'Customer impact: missing', 'Problem solved: present']) {
      assert(hover?.includes(s), `the memfs: record's hover lacks ${JSON.stringify(s)}: ${JSON.stringify(hover)}`);
    }
    await screenshot(page, OUT, '4-memfs');
    await clearHover(page);
  });

  if (process.env.E2E_DOC_IMAGES) {
    await step('copy the hover screenshot to docs/images', async () => {
      await fsp.mkdir(path.join(REPO_ROOT, 'docs', 'images'), { recursive: true });
      await fsp.copyFile(path.join(OUT, '2-title-hover.png'), path.join(REPO_ROOT, 'docs', 'images', 'web-hover.png'));
    });
  }
  console.log(`    total ${((performance.now() - t0) / 1000).toFixed(1)} s; screenshots in ${path.relative(process.cwd(), OUT) || OUT}`);
});
