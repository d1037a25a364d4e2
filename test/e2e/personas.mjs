// End-to-end steps for persona cards (issue #16) in a real VS Code: their own workspace folder (a card, two
// decision records and a spec that name it), its own code-server session in Restricted Mode, driven through
// the UI: the hover on an id shows the card, F12 opens the card, the card's code lens counts its users, and F2
// renames the id in every record, one never opened included (read back from the disk after Save All).
// Called by e2e.mjs; each step throws on the first thing that is not as expected.

import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  makeWorkspace, startCodeServer, openWorkbench, openFile, goToLine, hoverLine, clearHover, pressKeys, runCommand,
  waitForText, waitForLog, screenshot, step, normText,
} from './harness.mjs';

const CARD = 'docs/personas/shop-owner.md';
const BILLING = 'docs/decisions/0001-annual-billing.md';
const REORDER = 'docs/decisions/0002-reorder.md'; // never opened in the editor: the rename must reach it anyway
const CHECKOUT = 'docs/specs/checkout.md';
const NAME = 'Sam, the shop owner';
const SEGMENT = 'Independent shop owners who reorder every week.';
const OLD_ID = 'shop-owner';
const NEW_ID = 'store-owner';
const CUSTOMERS_LINE = 3; // `customers: [shop-owner]` in both records and the spec
const ID_LINE = 2; // `id: shop-owner` in the card
const USED_BY = 'used by 2 decisions · 1 specs';

const record = (title, problem) => `---\nstatus: proposed\ncustomers: [${OLD_ID}]\n---\n# ${title}\n\n## Problem solved\n\n${problem}\n`;

const FILES = {
  [CARD]: `---\nid: ${OLD_ID}\nname: ${NAME}\n---\n# ${NAME}\n\n## Segment\n\n${SEGMENT}\n\n## Jobs to be done\n\n`
    + '- Reorder flour before Monday\n- Pay suppliers on time\n\n## Pains\n\n- Retyping the same order\n',
  [BILLING]: record('Offer annual billing', 'Shop owners pay monthly and lose track of renewals.'),
  [REORDER]: record('Reorder in one tap', 'Sam retypes the same order every Monday.'),
  [CHECKOUT]: `---\nkind: spec\ncustomers: [${OLD_ID}]\n---\n# Faster checkout\n\n## Problem\n\nCheckout takes too long on a phone.\n`,
};

function assert(cond, message) { if (!cond) throw new Error(message); }

/** Put the cursor inside `text` on 1-based `line` of the active editor (Ctrl+G, then arrow keys). */
async function cursorInto(page, line, text, source) {
  const col = source.split('\n')[line - 1].indexOf(text);
  assert(col >= 0, `line ${line} has no ${JSON.stringify(text)}`);
  await goToLine(page, line);
  await pressKeys(page, 'Home');
  for (let i = 0; i < col + 2; i++) await pressKeys(page, 'ArrowRight');
}

/** Poll a file on the disk until pred(text) holds; returns the text, or throws with what it held. */
async function diskWhen(file, pred, what, { timeoutMs = 15_000 } = {}) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const text = await fsp.readFile(file, 'utf8');
    if (pred(text)) return text;
    if (performance.now() > deadline) throw new Error(`${what} not on the disk within ${timeoutMs} ms; ${path.basename(file)} holds:\n${text}`);
    await new Promise((r) => setTimeout(r, 200)); // the disk has no event for us to wait on
  }
}

/**
 * Run the persona steps in a code-server session of their own (the caller has stopped its own), with the
 * profile the rest of the run uses. Screenshots go to `out`; the hover's is also `persona-hover.png` in
 * `docImages` when that is given.
 */
