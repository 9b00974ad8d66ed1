// `PPB: Create the Peta Proses Bisnis Document` as a user runs it in code-server: the packaged
// .vsix, the command palette, the save dialog (VS Code's simple file dialog, a quick input where
// the path is typed), the bundled CLI in a process of its own, the notification it ends with.
// Screenshots of the steps go to test-results/document-*/.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { TEXT } from '../../client/src/texts';
import { DEFAULT_DOCUMENT_NAME } from '../../client/src/document-target';
import { REPO } from '../support/temp-model';
import { packagedVsix, runCommand, Workbench, until } from './workbench';

const COMMAND = 'PPB: Create the Peta Proses Bisnis Document';
const STEP = 15_000;
/** `ppb dokumen` draws all 30 Klambu maps in Chromium: about 20 s alone, much more on a busy machine. */
const WRITING = 6 * 60_000;
const KLAMBU = path.join(REPO, 'samples', 'klambu');

/**
 * A screenshot in the test's artifacts, with the notifications' fade-in finished (a toast just
 * shown is otherwise caught half transparent).
 */
async function screenshot(wb: Workbench, name: string): Promise<void> {
  await wb.page.screenshot({ path: path.join(wb.artifacts, `${name}.png`), animations: 'disabled' });
}

/** The workbench loaded on the copy of the model, its explorer showing the model's files. */
async function load(wb: Workbench): Promise<void> {
  await wb.page.goto(wb.server.url());
  await wb.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await wb.page.locator('.explorer-folders-view', { hasText: 'instansi.ppb.yaml' }).waitFor({ timeout: 90_000 });
}

/**
 * Runs the command and answers its save dialog with `file`: once the dialog proposes
 * peta-proses-bisnis.pdf in the workspace, the whole path is typed and Enter pressed.
 */
async function createDocumentAs(wb: Workbench, file: string, shot: string): Promise<void> {
  const { page } = wb;
  await runCommand(page, COMMAND);
  const input = page.locator('.quick-input-widget input');
  await until(page, STEP * 2, `the save dialog to propose ${DEFAULT_DOCUMENT_NAME}`, async () =>
    (await input.inputValue()).endsWith(`${wb.workspace.dir}/${DEFAULT_DOCUMENT_NAME}`),
  );
  assert.match(await page.locator('.quick-input-widget .quick-input-title').innerText(), new RegExp(TEXT.documentSaveTitle.en));
  await input.fill(file);
  await until(page, STEP, `the save dialog to read ${file}`, async () => (await input.inputValue()) === file);
  await screenshot(wb, shot);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: STEP });
}

/** The toast that says `message`, once shown (a progress notification shows first, for a while). */
async function toast(page: Page, message: string, timeout: number): Promise<Locator> {
  const found = page.locator('.notification-toast', { hasText: message });
  await found.first().waitFor({ timeout });
  return found.first();
}

async function buttons(toastItem: Locator): Promise<string[]> {
  return (await toastItem.locator('.notification-list-item-buttons-container .monaco-button').allInnerTexts()).map((b) => b.trim());
}

/** `run` on `wb`, with a screenshot when it fails; `close` stops code-server and Chromium, and removes the copy. */
async function withWorkbench(wb: Workbench, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (err) {
    await screenshot(wb, 'failed').catch(() => undefined);
    throw err;
  } finally {
    await wb.close();
  }
}

test('creates the PDF document through the save dialog and offers to reveal it', { timeout: 15 * 60_000 }, async () => {
  const vsix = packagedVsix();
  const wb = await Workbench.open({ name: 'document-pdf', vsix });
  await withWorkbench(wb, async () => {
    const { page } = wb;
    const pdf = path.join(wb.workspace.dir, 'dokumen-klambu.pdf');
    await load(wb);
    await createDocumentAs(wb, pdf, '1-save-dialog');
    await page
      .locator('.notification-toast', { hasText: TEXT.creatingDocument.en })
      .first()
      .waitFor({ timeout: STEP * 2 });
    await screenshot(wb, '2-creating');
    const done = await toast(page, TEXT.documentCreated(pdf).en, WRITING);
    await screenshot(wb, '3-created');

    assert.ok(existsSync(pdf), `${pdf} was written`);
    const size = statSync(pdf).size;
    assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-', 'a PDF file');
    assert.ok(size > 100 * 1024, `the 30 Klambu maps make more than 100 kB (${size} bytes)`);
    // code-server is a remote workbench: the file is on the server, not on the user's machine.
    const offered = await buttons(done);
    assert.deepEqual(
      offered,
      [TEXT.revealInExplorer.en],
      `the notification offers only to reveal it in the explorer (it offers ${offered.join(', ')})`,
    );
  });
});

test('refuses a model with errors, then writes a draft on request', { timeout: 15 * 60_000 }, async () => {
  const vsix = packagedVsix();
  // The Klambu model with one unknown party, in place before code-server starts.
  const source = mkdtempSync(path.join(os.tmpdir(), 'ppb-document-errors-'));
  try {
    cpSync(KLAMBU, source, { recursive: true });
    const proses = path.join(source, 'proses.ppb.yaml');
    const good = readFileSync(proses, 'utf8');
    const bad = good.replace('pelanggan: [masyarakat, pemdes, bupati]', 'pelanggan: [masyarakat, pemdes, bupatii]');
    assert.notEqual(bad, good, 'proses.ppb.yaml names the customers of a process as the test expects');
    writeFileSync(proses, bad);

    const wb = await Workbench.open({ name: 'document-draft', vsix, folder: source });
    await withWorkbench(wb, async () => {
      const { page } = wb;
      const docx = path.join(wb.workspace.dir, 'draf.docx');
      await load(wb);
      // The message counts the errors the language server reports: it has, once the status bar shows one.
      let problems = '';
      await until(
        page,
        STEP * 4,
        () => `the problems counter to show the error (it reads "${problems}")`,
        async () => {
          problems = await page.evaluate(() => {
            const item = document.getElementById('status.problems');
            return item?.querySelector('a')?.getAttribute('aria-label') ?? item?.getAttribute('aria-label') ?? item?.textContent ?? '';
          });
          return /Errors?: 1\b/i.test(problems);
        },
      );
      const before = readdirSync(wb.workspace.dir).sort();
      await createDocumentAs(wb, docx, '1-save-dialog');
      const error = page.locator('.notification-toast', { hasText: TEXT.modelHasErrors(1).en }).first();
      await error.waitFor({ timeout: WRITING });
      await screenshot(wb, '2-refused');
      assert.deepEqual(await buttons(error), [TEXT.showProblems.en, TEXT.createDraft.en]);
      assert.ok(!existsSync(docx), 'no document for a model with errors');
      assert.deepEqual(readdirSync(wb.workspace.dir).sort(), before, 'nothing was written in the workspace');

      await error.getByRole('button', { name: TEXT.createDraft.en }).click();
      await page
        .locator('.notification-toast', { hasText: TEXT.creatingDraft.en })
        .first()
        .waitFor({ timeout: STEP * 2 });
      await toast(page, TEXT.draftCreated(docx).en, WRITING);
      await screenshot(wb, '3-draft-created');
      assert.ok(existsSync(docx), `${docx} was written`);
      assert.equal(readFileSync(docx).subarray(0, 2).toString('latin1'), 'PK', 'a .docx (a zip file)');
    });
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
});
