// `npm run test:vscode`: the suite in a desktop VS Code, downloaded by @vscode/test-electron
// (needs a display and Microsoft's update servers; where there are none, the same suite runs in
// code-server: test/code-server/vscode-suite.test.ts).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO, TempModel } from '../support/temp-model';

async function main(): Promise<void> {
  const workspace = TempModel.fromFolder(path.join(REPO, 'samples', 'klambu'));
  try {
    await runTests({
      // engines.vscode's lowest version is what users may have; PPB_VSCODE_VERSION=stable tries the newest.
      version: process.env.PPB_VSCODE_VERSION ?? '1.91.0',
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [workspace.dir, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    workspace.dispose();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