export async function personaSteps({ page, profile, out, docImages }) {
  const workspace = await makeWorkspace(FILES);
  const server = await step('persona workspace: code-server in Restricted Mode', async () => {
    const s = await startCodeServer({ workspace, ...profile });
    const { restricted } = await openWorkbench(page, s);
    assert(restricted, 'the persona workspace is not in Restricted Mode');
    return s;
  }, { fatal: true });

  await step('P1 hover a persona id in customers: [...] shows the card', async () => {
    await openFile(page, BILLING);
    await waitForLog(server, /_doActivateExtension customer-lens\.customer-lens/);
    // The index is built in the background, the cards before the records: hover until the card shows with
    // every record counted.
    let hover = null;
    for (let i = 0; i < 40 && !hover?.includes(USED_BY); i++) {
      if (i > 0) await page.waitForTimeout(500); // the index has no event a test can see
      hover = await hoverLine(page, CUSTOMERS_LINE, { text: OLD_ID, timeoutMs: 5000 });
    }
    console.log(`    hover: ${JSON.stringify(hover)}`);
    for (const s of [`Persona: ${NAME} (${OLD_ID})`, `Segment: ${SEGMENT}`, 'Reorder flour before Monday', USED_BY]) {
      assert(hover?.includes(s), `the hover lacks ${JSON.stringify(s)}`);
    }
    const file = await screenshot(page, out, 'p1-persona-hover');
    if (docImages) await fsp.copyFile(file, path.join(docImages, 'persona-hover.png'));
    await clearHover(page);
  });

  await step('P2 F12 on the id opens the card', async () => {
    await cursorInto(page, CUSTOMERS_LINE, OLD_ID, FILES[BILLING]);
    await pressKeys(page, 'F12');
    const tab = page.locator('.tabs-container .tab.active', { hasText: path.posix.basename(CARD) });
    await tab.waitFor({ state: 'visible', timeout: 10_000 });
    await waitForText(page, '.editor-group-container.active .monaco-editor .view-lines', `id: ${OLD_ID}`);
    console.log(`    active tab: ${JSON.stringify(normText(await tab.innerText()))}`);
  });

  await step(`P3 the card's code lens: "${USED_BY}" on its title`, async () => {
    const lens = page.locator('.editor-group-container.active .monaco-editor .codelens-decoration').first();
    await lens.waitFor({ state: 'visible', timeout: 15_000 });
    await waitForText(page, '.editor-group-container.active .monaco-editor .codelens-decoration', 'used by');
    const text = normText(await lens.innerText());
    console.log(`    code lens: ${JSON.stringify(text)}`);
    assert(text === USED_BY, `the code lens reads ${JSON.stringify(text)}, not ${JSON.stringify(USED_BY)}`);
    // A lens sits in a zone right above its line: the title's.
    const gap = await page.evaluate((title) => {
      const ed = document.querySelector('.editor-group-container.active .monaco-editor');
      const line = [...ed.querySelectorAll('.view-lines .view-line')].find((l) => l.textContent.replace(/\u00a0/g, ' ') === title);
      const lensEl = ed.querySelector('.codelens-decoration');
      return line && lensEl ? line.getBoundingClientRect().top - lensEl.getBoundingClientRect().bottom : null;
    }, `# ${NAME}`);
    assert(gap !== null && gap >= 0 && gap < 12, `the code lens is not right above "# ${NAME}" (gap ${gap} px)`);
    await screenshot(page, out, 'p3-persona-code-lens');
  });

  await step(`P4 F2 renames ${OLD_ID} to ${NEW_ID} in the card and every record, an unopened one included`, async () => {
    await cursorInto(page, ID_LINE, OLD_ID, FILES[CARD]);
    await pressKeys(page, 'F2');
    const input = page.locator('.rename-box input, .rename-box textarea').first();
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    const offered = await input.inputValue();
    assert(offered === OLD_ID, `the rename box offers ${JSON.stringify(offered)}, not ${JSON.stringify(OLD_ID)}`);
    await input.fill(NEW_ID);
    await pressKeys(page, 'Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    await waitForText(page, '.editor-group-container.active .monaco-editor .view-lines', `id: ${NEW_ID}`);
    await runCommand(page, 'File: Save All');
    for (const rel of [CARD, BILLING, REORDER, CHECKOUT]) {
      const want = rel === CARD ? `\nid: ${NEW_ID}\n` : `\ncustomers: [${NEW_ID}]\n`;
      const text = await diskWhen(path.join(workspace, rel), (t) => t.includes(want), JSON.stringify(want.trim()));
      assert(!text.includes(OLD_ID), `${rel} still names ${OLD_ID}:\n${text}`);
      const expected = FILES[rel].replace(rel === CARD ? `id: ${OLD_ID}` : `[${OLD_ID}]`, rel === CARD ? `id: ${NEW_ID}` : `[${NEW_ID}]`);
      assert(text === expected, `${rel} changed beyond the id:\n${text}`);
    }
    console.log(`    on the disk: ${CARD} "id: ${NEW_ID}"; ${BILLING}, ${REORDER} (never opened), ${CHECKOUT} "customers: [${NEW_ID}]"`);
    // The lens follows the new id: the same users.
    await waitForText(page, '.editor-group-container.active .monaco-editor .codelens-decoration', USED_BY);
    await screenshot(page, out, 'p4-persona-renamed');
  });

  await server?.stop();
}
