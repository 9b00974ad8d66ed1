// `npm start`: VS Code with PPB on samples/klambu (tools/vscode/start.ts says which VS Code).
// The TypeScript is bundled on the fly (packages stay external), so no tsc run is needed first.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repo = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${repo}out/tools/start.cjs`;
await esbuild.build({
  entryPoints: [`${repo}tools/vscode/start.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
// esbuild's service process is not needed any more: nothing of it outlives the build.
await esbuild.stop();
const { start } = createRequire(import.meta.url)(outfile);
try {
  await start(repo.replace(/\/$/, ''), process.argv.slice(2));
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
