// The language server starts only when there is something for it to do: in a workspace of other
// YAML files (settings, a CI pipeline) the extension activates on YAML and starts no server;
// the first PPB file opened starts it. The packaged .vsix in code-server, the processes read in /proc.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { languageServers } from '../support/server-processes';
import { packagedVsix, quickOpen, Workbench } from './workbench';

const ACTIVATED = /_doActivateExtension ppb\.ppb\b/;
/** How long an activated extension is given to start a server it should not start. */
const GRACE_MS = 10_000;

async function poll<T>(ms: number, what: string | (() => string), probe: () => T | undefined | false): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms / 1000} s waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('a workspace of other YAML files starts no language server; opening a PPB file starts one', { timeout: 600_000 }, async () => {
  const vsix = packagedVsix();
  const source = mkdtempSync(path.join(os.tmpdir(), 'ppb-yaml-only-'));
  writeFileSync(path.join(source, 'config.yaml'), 'server:\n  port: 8080\n');
  writeFileSync(path.join(source, 'pipeline.yml'), 'steps:\n  - run: make\n');
  const wb = await Workbench.open({ name: 'lazy-start', vsix, folder: source });
  try {
    const servers = (): number[] => languageServers(wb.server.pid);
    await wb.page.goto(wb.server.url());
    await wb.page.locator('.explorer-folders-view', { hasText: 'config.yaml' }).waitFor({ timeout: 90_000 });
    await quickOpen(wb.page, 'config.yaml');
    // onLanguage:yaml activates PPB: the test below means something only once it has.
    await poll(
      60_000,
      () => `the extension host to activate ppb.ppb on a YAML file; its log:\n${wb.extensionHostLog().slice(-2000)}`,
      () => ACTIVATED.test(wb.extensionHostLog()),
    );
    const deadline = Date.now() + GRACE_MS;
    while (Date.now() < deadline) {
      assert.deepEqual(servers(), [], 'a language server started for a workspace without a PPB file');
      await new Promise((r) => setTimeout(r, 250));
    }
    await wb.screenshot('1-yaml-only-no-server');

    // A PPB file appears and is opened: the server starts.
    wb.workspace.write('proses.ppb.yaml', 'instansi:\n  kode: KEC\n  nama: Kecamatan\n');
    // Quick Open's file index lags a file written after load; the explorer shows it as soon as the watcher does.
    const row = wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'proses.ppb.yaml' });
    await row.waitFor({ timeout: 60_000 });
    await row.click();
    await wb.page.locator('.tabs-container .tab.active', { hasText: 'proses.ppb.yaml' }).waitFor({ timeout: 15_000 });
    const started = await poll(60_000, 'a language server once a PPB file is open', () => servers().length === 1 && servers());
    assert.equal(started.length, 1);
    await wb.screenshot('2-ppb-file-server');
  } finally {
    await wb.close();
    rmSync(source, { recursive: true, force: true });
  }
});
