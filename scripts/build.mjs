// One build for everything that ships: the extension client, the language server, the CLI.
// esbuild bundles; `tsc -b` checks types (see package.json).
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  legalComments: 'none',
};

// The webview side runs in a browser (VS Code's webview, or headless Chromium for `ppb export`).
const browser = { platform: 'browser', format: 'iife', target: 'chrome120' };

const builds = [
  // `ppb.export.all` runs `ppb export` in the extension host: playwright-core as for the CLI.
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode', 'playwright-core'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  // playwright-core is loaded from node_modules when `ppb export` draws (it is not bundleable).
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['playwright-core'] },
  { entryPoints: ['media/src/preview/main.ts'], outfile: 'dist/media/preview.js', ...browser },
  // Loaded by every `ppb export`: minified, Chromium reads it in half the time.
  { entryPoints: ['media/src/export/main.ts'], outfile: 'dist/media/export.js', ...browser, minify: true },
].filter((b) => existsSync(b.entryPoints[0]));

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
