// The decision map opened in Debian's chromium through playwright-core: no request leaves the file, no
// console error, the heat map's cells and links are there, axe-core finds no serious or critical violation
// (light and dark), the filters work, and with scripts off the map is all there. Without chromium it fails.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runReport } from '../../server/src/cli/report';
import { conceptNames } from '../../server/src/report/text';
import { buildMap } from '../../server/src/report/model';
import { renderMap } from '../../server/src/report/render';
import { REPO_ROOT } from '../helpers/findings';
import { runCli, TempFolder } from '../helpers/cli';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
}

interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(browser: Browser, url: string, options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  // Every request but the file itself is recorded and refused.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    requests.push(u);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

const AXE = readFileSync(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const w = globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } };
    return (await w.axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the decision map in chromium', function () {
  this.timeout(120000);
  let repo: TempFolder;
  let browser: Browser;
  let url: string;
  let records: string[];

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `the browser tests need chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    repo = new TempFolder('cl-report-browser-');
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'config', 'user.email', 'test@example.com');
    git(repo.root, 'config', 'user.name', 'Test');
    cpSync(join(REPO_ROOT, 'examples', 'acme-shop'), repo.path('acme-shop'), { recursive: true });
    git(repo.root, 'add', '-A');
    git(repo.root, 'commit', '-qm', 'one');
    cpSync(join(REPO_ROOT, 'examples', 'negozio'), repo.path('negozio'), { recursive: true });
    git(repo.root, 'add', '-A');
    git(repo.root, 'commit', '-qm', 'two');
    const r = runCli(repo.root, ['report', '--out', 'report/map.html']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(runCli(repo.root, ['check', '--format', 'json']).stdout) as { files: { path: string; kind: string }[] };
    records = json.files.filter((f) => f.kind === 'decision' || f.kind === 'spec').map((f) => f.path);
    assert.ok(records.length > 10);
    url = pathToFileURL(repo.path('report/map.html')).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    repo?.remove();
  });

  it('loads nothing but the file, logs no error, and shows a cell per record and concept and a link per record', async () => {
    const { page, requests, errors } = await open(browser, url);
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
    assert.equal(await page.locator('table.heat tbody tr').count(), records.length);
    assert.equal(await page.locator('table.heat td.cell').count(), records.length * 7);
    const hrefs = await page.locator('table.heat tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual([...hrefs].sort(), records.map((p) => `../${p.split('/').map(encodeURIComponent).join('/')}`).sort());
    // Every cell says its state in words, not by colour alone.
    const words = await page.locator('table.heat td.cell').evaluateAll((cells) => [...new Set(cells.map((c) => c.getAttribute('data-state')))]);
    for (const w of words) assert.ok(['present', 'thin', 'hollow', 'missing', 'suppressed', 'not required'].includes(w ?? ''), String(w));
    assert.ok(await page.locator('svg[role="img"] title').count() >= 2, 'the coverage and history charts');
    // A link opens the record (the file exists where it points).
    const first = await page.locator('table.heat tbody th a').first().evaluate((a) => (a as unknown as { href: string }).href);
    assert.ok(existsSync(new URL(first)), first);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe-core with no serious or critical violation (${colorScheme})`, async () => {
      const { page, errors } = await open(browser, url, { colorScheme });
      assert.deepEqual(await seriousViolations(page), []);
      assert.deepEqual(errors, []);
    });
  }

  it('filters the heat map by kind, and sorts it by a column', async () => {
    const { page } = await open(browser, url);
    await page.selectOption('select[data-filter="kind"]', 'spec');
    const specs = records.filter((p) => /\/(specs|prd|rfcs)\//.test(p) || p.includes('.spec.')).length;
    assert.equal(await page.locator('table.heat tbody tr:not([hidden])').count(), specs);
    assert.equal(await page.locator('[data-showing]').textContent(), `Showing ${specs} of ${records.length} records.`);
    await page.selectOption('select[data-filter="kind"]', '');
    await page.locator('table.heat thead th').nth(2).locator('button').click();
    const statuses = await page.locator('table.heat tbody tr td:nth-of-type(2)').allTextContents();
    assert.deepEqual(statuses, [...statuses].sort());
  });

  it('in the webview: under its nonce policy, a click on a cell asks to open the record at the concept', async () => {
    const { map } = runReport({ paths: [], out: 'unused.html', from: [], days: 90, history: false, lang: 'en' }, repo.root, '2026-01-01');
    assert.ok(map);
    // The editor's rows carry a URI as their link, and the title's line.
    const rows = map.records.map((r) => ({ ...r, href: `file:///ws/${r.path}`, line: 1 }));
    const html = renderMap(buildMap({ records: rows, days: 90, today: '2026-01-01', sources: ['ws'] }), { conceptNames: conceptNames(), editor: { nonce: 'n0nce', cspSource: 'vscode-webview:' } })
      .replace('<body>', '<body class="vscode-dark">')
      // What VS Code gives a webview: acquireVsCodeApi, here recording the messages.
      .replace('<script nonce="n0nce">', '<script nonce="n0nce">window.sent = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.sent.push(m) });</script><script nonce="n0nce">')
      // axe-core comes in with the nonce: the policy refuses any other script (checked below).
      .replace('</head>', () => `<script nonce="n0nce">${AXE}</script></head>`);
    repo.write('report/webview.html', html);
    const { page, requests, errors } = await open(browser, pathToFileURL(repo.path('report/webview.html')).href, { colorScheme: 'dark' });
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
    const record = rows.find((r) => r.cells['customer-impact'].line !== undefined && r.cells['value-created'].state === 'missing');
    assert.ok(record, 'a record with its impact written and its value missing');
    const row = page.locator('table.heat tbody tr', { has: page.locator(`[data-open="${record.href}"]`) });
    await row.locator('td.cell').nth(2).locator('button').click();
    await row.locator('td.cell').nth(3).locator('button').click();
    await row.locator('th button').click();
    const sent = await page.evaluate(() => (globalThis as unknown as { sent: unknown[] }).sent);
    assert.deepEqual(sent, [
      { command: 'open', uri: record.href, line: record.cells['customer-impact'].line },
      { command: 'open', uri: record.href, line: 1 },
      { command: 'open', uri: record.href, line: 1 },
    ]);
    assert.deepEqual(await seriousViolations(page), []);
    await assert.rejects(page.addScriptTag({ content: 'window.injected = true' }), /Content Security Policy/);
  });

  it('is all there with scripts off: the heat map, the groupings, no filters', async () => {
    const { page, errors } = await open(browser, url, { javaScriptEnabled: false });
    assert.equal(await page.locator('table.heat td.cell').count(), records.length * 7);
    assert.equal(await page.locator('[data-filters]').isVisible(), false);
    assert.equal(await page.locator('#h-groups').isVisible(), true);
    assert.deepEqual(errors, []);
  });
});
