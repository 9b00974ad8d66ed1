// Two source edits that make the shipped bundles work and stay small. Each one fails the build
// loudly when the text it expects is gone (after a dependency update), never silently.
import { readFile } from 'node:fs/promises';

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
