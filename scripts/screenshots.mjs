// The README's pictures: one map of each kind from samples/klambu, drawn by `ppb export` itself
// (the same code as every export) into docs/images/. Needs Chromium, like `ppb export`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const maps = ['L0', 'relasi', 'KECKLB.06', 'KECKLB.06.03.CFM.02'];

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(['scripts/build.mjs']);
// Scale 1 keeps the repository small; `ppb export` draws at 2 by default.
run([
  'bin/ppb.js',
  'export',
  'samples/klambu',
  '--out',
  'docs/images',
  '--format',
  'png',
  '--scale',
  '1',
  '--force',
  ...maps.flatMap((m) => ['--map', m]),
]);
