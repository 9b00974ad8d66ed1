// The entry VS Code loads as `extensionTestsPath` (the desktop through @vscode/test-electron,
// code-server through its smoke-test payload): mocha over every *.test.js beside this file.
import { readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { revertEdits } from './helpers';

/** One test's outcome, written to `PPB_VSCODE_RESULTS` for a harness outside VS Code. */
export interface VscodeTestResult {
  readonly title: string;
  readonly state: 'passed' | 'failed';
  readonly ms?: number;
  readonly error?: string;
}

export async function run(): Promise<void> {
  // Tests edit without saving, and each starts from the sample as it is on disk: a web workbench
  // (code-server) saves a dirty file after a second by default, which wrote edits to the sample.
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  // Each test starts from the sample as it is on disk, whatever the one before it left.
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec', rootHooks: { afterEach: revertEdits } });
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(__dirname, file));
  const results: VscodeTestResult[] = [];
  const out = process.env.PPB_VSCODE_RESULTS;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (out) writeFileSync(out, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} of ${results.length} VS Code tests failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err: unknown) => {
      results.push({ title: t.fullTitle(), state: 'failed', error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    });
  });
}
