// Source edits that make the shipped bundles work, stay small and start fast. Each one fails the build
// loudly when the text it expects is gone (after a dependency update), never silently.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

function swap(text, file, from, to) {
  if (!from.test(text)) throw new Error(`${file}: the text to replace is not there any more (${from}); update scripts/esbuild-plugins.mjs`);
  return text.replace(from, to);
}

/**
 * playwright-core reads its package.json and browsers.json by computed paths, which a bundle
 * cannot follow: make them plain relative requires, so `ppb.export.all` runs from the .vsix
 * with no node_modules.
 */
export const playwrightStaticJson = {
  name: 'playwright-core-static-json',
  setup(build) {
    build.onLoad({ filter: /playwright-core[\\/]lib[\\/](package|coreBundle)\.js$/ }, async ({ path }) => {
      let text = await readFile(path, 'utf8');
      if (path.endsWith('package.js')) {
        text = swap(text, path, /require\(\w+\.default\.join\(packageRoot, "package\.json"\)\)/, 'require("../package.json")');
      } else {
        text = swap(text, path, /require\(\w+\.default\.join\(packageRoot, "browsers\.json"\)\)/, 'require("../browsers.json")');
      }
      return { contents: text, loader: 'js' };
    });
  },
};

/**
 * Mermaid registers about forty kinds of diagram; PPB draws two (`flowchart`, `swimlane-beta`),
 * laid out by ELK. Registering only those lets esbuild leave the other kinds out of the bundles
 * (about a third of Mermaid's size). Any other kind of text is then an unknown diagram.
 */
export const mermaidOnlyOurDiagrams = {
  name: 'mermaid-only-our-diagrams',
  setup(build) {
    build.onLoad({ filter: /mermaid[\\/]dist[\\/]mermaid\.core\.mjs$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      const contents = swap(
        text,
        path,
        /registerLazyLoadedDiagrams\(detector_default2, detector_default4, architectureDetector_default\);(\s*\}\s*)registerLazyLoadedDiagrams\([^)]*\);/,
        // flowchart-elk (detector_default2) and flowchart (flowDetector_v2_default) share one
        // chunk; detector_default is the swimlane one (the webview and export tests draw both).
        'registerLazyLoadedDiagrams(detector_default2);$1registerLazyLoadedDiagrams(flowDetector_v2_default, detector_default);',
      );
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Compiling the JSON Schema's validator costs 0.2 to 0.3 s at every start of the server and of
 * `ppb check`. The bundles get it compiled at build time instead: `schema-compile.ts` is
 * replaced by the code its own `precompiledSchema()` generates (Ajv's standalone code, with
 * the same options), so the two can never disagree on how the schema is compiled.
 */
export const precompiledSchema = {
  name: 'precompiled-schema',
  setup(build) {
    build.onLoad({ filter: /server[\\/]src[\\/]service[\\/]schema-compile\.ts$/ }, async ({ path }) => {
      const { build: bundle } = await import('esbuild');
      const out = await bundle({ entryPoints: [path], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' });
      const module = { exports: {} };
      new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(path));
      return { contents: module.exports.precompiledSchema(), loader: 'js', resolveDir: dirname(path) };
    });
  },
};
