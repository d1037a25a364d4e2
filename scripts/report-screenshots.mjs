// Takes the screenshots of docs/report.md and the README: the decision map of examples/ (in a temporary git
// repository of two commits, so coverage over time has two points), light and dark. The webview's image comes
// from a real VS Code: E2E_DOC_IMAGES=1 node test/e2e/e2e.mjs. Needs dist/ built and chromium:
// node scripts/report-screenshots.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMAGES = path.join(REPO, 'docs', 'images');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

const tmp = mkdtempSync(path.join(tmpdir(), 'cl-shots-'));
const run = (cmd, args, date = '2026-01-15T10:00:00Z') => {
  const r = spawnSync(cmd, args, { cwd: tmp, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
try {
  run('git', ['init', '-q', '-b', 'main']);
  run('git', ['config', 'user.email', 'docs@example.com']);
  run('git', ['config', 'user.name', 'Docs']);
  cpSync(path.join(REPO, 'examples', 'acme-shop'), path.join(tmp, 'acme-shop'), { recursive: true });
  run('git', ['add', '-A']);
  run('git', ['commit', '-qm', 'acme-shop']);
  cpSync(path.join(REPO, 'examples', 'negozio'), path.join(tmp, 'negozio'), { recursive: true });
  run('git', ['add', '-A']);
  run('git', ['commit', '-qm', 'negozio'], '2026-02-20T10:00:00Z');
  run(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'report', '--out', 'map.html']);
  const file = path.join(tmp, 'map.html');

  const shot = async (name, url, options, scrollTo) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, ...options });
    await page.goto(url);
    if (scrollTo) await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), scrollTo);
    await page.screenshot({ path: path.join(IMAGES, name) });
    await page.close();
  };
  await shot('decision-map.png', pathToFileURL(file).href, { colorScheme: 'light' });
  await shot('decision-map-heatmap-dark.png', pathToFileURL(file).href, { colorScheme: 'dark' }, '#h-heat');

  console.log(`screenshots written to ${path.relative(REPO, IMAGES)}: decision-map.png and decision-map-heatmap-dark.png (${readFileSync(file).length} bytes of report)`);
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
