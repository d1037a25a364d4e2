// End-to-end test of Customer Lens in a real VS Code (issue #4 part 2): the packaged VSIX installed into
// code-server (served on 127.0.0.1 only), a fixture workspace opened in Restricted Mode (untrusted), and
// Debian chromium driven by playwright-core through the real UI: Problems panel, hovers, a quick fix
// (Ctrl+.), the `decision` snippet, a diff editor, a killed language server that comes back (issue #7), the
// walkthrough and a record written from it, a rule turned off in the workspace settings (issue #18), and
// persona cards' hover, go to definition, code lens and rename (issue #16, in personas.mjs), and the decision
// map's webview: its records, a cell's state and a click that opens the record (issue #17, in decisionMap.mjs).
//
//   bash scripts/setup-code-server.sh && npm run package && node test/e2e/e2e.mjs
//
// Screenshots of each moment go to test-results/e2e/ (named after the steps); with E2E_DOC_IMAGES=1 the
// best of them are also copied to docs/images/ for the README. Exits non-zero if any step fails.
//
// Environment: E2E_VSIX (default: the newest customer-lens-*.vsix at the repository root),
// E2E_RESULTS_DIR (default test-results/e2e), E2E_KEEP=1 keeps the temp folders.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  REPO_ROOT, RESULTS_DIR, runE2E, step, makeWorkspace, makeProfile, installVsix, startCodeServer,
  launchBrowser, openWorkbench, openFile, openProblems, problemsRows, goToLine, hoverLine, clearHover,
  pressKeys, pressUntilVisible, escape, runCommand, waitForText, waitForLog, extensionHostLog, screenshot, normText,
  setScreenshotDir,
} from './harness.mjs';
import { personaSteps } from './personas.mjs';
import { decisionMapSteps } from './decisionMap.mjs';

const OUT = process.env.E2E_RESULTS_DIR ?? RESULTS_DIR;
setScreenshotDir(OUT);
const DOC_IMAGES = path.join(REPO_ROOT, 'docs', 'images');

// ------------------------------------------------------------------------------------------ fixture

const PRICING = 'docs/decisions/0007-pricing.md';
const CHECKOUT = 'docs/decisions/0005-checkout.md';
const NEW = 'docs/decisions/0008-new.md';

// Accepted, with every customer section but "Value created": one error, on the title line.
const PRICING_TEXT = `---
kind: decision
status: accepted
date: 2026-03-02
deciders: Pricing team
---

# 0007. Simpler pricing for small shops

## Context and problem statement

Small shops pay for three add-ons separately and cannot predict their monthly bill.

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
const PRICING_TITLE_LINE = 8;

// A proposed record as committed (no customer impact, no value), and as changed in the working tree.
const CHECKOUT_COMMITTED = `---
kind: decision
status: proposed
date: 2026-02-10
---

# 0005. One-page checkout

## Context

Checkout takes four pages on mobile.

## Customers

Shoppers buying from their phone in shops on every plan.

## Problem solved

Shoppers give up on the card form when it times out: 4% of mobile orders last quarter.

## Decision

We merge the four checkout pages into one.
`;
const CHECKOUT_CHANGED = CHECKOUT_COMMITTED.replace('## Decision\n', `## Customer impact

Shoppers pay on one page and will feel the checkout is faster; nothing changes for shop owners.

