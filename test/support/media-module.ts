import * as path from 'node:path';
import { Script } from 'node:vm';
import { buildSync } from 'esbuild';
import { REPO } from './temp-model';

/**
 * A module of the webview (media/src), bundled by esbuild as the extension bundles it, loaded
 * into this process: the webview's TypeScript project is not compiled to JavaScript (tests may
 * not reach into it), so its pure functions are tested through their bundle. `T` is written by
 * the test: the module's exports it calls.
 */
export function mediaModule<T>(file: string): T {
  const built = buildSync({
    entryPoints: [path.join(REPO, file)],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = built.outputFiles[0]?.text ?? '';
  const module = { exports: {} as T };
  // Our own source, bundled just now: run as Node runs a CommonJS module, in a wrapper function.
  const load = new Script(`(function (module, exports) {${code}\n})`, { filename: file }).runInThisContext() as (
    m: { exports: T },
    e: T,
  ) => void;
  load(module, module.exports);
  return module.exports;
}
