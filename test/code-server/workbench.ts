import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { langFromEnv } from '../../server/src/protocol/language';
import { ensureCodeServer } from '../../tools/vscode/code-server-install';
import { installVsix, startCodeServer, type RunningCodeServer } from '../../tools/vscode/code-server';
import { launchChromium } from '../support/chromium';
import { REPO, TempModel } from '../support/temp-model';

/** Screenshots and logs of the runs, kept for CI as test artifacts (git ignores the folder). */
export const ARTIFACTS = path.join(REPO, 'test-results');

const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
const VSIX = path.join(REPO, `${pkg.name}-${pkg.version}.vsix`);

/** The .vsix `npm run package` made, and not older than the bundles it should hold. */
export function packagedVsix(): string {
  assert.ok(existsSync(VSIX), `No ${path.basename(VSIX)}: run npm run package first (npm run test:code-server does).`);
  const built = statSync(VSIX).mtimeMs;
  for (const f of ['client.js', 'server.js', 'media/export.js', 'media/preview.js', 'cli-standalone.js']) {
    const file = path.join(REPO, 'dist', f);
    assert.ok(
      !existsSync(file) || statSync(file).mtimeMs <= built + 1000,
      `dist/${f} is newer than ${path.basename(VSIX)}: run npm run package again.`,
    );
  }
  return VSIX;
}

export interface WorkbenchOptions {
  /** Artifacts go to test-results/<name>/. */
  readonly name: string;
  /** A .vsix to install before code-server starts. */
  readonly vsix?: string;
  readonly smokeTestDriver?: boolean;
  readonly env?: Readonly<Record<string, string>>;
  /** The folder to open a scratch copy of; samples/klambu unless said. */
  readonly folder?: string;
}

/**
 * code-server (installed on demand into the cache) on a scratch copy of samples/klambu (or
 * another folder), and
 * Debian's Chromium on it at 1280x800. `close` stops exactly what was started.
 */
export class Workbench {
  private constructor(
    readonly server: RunningCodeServer,
    readonly browser: Browser,
    readonly page: Page,
    readonly workspace: TempModel,
    readonly artifacts: string,
    private readonly state: string,
  ) {}

  static async open(o: WorkbenchOptions): Promise<Workbench> {
    const install = await ensureCodeServer({ lang: langFromEnv(process.env) });
    const artifacts = path.join(ARTIFACTS, o.name);
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    const state = mkdtempSync(path.join(os.tmpdir(), 'ppb-code-server-'));
    const dirs = { userDataDir: path.join(state, 'user'), extensionsDir: path.join(state, 'extensions') };
    const workspace = TempModel.fromFolder(o.folder ?? path.join(REPO, 'samples', 'klambu'));
    let server: RunningCodeServer | undefined;
    let browser: Browser | undefined;
    try {
      if (o.vsix) installVsix(install, o.vsix, dirs);
      server = await startCodeServer(install, {
        ...dirs,
        folder: workspace.dir,
        smokeTestDriver: o.smokeTestDriver,
        env: o.env,
        logFile: path.join(artifacts, 'code-server.log'),
      });
      browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      return new Workbench(server, browser, page, workspace, artifacts, state);
    } catch (err) {
      await browser?.close();
      await server?.stop();
      workspace.dispose();
      rmSync(state, { recursive: true, force: true });
      throw err;
    }
  }

  /** `vscode-remote://` URI of a path on this machine, as the workbench names it. */
  remote(file: string): string {
    return `vscode-remote://${this.server.authority}${file}`;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: path.join(this.artifacts, `${name}.png`) });
  }

  /** The user's settings file as VS Code last saved it (empty before it first saves). */
  userSettings(): string {
    const file = path.join(this.state, 'user', 'User', 'settings.json');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  /** The end of code-server's log, for failure messages. */
  logTail(chars = 3000): string {
    try {
      return readFileSync(path.join(this.artifacts, 'code-server.log'), 'utf8').slice(-chars);
    } catch {
      return '(no log)';
    }
  }

  /** What the extension hosts have logged so far (which extensions they activated, and why). */
  extensionHostLog(): string {
    const logs = path.join(this.state, 'user', 'logs');
    if (!existsSync(logs)) return '';
    return readdirSync(logs, { recursive: true, encoding: 'utf8' })
      .filter((f) => path.basename(f) === 'remoteexthost.log')
      .map((f) => readFileSync(path.join(logs, f), 'utf8'))
      .join('\n');
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    this.workspace.dispose();
    rmSync(this.state, { recursive: true, force: true });
  }
}

/**
 * The quick input (the command palette, Quick Open, Go to Line), opened by `keys` as a user does,
 * and ready for typing. A press that finds no focus in the workbench (right after it loads, or
 * after a notification) opens nothing: then the side bar's title is clicked, which does nothing
 * else, and the keys pressed again. A quick input opened while the last one plays its closing
 * animation can stay `inert` (seen once in CI: Go to Line shown but refusing text for 30 s): then
 * it is closed with Escape and opened again.
 */
export async function openQuickInput(page: Page, keys: string): Promise<Locator> {
  const input = page.locator('.quick-input-widget:not(.quick-input-widget-closing) input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(keys);
    const ready = await until(page, 5000, 'a quick input ready for typing', () => input.isEditable({ timeout: 500 })).then(
      () => true,
      () => false,
    );
    if (ready) return input;
    if (attempt === 4) throw new Error(`${keys} opened no quick input ready for typing after 4 tries`);
    if (await input.isVisible()) await page.keyboard.press('Escape');
    else await page.locator('.part.sidebar .composite.title').first().click();
  }
}

/** The command palette's input (Ctrl+Shift+P). */
export function openPalette(page: Page): Promise<Locator> {
  return openQuickInput(page, 'Control+Shift+P');
}

/**
 * The palette open on `command`'s row. The palette lists the commands known when the text is
 * typed and does not refresh: right after the workbench loads, before the extension host has
 * registered the extensions, PPB's commands are not there yet. So the text is typed again (the
 * palette closed and reopened) until the row shows or `timeoutMs` has passed.
 */
export async function paletteOn(page: Page, command: string, timeoutMs = 60_000): Promise<void> {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await (await openPalette(page)).fill(`>${command}`);
    const left = deadline - Date.now();
    const shown = await row.waitFor({ timeout: Math.max(1000, Math.min(5000, left)) }).then(
      () => true,
      () => false,
    );
    if (shown) return;
    if (Date.now() >= deadline) throw new Error(`the command palette never listed "${command}" in ${Math.round(timeoutMs / 1000)} s`);
    await page.keyboard.press('Escape');
  }
}

/** Runs `command` from the palette, once its row shows. */
export async function runCommand(page: Page, command: string, timeoutMs = 60_000): Promise<void> {
  await paletteOn(page, command, timeoutMs);
  await page.keyboard.press('Enter');
}

/**
 * Opens a file of the workspace with Quick Open (Ctrl+P). The first search of a fresh workbench
 * reads the whole folder, which takes a while on a busy machine.
 */
export async function quickOpen(page: Page, file: string): Promise<void> {
  await (await openQuickInput(page, 'Control+P')).fill(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: 15_000 });
}

/** Polls `probe` (each call bounded by the page's own timeouts) until it is truthy, for at most `ms`. */
export async function until<T>(
  page: Page,
  ms: number,
  what: string | (() => string),
  probe: () => Promise<T | undefined | false>,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms / 1000} s waiting for ${typeof what === 'string' ? what : what()}`);
    await page.waitForTimeout(200);
  }
}
