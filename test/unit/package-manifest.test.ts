// What the Marketplace shows and what the .vsix holds, checked from package.json and
// .vscodeignore (`npm run package` builds the real thing; test/code-server installs it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO } from '../support/temp-model';

interface Manifest {
  main: string;
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
  contributes: {
    commands: { command: string }[];
    walkthroughs: {
      id: string;
      title: string;
      steps: { id: string; title: string; description: string; media: { image: string; altText: string }; completionEvents: string[] }[];
    }[];
  };
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

/** Every bundle the extension loads: the host's `main`, the server it forks, the webview's two scripts, the CLI that Export Every Map forks. */
const BUNDLES = ['dist/cli-standalone.js', 'dist/client.js', 'dist/media/export.js', 'dist/media/preview.js', 'dist/server.js'];

test('the .vsix holds every bundle the extension loads, what the Marketplace shows, and nothing else', () => {
  assert.equal(path.normalize(manifest.main), 'dist/client.js');
  // vsce lists only files that exist: a bundle missing here would be missing from the .vsix too.
  const missing = BUNDLES.filter((f) => !existsSync(path.join(REPO, f)));
  assert.deepEqual(missing, [], `${missing.join(', ')} not built: run npm run build (npm test does) before this test`);
  const r = spawnSync(process.execPath, [path.join(REPO, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.trim().split('\n').sort();
  const sample = readdirSync(path.join(REPO, 'samples/klambu'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `samples/klambu/${f}`);
  const pictures = manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.image));
  const shipped = [
    'LICENSE',
    'README.md',
    'media/icon.png',
    'media/preview.css',
    'package.json',
    'package.nls.id.json',
    'package.nls.json',
    ...sample,
    ...pictures,
    ...BUNDLES,
  ];
  assert.deepEqual(files, [...shipped].sort());
});

test('the Get Started walkthrough: open a map, the preview, a mistake fixed, an export; each step can be completed', () => {
  const nls = [
    JSON.parse(readFileSync(path.join(REPO, 'package.nls.json'), 'utf8')),
    JSON.parse(readFileSync(path.join(REPO, 'package.nls.id.json'), 'utf8')),
  ] as Record<string, string>[];
  const commands = new Set(manifest.contributes.commands.map((c) => c.command));
  const setContext = readFileSync(path.join(REPO, 'client/src/walkthrough.ts'), 'utf8');
  const [walkthrough] = manifest.contributes.walkthroughs;
  assert.ok(walkthrough);
  assert.deepEqual(
    walkthrough.steps.map((s) => s.id),
    ['openMap', 'preview', 'mistake', 'export'],
  );
  for (const step of walkthrough.steps) {
    assert.ok(existsSync(path.join(REPO, step.media.image)), `${step.media.image} exists`);
    assert.ok(step.completionEvents.length > 0, `${step.id} can be completed`);
    for (const event of step.completionEvents) {
      const command = /^onCommand:(.+)$/.exec(event)?.[1];
      if (command) assert.ok(commands.has(command), `${event} names a command of ours`);
      else assert.ok(setContext.includes(`'${event.replace(/^onContext:/, '')}'`), `${event} is a context key the extension sets`);
    }
    // Each text in both languages, and every command link in it leads somewhere.
    for (const key of [step.title, step.description, step.media.altText].map((k) => k.replace(/^%|%$/g, ''))) {
      for (const texts of nls) {
        const text = texts[key];
        assert.ok(text, `${key} is written`);
        for (const [, linked] of text.matchAll(/\]\(command:([\w.]+)\)/g))
          assert.ok(commands.has(linked ?? '') || linked === 'workbench.actions.view.problems', `${key} links to ${linked}`);
      }
    }
  }
});