## Decision
`);
const CHECKOUT_TITLE_LINE = 7;

const WALKTHROUGH = 'Get started with Customer Lens';
const WALKTHROUGH_STEPS = ['Write a decision record', 'See the checklist and a quick fix', 'Add a configuration'];
// The next number after 0005, 0007 and 0008 in the fixture's decisions folder.
const FROM_WALKTHROUGH = 'docs/decisions/0009-offer-annual-billing.md';

const SEVEN_HEADINGS = ['Customers', 'Problem solved', 'Customer impact', 'Value created', 'Customer evidence',
  'Success metrics', 'Customer follow-up'];
// Rules reported when a customer concept is missing altogether (on the title line).
const MISSING_CONCEPT_RULES = ['customer-impact', 'problem-solved', 'value-created', 'customer-segment',
  'customer-evidence', 'success-metrics', 'close-the-loop'];

function git(cwd, ...args) {
  return execFileSync('git', ['-c', 'user.name=Customer Lens e2e', '-c', 'user.email=e2e@example.invalid',
    '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

async function makeFixture() {
  const ws = await makeWorkspace({
    'README.md': '# Shop decisions\n\nDecision records for the e2e test of Customer Lens.\n',
    [PRICING]: PRICING_TEXT,
    [CHECKOUT]: CHECKOUT_COMMITTED,
    [NEW]: '',
  });
  git(ws, 'init', '-q');
  git(ws, 'add', '-A');
  git(ws, 'commit', '-q', '-m', 'Decision records');
  await fsp.writeFile(path.join(ws, CHECKOUT), CHECKOUT_CHANGED); // changed in the working tree only
  return ws;
}

function newestVsix() {
  if (process.env.E2E_VSIX) return path.resolve(process.env.E2E_VSIX);
  const found = fs.readdirSync(REPO_ROOT).filter((f) => /^customer-lens-.*\.vsix$/.test(f))
    .map((f) => path.join(REPO_ROOT, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!found.length) throw new Error('no customer-lens-*.vsix at the repository root: run `npm run package` first');
  return found[0];
}

// ------------------------------------------------------------------------------------------ UI helpers

const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const shot = (page, name) => screenshot(page, OUT, slug(name));

/**
 * Problems panel rows grouped by file: { '0007-pricing.md': ['No value created: ... customer-lens value-created [Ln 8, Col 1]', ...] }.
 * A file row has no "[Ln " position; marker rows follow their file row.
 */
function groupProblems(rows) {
  const groups = {};
  let current = null;
  for (const r of rows) {
    if (!/\[Ln \d+, Col \d+\]/.test(r)) { current = r.split(' ')[0]; groups[current] ??= []; } else if (current) groups[current].push(r);
  }
  return groups;
}
const ruleOf = (row) => row.match(/customer-lens\s+([a-z-]+)\s*\[Ln/)?.[1] ?? null;
const lineOf = (row) => Number(row.match(/\[Ln (\d+),/)?.[1] ?? NaN);

/** Wait until the Problems panel rows satisfy pred(rows, groups); returns the rows. */
async function problemsWhen(page, pred, what, { timeoutMs = 20_000 } = {}) {
  const deadline = performance.now() + timeoutMs;
  let rows = [];
  for (;;) {
    rows = await problemsRows(page, { timeoutMs: 1000 });
    if (pred(rows, groupProblems(rows))) return rows;
    if (performance.now() > deadline) throw new Error(`Problems panel: ${what} not seen within ${timeoutMs} ms; rows: ${JSON.stringify(rows)}`);
    await page.waitForTimeout(200); // markers have no DOM event to wait on beyond a list change
  }
}

/**
 * Every line of the active editor, scrolled through with PageDown (Monaco renders only the lines in view).
 * Wrapped lines are joined back. Returns the text; leaves the cursor at the end.
 */
async function wholeEditorText(page, editorSel = '.editor-group-container.active .monaco-editor') {
  await pressKeys(page, 'Control+1'); // focus the editor (not, say, the Problems panel) for the keys below
  const lines = new Map();
  const read = () => page.evaluate((sel) => {
    const ed = document.querySelector(sel);
    const nums = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')]
      .map((n) => ({ n: Number(n.textContent.trim()), top: n.getBoundingClientRect().top }));
    const out = [];
    let cur = null;
    for (const l of [...ed.querySelectorAll('.view-lines .view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)) {
      const top = l.getBoundingClientRect().top;
      const num = nums.find((x) => Math.abs(x.top - top) < 2);
      const text = l.textContent.replace(/\u00a0/g, ' ');
      if (num) { cur = [num.n, text]; out.push(cur); } else if (cur) cur[1] += text;
    }
    return out;
  }, editorSel);
  await pressKeys(page, 'Control+Home');
  let prevMax = -1;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(50); // let Monaco render the scrolled lines (no event for that)
    for (const [n, t] of await read()) lines.set(n, t);
    const max = Math.max(...lines.keys());
    if (max === prevMax) break;
    prevMax = max;
    await pressKeys(page, 'PageDown');
  }
  return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t).join('\n');
}

/** Hover over `text` on 1-based `line` of the editor matching `editorSel` (e.g. a diff's original side). */
async function hoverIn(page, editorSel, line, text, { timeoutMs = 8000 } = {}) {
  const target = await page.evaluate(({ sel, line, text }) => {
    const ed = document.querySelector(sel);
    if (!ed) return null;
    const num = [...ed.querySelectorAll('.margin-view-overlays .line-numbers')].find((n) => n.textContent.trim() === String(line));
    if (!num) return null;
    const lineEl = [...ed.querySelectorAll('.view-lines .view-line')]
      .find((l) => Math.abs(l.getBoundingClientRect().top - num.getBoundingClientRect().top) < 2);
    if (!lineEl) return null;
    const walker = document.createTreeWalker(lineEl, NodeFilter.SHOW_TEXT);
    for (let n; (n = walker.nextNode());) {
      const i = n.data.replace(/\u00a0/g, ' ').indexOf(text);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i); r.setEnd(n, Math.min(n.data.length, i + 3));
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, { sel: editorSel, line, text });
  if (!target) throw new Error(`hoverIn: "${text}" on line ${line} of ${editorSel} is not rendered`);
  await page.mouse.move(5, 5);
  await page.mouse.move(target.x - 2, target.y, { steps: 2 });
  await page.mouse.move(target.x, target.y, { steps: 2 });
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content:visible').first();
  await hover.waitFor({ state: 'visible', timeout: timeoutMs });
  let prev = '';
  for (let i = 0; i < 30; i++) {
    const t = (await hover.innerText().catch(() => '')).split('\n').map(normText).filter(Boolean).join('\n');
    if (t && t === prev && !/^Loading\b/m.test(t)) return t; // providers still answering show "Loading..."
    prev = t;
    await page.waitForTimeout(100); // hover content has no "done" event
  }
  return prev;
}

/**
 * Scroll the visible hover with the mouse wheel until the paragraph containing `text` is near its top (the
 * findings on a line come first in a hover, and a hover is at most about 250 px high). Returns true if found.
 */
async function scrollHoverTo(page, text) {
  const info = await page.evaluate((text) => {
    const content = [...document.querySelectorAll('.monaco-hover:not(.hidden) .monaco-hover-content')].find((e) => e.checkVisibility());
    if (!content) return null;
    const el = [...content.querySelectorAll('p, li, div')].find((e) => e.textContent.startsWith(text));
    if (!el) return null;
    const c = content.parentElement.getBoundingClientRect();
    return { delta: el.getBoundingClientRect().top - c.top - 4, x: c.left + c.width / 2, y: c.top + c.height / 2 };
  }, text);
  if (!info) return false;
  await page.mouse.move(info.x, info.y); // onto the hover, which keeps it open
  const offset = () => page.evaluate((text) => {
    const content = [...document.querySelectorAll('.monaco-hover:not(.hidden) .monaco-hover-content')].find((e) => e.checkVisibility());
    const el = content && [...content.querySelectorAll('p, li, div')].find((e) => e.textContent.startsWith(text));
    return el ? el.getBoundingClientRect().top - content.parentElement.getBoundingClientRect().top - 4 : null;
  }, text);
  // Monaco scrolls a hover by one notch (50 px) per wheel event, whatever its delta: wheel until the
  // paragraph is less than a notch below the top.
  let at = info.delta;
  for (let i = 0; i < 40 && at >= 50; i++) {
    await page.mouse.wheel(0, 50);
    // Smooth scrolling animates without an event: poll until the paragraph stops moving.
    let next = await offset();
    for (let j = 0, prev = NaN; j < 30 && next !== prev; j++) { await page.waitForTimeout(50); prev = next; next = await offset(); }
    if (next === null) return false; // the hover closed
    if (Math.abs(next - at) < 1) break; // at the end of the hover: cannot scroll further
    at = next;
  }
  const final = await offset();
  return final !== null && final >= -4 && final < 50;
}

/** Show only the Problems panel rows matching `text` ('' shows every row again). */
async function filterProblems(page, text) {
  await page.locator('.part.panel input[aria-label="Filter Problems"]').first().fill(text);
}

/** Set an output channel's log level with "Developer: Set Log Level..." (e.g. 'Customer Lens', 'Trace'). */
async function setLogLevel(page, channel, level) {
  const quick = page.locator('.quick-input-widget');
  await runCommandKeepOpen(page, 'Developer: Set Log Level');
  await page.keyboard.type(channel);
  await quick.locator('.monaco-list-row', { hasText: channel }).first().click({ timeout: 10_000 });
  const row = quick.locator('.monaco-list-row', { hasText: new RegExp(`^${level}`) }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
  await quick.waitFor({ state: 'hidden', timeout: 10_000 });
}

/** Pick a Command Palette entry whose result is another quick pick (runCommand waits for the palette to close). */
async function runCommandKeepOpen(page, title) {
  const quick = page.locator('.quick-input-widget');
  await pressKeys(page, 'F1');
  await quick.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(title);
  const row = quick.locator('.monaco-list-row', { hasText: new RegExp(`^${title}`) }).first();
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
  await row.waitFor({ state: 'hidden', timeout: 10_000 });
}

/** The language server processes (node …/dist/server.js) in code-server's process group: [{ pid, args }]. */
function languageServers(server) {
  const out = execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/)).filter(Boolean)
    .filter(([, , pgid, args]) => Number(pgid) === server.pid && args.includes(server.extensionsDir) && /dist\/server\.js/.test(args))
    .map(([, pid, , args]) => ({ pid: Number(pid), args }));
}

/** pgrep -f 'dist/server.js' (every such process on the machine), as the brief suggests; for cross-checking. */
function pgrepServers() {
  try { return execFileSync('pgrep', ['-f', 'dist/server.js'], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number); } catch { return []; }
}

async function waitFor(fn, what, { timeoutMs = 20_000, intervalMs = 200 } = {}) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (performance.now() > deadline) throw new Error(`${what} not seen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function assert(cond, message) { if (!cond) throw new Error(message); }

