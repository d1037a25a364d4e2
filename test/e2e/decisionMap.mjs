// End-to-end step for Customer Lens: Show Decision Map in a real VS Code (code-server): the command run from the
// Command Palette on the e2e workspace, the webview found among the page's frames (VS Code nests it in two
// iframes) by its heat map's captioned table, the records and a cell's state read from it, and a click on a
// cell that opens the record in the editor. Called by e2e.mjs in its own session; throws on the first surprise.

import fsp from 'node:fs/promises';
import path from 'node:path';
import { pressKeys, runCommand, screenshot, step, normText } from './harness.mjs';

function assert(cond, message) { if (!cond) throw new Error(message); }

/** Poll the page's frames until one holds the heat map's captioned table; returns that frame. */
async function heatMapFrame(page, { timeoutMs = 30_000 } = {}) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      // A frame being replaced throws on evaluate: it is simply not the one yet.
      const found = await frame.evaluate(() => !!document.querySelector('table.heat > caption')?.textContent.trim()).catch(() => false);
      if (found) return frame;
    }
    if (performance.now() > deadline) {
      throw new Error(`no frame with the heat map's captioned table within ${timeoutMs} ms; frames: ${JSON.stringify(page.frames().map((f) => f.url()))}`);
    }
    await page.waitForTimeout(250); // a webview's frames load with no event the page can wait on
  }
}

/** The heat map's rows: [{ title, path, cells: { concept: state } }]. */
function heatRows(frame) {
  return frame.evaluate(() => [...document.querySelectorAll('table.heat > tbody > tr')].map((tr) => {
    const th = tr.querySelector('th[scope="row"]');
    return {
      title: th.querySelector('button.link, a')?.textContent.trim() ?? null,
      path: th.querySelector('.path')?.textContent.trim() ?? null,
      cells: Object.fromEntries([...tr.querySelectorAll('td.cell')].map((td) => [td.dataset.concept, normalize(td.textContent)])),
    };
    function normalize(s) { return s.replace(/\s+/g, ' ').trim(); }
  }));
}

/**
 * Run the decision map step on the session's open workbench. `records` are { path, title } of the workspace
 * files the map must list; `cell` is { path, concept, state } that must show `state` (its mark and word) and
 * that is clicked. The webview's screenshot is also copied to `docImage` when given.
 */
export async function decisionMapSteps({ page, out, records, cell, docImage }) {
  await step('M1 Show Decision Map: the webview lists the records, a cell shows its state, a click opens the record', async () => {
    // The editors stay open (some hold unsaved changes); hide the panel so the map has the window's height.
    const panel = page.locator('.part.panel');
    if (await panel.isVisible()) {
      await pressKeys(page, 'Control+J');
      await panel.waitFor({ state: 'hidden', timeout: 10_000 });
    }
    await runCommand(page, 'Customer Lens: Show Decision Map');
    const tab = page.locator('.editor-group-container.active .tabs-container .tab.active');
    await tab.filter({ hasText: 'Decision Map' }).waitFor({ state: 'visible', timeout: 15_000 });
    const frame = await heatMapFrame(page);
    const caption = normText(await frame.locator('table.heat > caption').innerText());
    console.log(`    webview frame ${frame.url().slice(0, 80)}…; caption: ${JSON.stringify(caption)}`);
    assert(caption.startsWith('Each record (row) and the state of each customer concept (column).'), `unexpected caption ${JSON.stringify(caption)}`);

    // The server answers once the workspace is read: poll until every record is a row.
    const deadline = performance.now() + 20_000;
    let rows = await heatRows(frame);
    while (!records.every((r) => rows.some((x) => x.path === r.path)) && performance.now() < deadline) {
      await page.waitForTimeout(250); // the map is redrawn without an event the page can see
      rows = await heatRows(frame);
    }
    console.log(`    rows: ${JSON.stringify(rows.map((r) => `${r.path} | ${r.title}`))}`);
    for (const r of records) {
      const row = rows.find((x) => x.path === r.path);
      assert(row, `the heat map has no row for ${r.path}; rows: ${JSON.stringify(rows.map((x) => x.path))}`);
      assert(row.title === r.title, `the row for ${r.path} is titled ${JSON.stringify(row.title)}, not ${JSON.stringify(r.title)}`);
    }
    const row = rows.find((x) => x.path === cell.path);
    const shown = row?.cells[cell.concept];
    console.log(`    ${cell.path}, ${cell.concept}: ${JSON.stringify(shown)}`);
    assert(shown === `${cell.mark}${cell.state}`, `${cell.path}'s ${cell.concept} cell shows ${JSON.stringify(shown)}, not ${JSON.stringify(cell.mark + cell.state)}`);

    // The heat map sits below the coverage: scroll it to the top of the webview for the screenshot.
    await frame.locator('table.heat').evaluate((t) => t.scrollIntoView({ block: 'start' }));
    await frame.waitForFunction(() => Math.abs(document.querySelector('table.heat').getBoundingClientRect().top) < 2
      || window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 1, null, { timeout: 5000 });
    const file = path.join(out, 'm1-decision-map-webview.png');
    await fsp.mkdir(out, { recursive: true });
    // Screenshot the webview as the workbench shows it: the outer iframe on the page holds the inner one.
    let outer = frame;
    while (outer.parentFrame() && outer.parentFrame() !== page.mainFrame()) outer = outer.parentFrame();
    await (await outer.frameElement()).screenshot({ path: file });
    if (docImage) await fsp.copyFile(file, docImage);

    const target = frame.locator('table.heat > tbody > tr', { has: frame.locator('.path', { hasText: new RegExp(`^${cell.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) })
      .locator(`td.cell[data-concept="${cell.concept}"] button`);
    assert(await target.count() === 1, `no single button in ${cell.path}'s ${cell.concept} cell`);
    await target.click();
    const name = path.posix.basename(cell.path);
    const opened = page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name });
    await opened.waitFor({ state: 'visible', timeout: 15_000 })
      .catch(async () => { throw new Error(`the active tab is ${JSON.stringify(normText(await tab.first().innerText().catch(() => '?')))}, not ${name}, after the click`); });
    const title = normText(await opened.first().textContent()); // innerText splits the name from its extension
    console.log(`    after the click the active tab is ${JSON.stringify(title)}`);
    assert(title.startsWith(name), `the active tab reads ${JSON.stringify(title)}, not ${name}`);
    await screenshot(page, out, 'm1-decision-map-opened');
  });
}
