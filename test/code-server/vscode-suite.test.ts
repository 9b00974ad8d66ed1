// The VS Code suite (test/vscode/) inside a real VS Code: code-server's workbench in headless
// Chromium, the extension loaded from this repository (extensionDevelopmentPath) and the suite
// run by VS Code's own test hook (extensionTestsPath), as @vscode/test-electron does on a desktop.
// code-server honours both only with its smoke-test driver; the suite's results come back
// through a file, VS Code's exit code through `codeAutomationExit`.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { VscodeTestResult } from '../vscode';
import { REPO } from '../support/temp-model';
import { within } from '../support/within';
import { ARTIFACTS, Workbench } from './workbench';

const SUITE_TIMEOUT_MS = 10 * 60_000;

test('the VS Code suite, inside code-server', { timeout: SUITE_TIMEOUT_MS + 10 * 60_000 }, async (t) => {
  assert.ok(existsSync(path.join(REPO, 'dist', 'client.js')), 'Build first: npm run build');
  // The extension host inherits code-server's environment.
  const results = path.join(ARTIFACTS, 'vscode-suite', 'results.json');
  const wb = await Workbench.open({ name: 'vscode-suite', smokeTestDriver: true, env: { PPB_VSCODE_RESULTS: results } });
  try {
    const exited = new Promise<number>((resolve) => {
      void wb.page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await wb.page.goto(
      wb.server.url([
        ['extensionDevelopmentPath', wb.remote(REPO)],
        ['extensionTestsPath', wb.remote(path.join(REPO, 'out', 'test', 'vscode', 'index.js'))],
      ]),
    );
    const code = await within(SUITE_TIMEOUT_MS, 'the VS Code suite to finish', exited).catch((err: unknown) => {
      throw new Error(`${err instanceof Error ? err.message : String(err)}. code-server said:\n${wb.logTail()}`, { cause: err });
    });
    await wb.screenshot('end');
    assert.ok(existsSync(results), `The suite wrote no results (exit code ${code}). code-server said:\n${wb.logTail()}`);
    const outcomes = JSON.parse(readFileSync(results, 'utf8')) as VscodeTestResult[];
    assert.ok(outcomes.length > 0, 'the suite ran tests');
    for (const r of outcomes) {
      await t.test(r.title, () => {
        if (r.state === 'failed') throw new Error(r.error ?? 'failed');
      });
    }
    assert.equal(code, outcomes.some((r) => r.state === 'failed') ? 1 : 0, "VS Code exits with the suite's verdict");
  } finally {
    await wb.close();
  }
});
