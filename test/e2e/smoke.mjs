// Smoke test of the e2e harness: a real VS Code (code-server) with NO extension installed.
//
//   bash scripts/setup-code-server.sh && node test/e2e/smoke.mjs
//
// Screenshots go to test-results/e2e/. Exits non-zero if any step fails.
import path from 'node:path';
import {
  RESULTS_DIR, runE2E, step, makeWorkspace, makeProfile, startCodeServer, launchBrowser, openWorkbench,
  openFile, openProblems, problemsMessage, hoverLine, clearHover, screenshot, waitForText, editorText,
} from './harness.mjs';

const OUT = process.env.E2E_RESULTS_DIR ?? RESULTS_DIR;
const DOC = 'docs/decisions/0001-test.md';

await runE2E(async () => {
  const workspace = await makeWorkspace({
    [DOC]: '# 0001 Test decision\n\nSome body text for the smoke test.\n\n## Context\n\nMore text.\n',
    'README.md': '# Smoke workspace\n',
    // Built-in JSON support (works in Restricted Mode) gives a real diagnostic + hover to check the
    // helpers against something that is there; JSON is only validated once the file is open.
    'data/broken.json': '{\n  "a": 1\n  "b": 2\n}\n',
  });

  const server = await step('start code-server', async () => {
    const profile = await makeProfile();
    const s = await startCodeServer({ workspace, ...profile });
    console.log(`    ${s.url} (pid ${s.pid}), log ${s.logFile}`);
    return s;
  }, { fatal: true });

  const { page } = await step('launch chromium', () => launchBrowser(), { fatal: true });

  await step('open workbench (Restricted Mode)', async () => {
    const { restricted } = await openWorkbench(page, server);
    if (!restricted) throw new Error('expected the untrusted folder to open in Restricted Mode');
    await screenshot(page, OUT, '01-workbench');
  }, { fatal: true });

  await step(`open ${DOC} via quick open`, async () => {
    await openFile(page, DOC);
    const text = await editorText(page);
    if (!text.includes('# 0001 Test decision')) throw new Error(`unexpected editor text: ${JSON.stringify(text)}`);
    await waitForText(page, '.tabs-container .tab.active', '0001-test.md');
    await screenshot(page, OUT, '02-file-open');
  });

  await step('open Problems panel', async () => {
    const rows = await openProblems(page);
    const msg = await problemsMessage(page);
    console.log(`    rows: ${JSON.stringify(rows)}${msg ? `; message: ${JSON.stringify(msg)}` : ''}`);
    if (rows.length !== 0) throw new Error(`expected no problems without the extension, got ${JSON.stringify(rows)}`);
    await screenshot(page, OUT, '03-problems');
  });

  await step('hover heading line (absence reported within timeout)', async () => {
    const t0 = performance.now();
    const hover = await hoverLine(page, 1, { text: 'Test decision', timeoutMs: 3000 });
    const ms = performance.now() - t0;
    console.log(`    hover: ${hover === null ? "none" : JSON.stringify(hover)} after ${Math.round(ms)} ms`);
    if (ms > 3000 + 5000) throw new Error(`hoverLine took ${ms} ms, beyond its timeout`);
    await screenshot(page, OUT, '04-hover');
    await clearHover(page);
  });

  await step('problems + hover on a real diagnostic (built-in JSON)', async () => {
    await openFile(page, 'data/broken.json');
    const rows = await openProblems(page, { waitFor: /Expected comma/ });
    console.log(`    rows: ${JSON.stringify(rows)}`);
    if (!rows.some((r) => /broken\.json/.test(r))) throw new Error('no file row for broken.json');
    const hover = await hoverLine(page, 3, { text: '"b"', timeoutMs: 10_000 });
    console.log(`    hover: ${JSON.stringify(hover)}`);
    if (!hover?.includes('Expected comma')) throw new Error(`hover did not show the diagnostic: ${JSON.stringify(hover)}`);
    await screenshot(page, OUT, '05-json-hover');
    await clearHover(page);
  });

  console.log(`    screenshots in ${path.relative(process.cwd(), OUT) || OUT}`);
});
