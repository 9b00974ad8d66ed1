// `npm run package`: the .vsix, with @vscode/vsce. `vscode:prepublish` makes the production
// bundles first; .vscodeignore allows back only what ships. Prints the file and its size.
// `--out <file or folder>` puts it elsewhere (tests package into a temporary folder).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
const i = process.argv.indexOf('--out');
const asked = i > 0 ? path.resolve(process.argv[i + 1] ?? '.') : repo;
const out = asked.endsWith('.vsix') ? asked : path.join(asked, `${pkg.name}-${pkg.version}.vsix`);
// 3 MB until `ppb dokumen`: its writers (docx, pdf-lib, markdown-it) add 0.35 MB to the CLI's bundle.
const LIMIT = 3.25 * 1024 * 1024;
// What activation loads: the extension host's bundle (the server runs in a process of its own).
const ACTIVATION_LIMIT = 600 * 1024;

// Everything is bundled: vsce must not walk node_modules (--no-dependencies).
const vsce = path.join(repo, 'node_modules', '@vscode', 'vsce', 'vsce');
const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: repo, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const size = statSync(out).size;
console.log(`${path.relative(process.cwd(), out) || out}: ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes)`);
if (size >= LIMIT) {
  console.error(`The package must stay under ${LIMIT / 1024 / 1024} MB.`);
  process.exit(1);
}
const activation = statSync(path.join(repo, 'dist', 'client.js')).size;
console.log(`dist/client.js, loaded on activation: ${(activation / 1024).toFixed(0)} kB`);
if (activation > ACTIVATION_LIMIT) {
  console.error(
    `What activation loads must stay within ${ACTIVATION_LIMIT / 1024} kB: the extension host holds no model and no browser driver.`,
  );
  process.exit(1);
}
