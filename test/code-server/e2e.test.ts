// End to end, the way a user works: the packaged .vsix installed into code-server, the Klambu
// maps opened in a browser, every step driven by keyboard and mouse in headless Chromium.
// Screenshots of the steps go to test-results/e2e/.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { FrameLocator, Page } from 'playwright-core';
import { RestartPolicy } from '../../client/src/restart-policy';
import { TEXT } from '../../client/src/texts';
import { readPng } from '../support/png';
import { languageServers } from '../support/server-processes';
import { openQuickInput, packagedVsix, quickOpen, runCommand, Workbench, until } from './workbench';

const FILE = 'kecklb-06.ppb.yaml';
const MAP = 'KECKLB.06.01.CFM.01';
const STEP = 15_000;

/** The problems counter in the status bar, as its accessible label reads ("Errors: 1, Warnings: 0"...). */
async function problems(page: Page): Promise<string> {
  const item = page.locator('[id="status.problems"]');
  const label =
    (await item
      .locator('a')
      .first()
      .getAttribute('aria-label')
      .catch(() => null)) ?? (await item.getAttribute('aria-label'));
  return label ?? (await item.innerText());
}

async function waitForProblems(page: Page, pattern: RegExp): Promise<string> {
  let last = '';
  return until(
    page,
    STEP * 2,
    () => `the problems counter to read ${pattern} (it reads "${last}")`,
    async () => {
      last = await problems(page);
      return pattern.test(last) && last;
    },
  );
}

/** From now on, every label the problems counter shows, in order: a restart clears it only for a moment. */
async function watchProblems(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as { ppbProblems?: { labels: string[]; observer: MutationObserver } };
    w.ppbProblems?.observer.disconnect();
    const labels: string[] = [];
    const read = (): void => {
      const item = document.getElementById('status.problems');
      const label = item?.querySelector('a')?.getAttribute('aria-label') ?? item?.getAttribute('aria-label') ?? item?.textContent ?? '';
      if (labels.at(-1) !== label) labels.push(label);
    };
    const observer = new MutationObserver(read);
    observer.observe(document.querySelector('.part.statusbar') ?? document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    w.ppbProblems = { labels, observer };
    read();
  });
}

async function problemsSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { ppbProblems?: { labels: string[] } }).ppbProblems?.labels ?? []);
}

// The PPB preview's frame, not any other webview the workbench may show (a second match would make every probe fail).
const preview = (page: Page): FrameLocator =>
  page.frameLocator('iframe.webview.ready[src*="extensionId=ppb.ppb"]').frameLocator('#active-frame');

/** Ctrl+G, the line number, Enter: the cursor at the start of `line`. */
async function goToLine(page: Page, line: number): Promise<void> {
  const input = await openQuickInput(page, 'Control+G');
  await input.fill(`:${line}`);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: `line ${line}` })
    .first()
    .waitFor({ timeout: STEP });
  await page.keyboard.press('Enter');
  await until(page, STEP, `the cursor on line ${line}`, async () => (await cursorLine(page)) === line);
}

async function cursorLine(page: Page): Promise<number> {
  const text = await page.locator('[id="status.editor.selection"]').innerText();
  const m = /Ln (\d+)/.exec(text);
  assert.ok(m, `the status bar shows the cursor (${text})`);
  return Number(m[1]);
}

/** "Export Every Map" up to its folder dialog: `format` picked, the dialog showing `out`, ready for "Export here". */
async function exportEveryMapInto(page: Page, format: string, workspace: string, out: string): Promise<void> {
  await runCommand(page, 'PPB: Export Every Map of the Workspace');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: format }).waitFor({ timeout: STEP });
  const input = page.locator('.quick-input-widget input');
  await input.fill(format);
  await page.keyboard.press('Enter');
  await until(page, STEP, 'the folder dialog', async () => (await input.isVisible()) && (await input.inputValue()).includes(workspace));
  await input.fill(`${out}/`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: '..' }).first().waitFor({ timeout: STEP });
}

