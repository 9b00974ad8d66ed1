// What the Marketplace shows and what the .vsix holds, checked from package.json and
// .vscodeignore (`npm run package` builds the real thing; test/code-server installs it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../support/temp-model';

interface Manifest {
  displayName: string;
  description: string;
  icon: string;
  categories: string[];
  keywords: string[];
  repository: { url: string };
  license: string;
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited' }; virtualWorkspaces: { supported: boolean; description: string } };
}

const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Manifest;

test('package.json has what the Marketplace shows', () => {
  assert.match(manifest.displayName, /PPB/);
  assert.match(manifest.description, /Write Peta Proses Bisnis/, 'English description');
  assert.match(manifest.description, /Tulis Peta Proses Bisnis/, 'Indonesian description');
  assert.ok(manifest.categories.length > 0 && manifest.keywords.length > 0 && manifest.keywords.length <= 30);
  assert.match(manifest.repository.url, /^https:\/\//);
  assert.equal(manifest.license, 'MIT');
  const icon = readFileSync(path.join(REPO, manifest.icon));
  assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128], 'a 128x128 icon');
});

test('engines.vscode is the VS Code API the code is typed against', () => {
  assert.equal(manifest.engines.vscode, `^${manifest.devDependencies['@types/vscode']}`);
});

test('the capabilities say what the extension does: no workspace code runs, files come from disk', () => {
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
  assert.match(manifest.capabilities.virtualWorkspaces.description, /disk/);
});

test('the .vsix holds the bundles and what the Marketplace shows, nothing else', () => {
  const r = spawnSync(process.execPath, [path.join(REPO, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.trim().split('\n').sort();
  const shipped = ['LICENSE', 'README.md', 'l10n/bundle.l10n.id.json', 'media/icon.png', 'media/preview.css', 'package.json', 'package.nls.id.json', 'package.nls.json'];
  for (const f of shipped) assert.ok(files.includes(f), `${f} ships`);
  const bundles = ['dist/client.js', 'dist/media/export.js', 'dist/media/preview.js', 'dist/server.js'];
  assert.deepEqual(files.filter((f) => !shipped.includes(f)), bundles.filter((f) => files.includes(f)), 'only the bundles besides');
});