// ------------------------------------------------------------------------------------------ the run

await runE2E(async () => {
  const t0 = performance.now();
  const vsix = newestVsix();
  const workspace = await makeFixture();
  // Verbose LSP trace, shown in the log once its level is Trace (step 5b): records the synced documents' URIs.
  const profile = await makeProfile({ settings: { 'customerLens.trace.server': 'verbose' } });

  await step(`install ${path.basename(vsix)} into code-server`, async () => {
    const list = await installVsix(vsix, profile);
    console.log(`    installed: ${list.join(', ')}`);
    assert(list.some((e) => e.startsWith('customer-lens.customer-lens@')), `customer-lens not listed: ${list}`);
  }, { fatal: true });

  const server = await step('start code-server on 127.0.0.1', async () => {
    const s = await startCodeServer({ workspace, ...profile });
    assert(new URL(s.url).hostname === '127.0.0.1', `not bound to 127.0.0.1: ${s.url}`);
    console.log(`    ${s.url} (pid ${s.pid}), workspace ${workspace}`);
    return s;
  }, { fatal: true });

  const { page } = await step('launch chromium', () => launchBrowser(), { fatal: true });

  await step('open the workbench in Restricted Mode', async () => {
    const { restricted } = await openWorkbench(page, server);
    assert(restricted, 'the workbench does not report Restricted Mode');
    console.log('    status bar shows "Restricted Mode"');
  }, { fatal: true });

  // ---------------------------------------------------------------------------------------- 1. Problems
  await step('1 problems panel shows the missing value created', async () => {
    await openFile(page, PRICING);
    await waitForLog(server, /_doActivateExtension customer-lens\.customer-lens/);
    const rows = await openProblems(page, { waitFor: /No value created.*customer-lens/ });
    const row = rows.find((r) => /No value created/.test(r));
    console.log(`    rows: ${JSON.stringify(rows)}`);
    assert(/customer-lens\s+value-created\s+\[Ln 8, Col 1\]/.test(row), `finding not on the title line: ${row}`);
    assert(groupProblems(rows)['0007-pricing.md']?.length === 1, 'expected exactly one finding for 0007-pricing.md');
    await shot(page, '1 problems panel');
  });

  // ---------------------------------------------------------------------------------------- 2. heading hover
  await step('2 hover a customer heading', async () => {
    const hover = await hoverLine(page, 22, { text: 'Customer impact', timeoutMs: 10_000 });
    console.log(`    hover: ${JSON.stringify(hover)}`);
    assert(hover, 'no hover on "## Customer impact"');
    for (const s of ['This section should answer', 'What changes for the customer, and when will they notice?',
      'How well this section answers', 'says how customers will feel']) {
      assert(hover.includes(s), `hover lacks ${JSON.stringify(s)}`);
    }
    await shot(page, '2 hover heading');
    await clearHover(page);
  });

  // ---------------------------------------------------------------------------------------- 3. quick fix
  await step('3 quick fix adds the value created section', async () => {
    await goToLine(page, PRICING_TITLE_LINE);
    const widget = page.locator('.action-widget:not(.action-list-submenu-panel)');
    const fix = widget.locator('.monaco-list-row', { hasText: 'Add the "Value created" section' });
    const presses = await pressUntilVisible(page, 'Control+.', fix.first());
    if (presses > 1) console.log(`    the quick fix menu opened at press ${presses} of Ctrl+.`);
    const offered = (await widget.locator('.monaco-list-row').allInnerTexts()).map(normText).filter(Boolean);
    console.log(`    offered: ${JSON.stringify(offered)}`);
    await fix.first().hover();
    await shot(page, '3 quick fix menu');
    await fix.first().click();
    await widget.waitFor({ state: 'hidden', timeout: 5000 });
    const rows = await problemsWhen(page, (r) => !r.some((x) => /No value created/.test(x)), 'the value-created finding gone');
    console.log(`    rows after: ${JSON.stringify(rows)}`);
    const text = await wholeEditorText(page);
    assert(/^## Value created$/m.test(text), 'the editor has no "## Value created" heading');
    assert(text.includes('What will customers gain from this, and why would they care?'), 'the new section has no prompt');
    const at = text.split('\n').indexOf('## Value created') + 1;
    await goToLine(page, at + 2);
    await shot(page, '3 quick fix applied');
    console.log(`    "## Value created" inserted at line ${at}`);
  });

  // ---------------------------------------------------------------------------------------- 4. snippet
  await step('4 decision snippet in a new file', async () => {
    await openFile(page, NEW);
    const before = await problemsWhen(page, (_, g) => (g['0008-new.md'] ?? []).some((r) => MISSING_CONCEPT_RULES.includes(ruleOf(r))),
      'missing-concept findings for the empty 0008-new.md');
    console.log(`    empty file: ${groupProblems(before)['0008-new.md'].length} findings, e.g. ${JSON.stringify(groupProblems(before)['0008-new.md'][0])}`);
    await page.keyboard.type('decision');
    await pressKeys(page, 'Control+Space');
    const suggest = page.locator('.suggest-widget');
    await suggest.waitFor({ state: 'visible', timeout: 10_000 });
    const item = suggest.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: /^decision$/ }) });
    await item.first().waitFor({ state: 'visible', timeout: 10_000 });
    for (let i = 0; i < 20 && !(await item.first().evaluate((e) => e.classList.contains('focused'))); i++) await pressKeys(page, 'Down');
    assert(await item.first().evaluate((e) => e.classList.contains('focused')), 'could not focus the "decision" suggestion');
    console.log(`    suggestion: ${JSON.stringify(normText(await item.first().innerText()))}`);
    await shot(page, '4 snippet suggestion');
    await pressKeys(page, 'Enter');
    await suggest.waitFor({ state: 'hidden', timeout: 5000 });
    await waitForText(page, '.editor-group-container.active .monaco-editor .view-lines', 'kind: decision');
    await escape(page); // leave snippet mode (the title placeholder is selected)
    const text = await wholeEditorText(page);
    assert(/^---\nkind: decision\nstatus: proposed\ndate: \d{4}-\d\d-\d\d\ndeciders: who decides\n---$/m.test(text), `no front matter:\n${text.slice(0, 200)}`);
    for (const h of SEVEN_HEADINGS) assert(new RegExp(`^## ${h}$`, 'm').test(text), `no "## ${h}" heading`);
    const rows = await problemsWhen(page, (_, g) => !(g['0008-new.md'] ?? []).some((r) => MISSING_CONCEPT_RULES.includes(ruleOf(r))),
      'no missing-concept finding for 0008-new.md');
    const mine = groupProblems(rows)['0008-new.md'] ?? [];
    console.log(`    ${text.split('\n').length} lines; findings for 0008-new.md: ${JSON.stringify(mine.map((r) => `${ruleOf(r)}@${lineOf(r)}`))}`);
    assert(mine.every((r) => ruleOf(r) === 'placeholder-text'), `unexpected findings: ${JSON.stringify(mine)}`);
    await goToLine(page, 1);
    await shot(page, '4 snippet inserted');
  });

  // ---------------------------------------------------------------------------------------- 5. diff
  await step('5a source control in Restricted Mode', async () => {
    const log = await extensionHostLog(server);
    const gitActivated = /_doActivateExtension vscode\.git[,\s]/.test(log);
    await pressKeys(page, 'Control+Shift+G');
    const scm = page.locator('.part.sidebar');
    await scm.waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(500); // the view fills in without an event we can wait on
    const scmText = normText(await scm.innerText()).replace(/\n+/g, ' | ');
    console.log(`    git extension activated: ${gitActivated}; Source Control view: ${JSON.stringify(scmText.slice(0, 300))}`);
    // Is "Git: Open Changes" in the command palette?
    await pressKeys(page, 'F1');
    const quick = page.locator('.quick-input-widget');
    await quick.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Git: Open Changes');
    await page.waitForTimeout(500); // the palette filters without an event we can wait on
    const offered = (await quick.locator('.monaco-list-row').allInnerTexts()).map(normText);
    console.log(`    command palette for "Git: Open Changes": ${JSON.stringify(offered)}`);
    await shot(page, '5a source control restricted');
    await escape(page);
    await quick.waitFor({ state: 'hidden', timeout: 5000 });
    await pressKeys(page, 'Control+Shift+E');
    assert(!gitActivated, 'the git extension activated in Restricted Mode: use "Git: Open Changes" here instead');
  });

  await step('5b compare with saved: checklist hover on the original side', async () => {
    // Let the "Customer Lens" log show the LSP trace (customerLens.trace.server is "verbose" in the profile),
    // so that the log records which URI the diff's original side is synced as.
    await setLogLevel(page, 'Customer Lens', 'Trace');
    await openFile(page, CHECKOUT);
    // Change the record in the editor (unsaved), then open the real diff of saved vs. edited.
    await goToLine(page, 11);
    await pressKeys(page, 'End');
    await page.keyboard.type(' Shoppers complain about it in reviews.');
    await pressKeys(page, 'Control+J'); // hide the panel: a taller diff for the screenshot
    await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 5000 });
    await runCommand(page, 'File: Compare Active File with Saved');
    const diff = page.locator('.editor-group-container.active .monaco-diff-editor');
    await diff.waitFor({ state: 'visible', timeout: 10_000 });
    const original = '.editor-group-container.active .monaco-diff-editor .editor.original .monaco-editor';
    await page.locator(original).locator('.view-lines').waitFor({ state: 'visible', timeout: 10_000 });
    const tab = normText(await page.locator('.tabs-container .tab.active').innerText());
    console.log(`    diff tab: ${JSON.stringify(tab)}`);
    const hover = await hoverIn(page, original, CHECKOUT_TITLE_LINE, 'One-page checkout', { timeoutMs: 10_000 });
    console.log(`    hover: ${JSON.stringify(hover)}`);
    for (const s of ['Customer checklist', 'decision record', 'Status: proposed', 'Customer impact: present', 'Value created: missing']) {
      assert(hover.includes(s), `hover lacks ${JSON.stringify(s)}`);
    }
    assert(await scrollHoverTo(page, 'Customer checklist'), 'could not scroll the hover to the checklist');
    await shot(page, '5b diff hover');
    await clearHover(page);
    // Which URI is the original side? The LSP trace records the document the client synced for it.
    const synced = await waitForLog(server, /"uri": "(?!file:)[\w-]+:[^"]*0005-checkout\.md[^"]*"/, { timeoutMs: 10_000 });
    console.log(`    original side synced to the server as ${decodeURIComponent(synced.match(/"uri": "([^"]+)"/)[1])}`);
  });

  // ---------------------------------------------------------------------------------------- 6. kill the server
  await step('6 killed language server is restarted', async () => {
    const [before] = languageServers(server);
    assert(before, 'no customer-lens language server in code-server\'s process group');
    assert(pgrepServers().includes(before.pid), `pgrep -f dist/server.js does not list ${before.pid}`);
    console.log(`    server pid ${before.pid}: ${before.args.slice(0, 160)}`);
    await openProblems(page);
    await openFile(page, PRICING);
    process.kill(before.pid, 'SIGKILL');
    const after = await waitFor(() => languageServers(server).find((p) => p.pid !== before.pid), 'a new language server process');
    const restartLine = await waitForLog(server, /server stopped; starting it again/);
    console.log(`    new server pid ${after.pid}; log: ${JSON.stringify(restartLine.trim())}`);
    assert(!languageServers(server).some((p) => p.pid === before.pid), 'the killed server is still there');
    // Type one character that turns "## Success metrics" into plain text: the new server reports it.
    const text = await wholeEditorText(page);
    const line = text.split('\n').indexOf('## Success metrics') + 1;
    assert(line > 0, 'no "## Success metrics" line');
    await goToLine(page, line);
    await pressKeys(page, 'Home');
    await page.keyboard.type('X');
    const rows = await problemsWhen(page, (_, g) => (g['0007-pricing.md'] ?? []).some((r) => /No success metric/.test(r)),
      'a "No success metric" finding for 0007-pricing.md after the edit');
    console.log(`    after typing X: ${JSON.stringify(groupProblems(rows)['0007-pricing.md'])}`);
    await shot(page, '6 after server restart');
    await pressKeys(page, 'Control+Z');
    await problemsWhen(page, (_, g) => !(g['0007-pricing.md'] ?? []).some((r) => /No success metric/.test(r)),
      'the "No success metric" finding gone after undo');
  });

  // ---------------------------------------------------------------------------------------- 7. walkthrough
  await step('7a walkthrough: its steps and page, and a record written with its first button', async () => {
    await runCommandKeepOpen(page, 'Welcome: Open Walkthrough');
    const quick = page.locator('.quick-input-widget');
    await page.keyboard.type('Customer Lens');
    const pick = quick.locator('.monaco-list-row', { hasText: WALKTHROUGH }).first();
    await pick.waitFor({ state: 'visible', timeout: 10_000 });
    await pick.click();
    const walkthrough = page.locator('.gettingStartedContainer');
    for (const title of WALKTHROUGH_STEPS) {
      await walkthrough.locator('.getting-started-step', { hasText: title }).first().waitFor({ state: 'visible', timeout: 15_000 });
    }
    // The step's page is Markdown, shown in a webview beside the steps.
    const pageText = await waitFor(async () => {
      for (const frame of page.frames()) {
        const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (text.includes('A decision record that names its customer')) return text;
      }
      return null;
    }, "the first step's Markdown page");
    console.log(`    steps: ${JSON.stringify(WALKTHROUGH_STEPS)}; page: ${JSON.stringify(pageText.split('\n')[0])}`);
    await shot(page, '7a walkthrough');
    // The first step's button runs New Decision Record: a title, then the language (English comes first here).
    await walkthrough.locator('.getting-started-step.expanded .monaco-button', { hasText: 'New Decision Record' }).click();
    await quick.waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Offer annual billing');
    await pressKeys(page, 'Enter');
    const english = quick.locator('.monaco-list-row', { hasText: /^English/ }).first();
    await english.waitFor({ state: 'visible', timeout: 10_000 });
    await english.click();
    const name = path.posix.basename(FROM_WALKTHROUGH);
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: 15_000 });
    // The panel holds more rows than it shows: its filter keeps the new record's.
    await openProblems(page);
    await filterProblems(page, name);
    const rows = await problemsWhen(page, (_, g) => (g[name] ?? []).length > 0, `findings for ${name}`);
    const mine = groupProblems(rows)[name];
    console.log(`    ${FROM_WALKTHROUGH}: ${JSON.stringify(mine.map((r) => `${ruleOf(r)}@${lineOf(r)}`))}`);
    await shot(page, '7a record from the walkthrough');
    await filterProblems(page, '');
    assert(mine.every((r) => ruleOf(r) === 'placeholder-text'), `a new record has more than its prompts to fill: ${JSON.stringify(mine)}`);
    await runCommand(page, 'View: Close Editor');
    // Gone again, so that the trusted session (5c) finds one changed file in the repository, as committed.
    await fsp.rm(path.join(workspace, FROM_WALKTHROUGH));
  });

  // ---------------------------------------------------------------------------------------- 8. rule setting
  await step('8 customerLens.rules in the workspace settings turns customer-evidence off in the Problems panel', async () => {
    const name = path.posix.basename(CHECKOUT);
    const evidence = (g) => (g[name] ?? []).some((r) => ruleOf(r) === 'customer-evidence');
    await openFile(page, CHECKOUT);
    await openProblems(page);
    await filterProblems(page, name);
    const before = await problemsWhen(page, (_, g) => evidence(g), `customer-evidence for ${name}`);
    console.log(`    before: ${JSON.stringify(groupProblems(before)[name].map(ruleOf))}`);
    const settingsFile = path.join(workspace, '.vscode', 'settings.json');
    await fsp.mkdir(path.dirname(settingsFile), { recursive: true });
    await fsp.writeFile(settingsFile, `${JSON.stringify({ 'customerLens.rules': { 'customer-evidence': 'off' } }, null, 2)}\n`);
    const after = await problemsWhen(page, (_, g) => (g[name] ?? []).length > 0 && !evidence(g), `${name} without customer-evidence`);
    console.log(`    with {"customer-evidence": "off"}: ${JSON.stringify(groupProblems(after)[name].map(ruleOf))}`);
    await shot(page, '8 rule turned off');
    await fsp.rm(path.dirname(settingsFile), { recursive: true });
    await problemsWhen(page, (_, g) => evidence(g), `customer-evidence back for ${name} once the setting is gone`);
    await filterProblems(page, '');
  });

  // ---------------------------------------------------------------------------------------- M. decision map
  // In this session: the map of this workspace's records, in its webview (issue #17, in decisionMap.mjs).
  // The map names a record by its workspace folder and path (asRelativePath with the folder's name).
  const inMap = (rel) => `${path.basename(workspace)}/${rel}`;
  await decisionMapSteps({
    page, out: OUT,
    records: [{ path: inMap(PRICING), title: '0007. Simpler pricing for small shops' }, { path: inMap(CHECKOUT), title: '0005. One-page checkout' }],
    cell: { path: inMap(PRICING), concept: 'Customer impact', mark: '✓', state: 'present' },
    docImage: process.env.E2E_DOC_IMAGES ? path.join(DOC_IMAGES, 'decision-map-webview.png') : undefined,
  });

  // ---------------------------------------------------------------------------------------- P. personas
  // Their own workspace folder and code-server session (issue #16), before the trusted session below.
  await server.stop();
  if (process.env.E2E_DOC_IMAGES) await fsp.mkdir(DOC_IMAGES, { recursive: true });
  await personaSteps({ page, profile, out: OUT, docImages: process.env.E2E_DOC_IMAGES ? DOC_IMAGES : undefined });

  // ---------------------------------------------------------------------------------------- 5c. git diff, trusted
  // Not in Restricted Mode: the built-in git extension is disabled there (step 5a). A second code-server session
  // on the same repository, with workspace trust turned off (so the folder is trusted), shows the real
  // "Git: Open Changes" diff, whose original side is a git: URI holding the committed text.
  await step('5c (trusted session) Git: Open Changes: checklist hover on the git: side', async () => {
    await server.stop();
    const trusted = await makeProfile({ settings: { 'security.workspace.trust.enabled': false, 'customerLens.trace.server': 'verbose' } });
    const s2 = await startCodeServer({ workspace, userDataDir: trusted.userDataDir, extensionsDir: profile.extensionsDir });
    const { restricted } = await openWorkbench(page, s2);
    assert(!restricted, 'the trusted session is in Restricted Mode');
    await waitForLog(s2, /_doActivateExtension vscode\.git[,\s]/);
    await openFile(page, CHECKOUT);
    // The client is up (and its log channel exists) once the status bar shows the document's checklist.
    await page.locator('.statusbar-item', { hasText: /customer sections/ }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await setLogLevel(page, 'Customer Lens', 'Trace');
    // The repository is found asynchronously: the Source Control badge counts the changed file.
    const scmBadge = page.locator('.activitybar [aria-label*="Source Control"][aria-label*="1 pending change"]');
    await scmBadge.first().waitFor({ state: 'attached', timeout: 20_000 });
    console.log(`    activity bar: ${JSON.stringify(await scmBadge.first().getAttribute('aria-label'))}`);
    await runCommand(page, 'Git: Open Changes');
    const tab = page.locator('.tabs-container .tab.active', { hasText: 'Working Tree' });
    await tab.waitFor({ state: 'visible', timeout: 15_000 });
    console.log(`    diff tab: ${JSON.stringify(normText(await tab.innerText()))}`);
    const original = '.editor-group-container.active .monaco-diff-editor .editor.original .monaco-editor';
    await page.locator(original).locator('.view-lines').waitFor({ state: 'visible', timeout: 10_000 });
    await waitForText(page, `${original} .view-lines`, 'One-page checkout');
    const synced = await waitForLog(s2, /"uri": "git:[^"]*0005-checkout\.md[^"]*"/, { timeoutMs: 10_000 });
    console.log(`    original side synced to the server as ${decodeURIComponent(synced.match(/"uri": "([^"]+)"/)[1])}`);
    const hover = await hoverIn(page, original, CHECKOUT_TITLE_LINE, 'One-page checkout', { timeoutMs: 10_000 });
    console.log(`    hover: ${JSON.stringify(hover)}`);
    // The committed text has no customer impact section; the working tree has one.
    for (const s of ['Customer checklist', 'Status: proposed', 'Customer impact: missing', 'Value created: missing']) {
      assert(hover.includes(s), `hover lacks ${JSON.stringify(s)}`);
    }
    assert(await scrollHoverTo(page, 'Customer checklist'), 'could not scroll the hover to the checklist');
    await shot(page, '5c git diff hover');
    await clearHover(page);
  });

  // ---------------------------------------------------------------------------------------- docs images
  if (process.env.E2E_DOC_IMAGES) {
    await step('copy screenshots to docs/images', async () => {
      await fsp.mkdir(DOC_IMAGES, { recursive: true });
      for (const [from, to] of [['1-problems-panel', 'problems-panel'], ['2-hover-heading', 'hover-heading'],
        ['3-quick-fix-menu', 'quick-fix'], ['4-snippet-inserted', 'snippet'], ['5c-git-diff-hover', 'diff-hover']]) {
        await fsp.copyFile(path.join(OUT, `${from}.png`), path.join(DOC_IMAGES, `${to}.png`));
      }
    });
  }
  console.log(`    total ${((performance.now() - t0) / 1000).toFixed(1)} s; screenshots in ${path.relative(process.cwd(), OUT) || OUT}`);
});