test('a user on the Klambu maps in code-server', { timeout: 20 * 60_000 }, async (t) => {
  const vsix = packagedVsix();
  const wb = await Workbench.open({ name: 'e2e', vsix });
  const { page } = wb;
  const file = path.join(wb.workspace.dir, 'peta-lintas-fungsi', FILE);
  const lines = readFileSync(file, 'utf8').split('\n');
  const lineOf = (text: string): number => lines.findIndex((l) => l.includes(text)) + 1;
  try {
    await t.test('opens the workbench on the sample folder', async () => {
      await page.goto(wb.server.url());
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view', { hasText: 'instansi.ppb.yaml' }).waitFor({ timeout: 60_000 });
      await wb.screenshot('01-workbench');
    });

    await t.test('opens a Klambu map and sees the problems count follow a typo', async () => {
      await quickOpen(page, FILE);
      await page.locator('.monaco-editor .view-lines').first().click();
      await waitForProblems(page, /No Problems|Errors?: 0\b/i);
      await wb.screenshot('01b-map-open');
      await goToLine(page, lineOf('pelaksana: subbag_umum'));
      await page.keyboard.press('End');
      await page.keyboard.type('x');
      const broken = await waitForProblems(page, /Errors?: 1\b/i);
      await wb.screenshot('02-problem');
      assert.match(broken, /Errors?: 1\b/i);
      await page.keyboard.press('Backspace');
      await waitForProblems(page, /No Problems|Errors?: 0\b/i);
    });

    await t.test('hovers a unit id and reads the unit', async () => {
      const line = page.locator('.view-lines .view-line', { hasText: 'pelaksana: subbag_umum' }).first();
      await line.getByText('subbag_umum', { exact: true }).first().hover();
      const hover = page.locator('.monaco-hover:visible');
      const shown = await hover
        .filter({ hasText: 'Subbagian Umum dan Kepegawaian' })
        .waitFor({ timeout: STEP })
        .then(() => true)
        .catch(() => false);
      await wb.screenshot('03-hover');
      assert.ok(
        shown,
        `the hover shows "Subbagian Umum dan Kepegawaian" (it shows: ${(await hover.allInnerTexts()).join(' | ') || 'nothing'})`,
      );
      await page.keyboard.press('Escape');
    });

    await t.test('runs the preview from the command palette and sees the diagram', async () => {
      await page.locator('.monaco-editor .view-lines').first().click();
      await goToLine(page, lineOf('Memutakhirkan data'));
      await runCommand(page, 'PPB: Open Preview to the Side');
      await page.locator('.tabs-container .tab', { hasText: `PPB: ${MAP}` }).waitFor({ timeout: STEP * 2 });
      await preview(page)
        .locator('svg g.node', { hasText: 'Memutakhirkan' })
        .first()
        .waitFor({ timeout: STEP * 4 });
      await wb.screenshot('04-preview');
    });

    await t.test('types a change and sees the diagram follow', async () => {
      // A double click on the word selects it; typing replaces it.
      const value = page.locator('.view-lines .view-line span', { hasText: /^Memutakhirkan/ }).last();
      const box = await value.boundingBox();
      assert.ok(box, 'the step name is on screen');
      await page.mouse.dblclick(box.x + 15, box.y + box.height / 2);
      await page.keyboard.type('Menyelaraskan');
      await preview(page)
        .locator('svg g.node', { hasText: 'Menyelaraskan' })
        .first()
        .waitFor({ timeout: STEP * 2 });
      assert.equal(await preview(page).locator('svg g.node', { hasText: 'Memutakhirkan' }).count(), 0, 'the old label is gone');
      await wb.screenshot('05-follows-typing');
    });

    await t.test('clicks a node and lands on its line', async () => {
      await preview(page).locator('svg g.node', { hasText: 'Menyusun daftar gaji' }).first().click();
      const step = lineOf('- id: susun');
      await until(page, STEP, `the cursor on line ${step} or ${step + 1}`, async () => {
        const line = await cursorLine(page);
        return (line === step || line === step + 1) && line;
      });
      await wb.screenshot('06-click-reveals');
    });

    await t.test('exports the shown map as PNG and finds it on disk', async () => {
      const png = path.join(wb.workspace.dir, `${MAP}.png`);
      await runCommand(page, 'PPB: Export Shown Map (PNG, SVG or draw.io)');
      // The save dialog proposes the map's name in the model's folder: accept it.
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: STEP });
      await until(page, STEP, 'the save dialog to propose the PNG', async () => (await input.inputValue()).endsWith(`${MAP}.png`));
      await wb.screenshot('07-save-dialog');
      await page.keyboard.press('Enter');
      await until(page, STEP * 4, `${png} to be written`, () => Promise.resolve(existsSync(png)));
      // At ppb.export.scale (2 by default), which its density says (192 dpi), and drawn.
      const facts = readPng(readFileSync(png));
      assert.deepEqual(facts.density, { x: Math.round((96 / 0.0254) * 2), y: Math.round((96 / 0.0254) * 2), unit: 1 });
      assert.ok(facts.width > 400 && facts.height > 200, `a map's size (${facts.width}x${facts.height})`);
      assert.ok(facts.inked / (facts.width * facts.height) > 0.05 && facts.dark > 500, `drawn: ${facts.inked} pixels, ${facts.dark} dark`);
      await wb.screenshot('08-exported');
    });

    await t.test("the preview's draw.io button saves the shown map as a .drawio file, its page named by the map", async () => {
      const file = path.join(wb.workspace.dir, `${MAP}.drawio`);
      await preview(page).locator('.tool.export-drawio').click();
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: STEP });
      await until(page, STEP, 'the save dialog to propose the .drawio', async () => (await input.inputValue()).endsWith(`${MAP}.drawio`));
      await page.keyboard.press('Enter');
      await until(page, STEP * 4, `${file} to be written`, () => Promise.resolve(existsSync(file)));
      const xml = readFileSync(file, 'utf8');
      assert.match(xml, /^<\?xml [^>]*>\s*<mxfile [^>]*compressed="false"/);
      assert.equal([...xml.matchAll(/<diagram /g)].length, 1, 'one page');
      assert.match(xml, new RegExp(`<diagram id="${MAP.replace(/\./g, '\\.')}" name="${MAP.replace(/\./g, '\\.')} `));
      assert.ok([...xml.matchAll(/style="swimlane;/g)].length >= 2, 'its lanes are swimlanes');
    });

    await t.test('exports every map with the bundled playwright-core', async () => {
      const out = path.join(wb.workspace.dir, 'gambar');
      mkdirSync(out);
      await exportEveryMapInto(page, 'SVG', wb.workspace.dir, out);
      await wb.screenshot('09-export-all-folder');
      await page.getByRole('button', { name: 'Export here' }).click();
      const maps = await until(page, STEP * 8, `the export of every map into ${out}`, async () => {
        const done = await page.locator('.notification-toast', { hasText: 'every map was exported' }).count();
        return done > 0 && readdirSync(out).filter((f) => f.endsWith('.svg'));
      });
      await wb.screenshot('10-export-all-done');
      assert.ok(maps.includes(`${MAP}.svg`) && maps.includes('KECKLB.L0.svg'), `the maps are there (${maps.length} files)`);
      assert.equal(maps.length, 30, 'one file per map of samples/klambu');
    });

    await t.test('exports every map as BPMN 2.0: the 22 cross-functional maps, beside the SVGs', async () => {
      // The same folder: the Indonesian test below expects the export dialog to open there.
      const out = path.join(wb.workspace.dir, 'gambar');
      await exportEveryMapInto(page, 'BPMN', wb.workspace.dir, out);
      await page.getByRole('button', { name: 'Export here' }).click();
      const bpmn = await until(page, STEP * 8, `22 .bpmn files in ${out}`, () => {
        const files = readdirSync(out).filter((f) => f.endsWith('.bpmn'));
        return Promise.resolve(files.length === 22 && files);
      });
      assert.ok(bpmn.includes(`${MAP}.bpmn`) && !bpmn.includes('KECKLB.L0.bpmn'), 'the cross-functional maps, not Level 0');
      assert.match(readFileSync(path.join(out, `${MAP}.bpmn`), 'utf8'), /<bpmn:laneSet /);
      assert.equal(readdirSync(out).filter((f) => f.endsWith('.svg')).length, 30, 'the SVGs stay');
    });

    await t.test('with ppb.bahasa: id in an English VS Code, the preview, its export and the hover speak Indonesian', async () => {
      // As a user does it: the Settings editor, the PPB setting, "Bahasa Indonesia".
      await page.locator('.tabs-container .tab.active', { hasText: FILE }).click();
      await runCommand(page, 'Preferences: Open User Settings');
      await page.locator('.settings-editor').waitFor({ timeout: STEP });
      await page.keyboard.type('ppb.bahasa');
      const setting = page.locator('.setting-item-contents', { hasText: 'Language / Bahasa' });
      await setting.locator('select.monaco-select-box').click();
      await page.locator('.monaco-select-box-dropdown-container .option-text', { hasText: 'Bahasa Indonesia' }).click();
      await until(
        page,
        STEP,
        'the setting to show Bahasa Indonesia',
        async () =>
          (await setting.locator('select.monaco-select-box').evaluate((e: HTMLSelectElement) => e.options[e.selectedIndex]?.text)) ===
          'Bahasa Indonesia',
      );
      await wb.screenshot('11-setting-bahasa');
      // The Settings editor saves a choice about a second later; closed before that, the choice is
      // lost (code-server 4.139: the file kept no ppb.bahasa, and the preview stayed English).
      await until(page, STEP, 'VS Code to save ppb.bahasa in the user settings', () =>
        Promise.resolve(/"ppb\.bahasa":\s*"id"/.test(wb.userSettings())),
      );
      await page.keyboard.press('Escape');
      // No reload: the open preview says its words again.
      let zoomTitle: string | null | undefined;
      await until(
        page,
        STEP * 2,
        () => `the preview's tooltips in Indonesian (the zoom button says ${JSON.stringify(zoomTitle)})`,
        async () => (zoomTitle = await preview(page).locator('button.zoom-in').getAttribute('title', { timeout: 2000 })) === 'Perbesar (+)',
      );
      assert.equal(await preview(page).locator('button.export-png').getAttribute('title'), 'Ekspor sebagai PNG');
      assert.equal(await preview(page).locator('button.nav').getAttribute('title'), 'Tampilkan atau sembunyikan daftar peta');
      // The panel is narrow: the navigator opens with its button, as a user would open it.
      await preview(page).locator('button.nav').click();
      await preview(page)
        .locator('.nav-group h2', { hasText: /Peta Relasi/i })
        .waitFor({ timeout: STEP });
      const headings = await preview(page).locator('.nav-group h2').allInnerTexts();
      assert.deepEqual(
        headings.map((h) => h.toUpperCase()),
        ['LEVEL 0', 'PETA RELASI', 'LEVEL 1', 'PETA LINTAS FUNGSI'],
      );
      await wb.screenshot('12-preview-in-indonesian');

      // The export dialog opens where the last export went (the folder of every map), in Indonesian.
      const shown = /PPB: (\S+)/.exec(await page.locator('.tabs-container .tab', { hasText: 'PPB: ' }).first().innerText())?.[1];
      assert.ok(shown, "the preview's tab names the map shown");
      await runCommand(page, 'PPB: Export Shown Map (PNG, SVG or draw.io)');
      const input = page.locator('.quick-input-widget input');
      await until(page, STEP, `the save dialog to propose gambar/${shown}.png`, async () =>
        (await input.inputValue()).endsWith(`gambar/${shown}.png`),
      );
      assert.match(
        await page.locator('.quick-input-widget .quick-input-title').innerText(),
        new RegExp(`Ekspor peta ${shown.replace(/\./g, '\\.')}`),
      );
      await page.keyboard.press('Enter');
      await page.locator('.notification-toast', { hasText: `PPB: gambar/${shown}.png tersimpan` }).waitFor({ timeout: STEP * 4 });
      await wb.screenshot('13-export-in-indonesian');

      await page.locator('.tabs-container .tab', { hasText: FILE }).first().click();
      await goToLine(page, lineOf('pelaksana: subbag_umum'));
      const line = page.locator('.view-lines .view-line', { hasText: 'pelaksana: subbag_umum' }).first();
      await line.getByText('subbag_umum', { exact: true }).first().hover();
      await page.locator('.monaco-hover:visible', { hasText: 'Induk' }).waitFor({ timeout: STEP });
      await wb.screenshot('14-hover-in-indonesian');
      await page.keyboard.press('Escape');
    });

    // Last: it leaves the extension without a server.
    await t.test('kills the language server again and again: restarted while under the limit, then not, with the message', async () => {
      // An unsaved error: each new server marks it again once it serves (killed while it starts, it would fail otherwise).
      await page.locator('.tabs-container .tab', { hasText: FILE }).first().click();
      await goToLine(page, lineOf('pelaksana: subbag_umum'));
      await page.keyboard.press('End');
      await page.keyboard.type('x');
      await waitForProblems(page, /Errors?: 1\b/i);
      const policy = new RestartPolicy();
      const servers = (): number[] => languageServers(wb.server.pid);
      let server = await until(page, STEP, 'one language server', () => Promise.resolve(servers().length === 1 && servers()[0]));
      for (let death = 1; death <= policy.maxRestarts; death++) {
        await watchProblems(page);
        const killed = server;
        process.kill(killed, 'SIGKILL');
        server = await until(page, STEP * 2, `a new server after ${death} deaths`, () =>
          Promise.resolve(servers().find((pid) => pid !== killed)),
        );
        let seen: string[] = [];
        await until(
          page,
          STEP * 2,
          () => `the error cleared, then marked again by the new server (the counter read: ${seen.join(' | ')})`,
          async () => {
            seen = await problemsSeen(page);
            const cleared = seen.findIndex((label) => /No Problems|Errors?: 0\b/i.test(label));
            return cleared >= 0 && seen.slice(cleared).some((label) => /Errors?: 1\b/i.test(label));
          },
        );
      }
      process.kill(server, 'SIGKILL');
      // In Indonesian when the test before has set ppb.bahasa; in English if it failed first.
      const said = TEXT.serverGaveUp(policy.maxRestarts + 1, policy.windowMs / 60_000);
      const message = new RegExp([said.id, said.en].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
      await page.locator('.notification-toast', { hasText: message }).waitFor({ timeout: STEP * 2 });
      await wb.screenshot('15-server-gave-up');
      assert.deepEqual(servers(), [], 'no server was started again');
    });
  } finally {
    await wb.close();
  }
});
