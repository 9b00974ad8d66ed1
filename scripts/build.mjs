// One build for everything that ships: the extension client, the language server, the CLI.
// esbuild bundles; `tsc -b` checks types (see package.json).
import { existsSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { mermaidOnlyOurDiagrams, playwrightStaticJson, precompiledSchema } from './esbuild-plugins.mjs';

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
const browser = { platform: 'browser', format: 'iife', target: 'chrome120', plugins: [mermaidOnlyOurDiagrams] };

const builds = [
  // What VS Code loads on activation: the language client, the commands, the preview's host
  // side. No service, no model, no browser driver (test/unit/package-manifest.test.ts keeps its size).
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [precompiledSchema] },
  // The CLI is installed with its dependencies: it loads playwright-core from node_modules.
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['playwright-core'], plugins: [precompiledSchema] },
  // The same CLI with playwright-core inside, for the .vsix (no node_modules there): the
  // extension runs it in a process of its own for "Export Every Map".
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-standalone.js', plugins: [playwrightStaticJson, precompiledSchema] },
  // The preview's page loads export.js (Mermaid and the drawing code) first, then this.
  { entryPoints: ['media/src/preview/main.ts'], outfile: 'dist/media/preview.js', ...browser },
  // Loaded by every `ppb export` and by the preview: minified, Chromium reads it in half the time.
  { entryPoints: ['media/src/export/main.ts'], outfile: 'dist/media/export.js', ...browser, minify: true },
];
// A missing entry is a broken build, not one bundle fewer.
const missing = builds.map((b) => b.entryPoints[0]).filter((entry) => !existsSync(entry));
if (missing.length > 0) {
  console.error(`build: missing entry point ${missing.join(', ')}`);
  process.exit(1);
}

// A release holds only what this build makes (no source maps left from a development build).
if (production) rmSync('dist', { recursive: true, force: true });

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
