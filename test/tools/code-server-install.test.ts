// The code-server installer run against a stand-in `npm` on PATH: what its child processes
// receive, how it reports progress, where it caches. The real install (minutes, from the npm
// registry) runs in `npm run test:code-server` and in `npm start`.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CODE_SERVER_VERSION, DEFAULT_PROGRESS_MS, ensureCodeServer, installDir } from '../../tools/vscode/code-server-install';
import { REPO } from '../support/temp-model';

/** What an outer `npm start` hands down to the scripts it runs (npm 11 on Node 20). */
const FROM_OUTER_NPM = {
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_config_cache: '/somewhere/.npm',
  npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
  npm_lifecycle_event: 'start',
  npm_lifecycle_script: 'node scripts/start.mjs',
  npm_package_name: 'ppb',
  npm_package_version: '0.1.0',
  NPM_CONFIG_GLOBALCONFIG: '/etc/npmrc',
  NODE: '/usr/bin/node',
  INIT_CWD: '/home/you/ppb',
};

/**
 * A stand-in for npm: records its environment and arguments, waits a moment (so progress is
 * reported), and lays out what the real install would, down to code-server's postinstall.sh.
 */
function fakeNpm(bin: string, records: string): void {
  const script = `#!${process.execPath}
const fs = require('node:fs'), path = require('node:path');
const args = process.argv.slice(2);
fs.writeFileSync(path.join(${JSON.stringify(records)}, 'npm-' + Date.now() + '-' + process.pid + '.json'), JSON.stringify({ args, env: process.env }));
const prefix = args[args.indexOf('--prefix') + 1];
setTimeout(() => {
  if (args.some((a) => a.startsWith('node-linux-') || a.startsWith('node-darwin-') || a.startsWith('node-win-'))) {
    const name = args.find((a) => a.startsWith('node-')).split('@')[0];
    const dir = path.join(prefix, 'node_modules', name, 'bin');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'node'), '#!/bin/sh\\necho v24.22.3\\n', { mode: 0o755 });
  }
  if (args.some((a) => a.startsWith('code-server@'))) {
    const pkg = path.join(prefix, 'lib', 'node_modules', 'code-server');
    fs.mkdirSync(path.join(pkg, 'out', 'node'), { recursive: true });
    fs.writeFileSync(path.join(pkg, 'out', 'node', 'entry.js'), '');
    fs.writeFileSync(path.join(pkg, 'postinstall.sh'), 'env > "$FAKE_RECORDS/postinstall.env"\\nsleep 1\\nmkdir -p lib/vscode/node_modules\\n');
  }
}, 700);
`;
  writeFileSync(path.join(bin, 'npm'), script);
  chmodSync(path.join(bin, 'npm'), 0o755);
}

const envKeys = (text: string): Map<string, string> =>
  new Map(
    text
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

describe('the code-server installer, with a stand-in npm', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ppb-installer-'));
  const bin = path.join(scratch, 'bin');
  const records = path.join(scratch, 'records');
  const cache = path.join(scratch, 'cache');
  const said: string[] = [];
  const saidAt: number[] = [];
  const say = (line: string): void => {
    said.push(line);
    saidAt.push(Date.now());
  };
  const saved = { ...process.env };
  let install: Awaited<ReturnType<typeof ensureCodeServer>>;

  before(async () => {
    mkdirSync(bin);
    mkdirSync(records);
    fakeNpm(bin, records);
    // An install of an earlier installer, left in the cache.
    mkdirSync(path.join(cache, `code-server-${CODE_SERVER_VERSION}`, 'cs'), { recursive: true });
    Object.assign(process.env, FROM_OUTER_NPM, {
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      PPB_VSCODE_CACHE: cache,
      FAKE_RECORDS: records,
    });
    install = await ensureCodeServer({ say, lang: 'id', progressMs: 150 });
  });

  after(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    rmSync(scratch, { recursive: true, force: true });
  });

  const npmRuns = (): { args: string[]; env: Record<string, string> }[] =>
    readdirSync(records)
      .filter((f) => f.startsWith('npm-'))
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(records, f), 'utf8')) as { args: string[]; env: Record<string, string> });

  test("npm runs twice (Node 24, then code-server), and code-server's postinstall once", () => {
    const runs = npmRuns();
    assert.equal(runs.length, 2);
    assert.ok(
      runs[0]?.args.some((a) => a.startsWith('node-')),
      runs[0]?.args.join(' '),
    );
    assert.ok(runs[1]?.args.includes(`code-server@${CODE_SERVER_VERSION}`), runs[1]?.args.join(' '));
    assert.ok(existsSync(path.join(records, 'postinstall.env')));
  });

  test('no child process inherits a variable the outer npm set', () => {
    const envs = [
      ...npmRuns().map((r) => new Map(Object.entries(r.env))),
      envKeys(readFileSync(path.join(records, 'postinstall.env'), 'utf8')),
    ];
    for (const env of envs) {
      for (const [key, value] of Object.entries(FROM_OUTER_NPM)) {
        assert.notEqual(env.get(key), value, `${key} was handed down`);
      }
      const npmVars = [...env.keys()].filter((k) => /^npm_(config|lifecycle|package)_/i.test(k));
      // Only what the installer sets itself for code-server's postinstall, as npm would.
      assert.deepEqual(
        npmVars.filter((k) => k !== 'npm_config_user_agent' && k !== 'npm_config_nodedir'),
        [],
        'inherited npm variables',
      );
      assert.ok(
        !env.has('npm_config_user_agent') || /node\/v24\./.test(env.get('npm_config_user_agent') ?? ''),
        `user agent ${env.get('npm_config_user_agent')}`,
      );
    }
  });

  test('code-server is installed under Node 24: its bin folder first on PATH, its headers given to npm', () => {
    const second = npmRuns()[1];
    assert.ok(second);
    assert.equal(second.env.PATH?.split(path.delimiter)[0], path.dirname(install.node));
    assert.ok(second.args.includes(`--nodedir=${path.resolve(path.dirname(install.node), '..')}`), second.args.join(' '));
  });

  test("the cache folder is keyed by the installer's own content, and an older one is removed", () => {
    const source = readFileSync(path.join(REPO, 'tools', 'vscode', 'code-server-install.ts'), 'utf8');
    const key = createHash('sha256').update(source).digest('hex').slice(0, 12);
    assert.equal(installDir(), path.join(cache, `code-server-${CODE_SERVER_VERSION}-${key}`));
    assert.ok(install.entry.startsWith(installDir()));
    assert.ok(existsSync(path.join(installDir(), 'ready.json')));
    assert.deepEqual(readdirSync(cache).sort(), [path.basename(installDir())]);
  });

  test('it says what it does, with progress while a step runs, in the language asked', () => {
    const text = said.join('\n');
    assert.match(text, /sekali saja, sekitar \d+ menit dan \d+ MB/);
    for (const n of [1, 2, 3])
      assert.match(
        text,
        new RegExp(`\\[${n}/3\\] .+: \\d+ dtk berjalan \\(seluruhnya sekitar \\d+ mnt\\), \\d+ MB dari sekitar \\d+ MB`),
        `progress of step ${n}`,
      );
    assert.match(text, /code-server [\d.]+ siap\./);
    const gaps = saidAt.slice(1).map((t, i) => t - (saidAt[i] ?? t));
    assert.ok(Math.max(...gaps) < 150 * 4, `never silent for long: the longest gap was ${Math.max(...gaps)} ms with reports every 150 ms`);
    assert.ok(DEFAULT_PROGRESS_MS <= 15_000, 'a real install reports at least every 15 s');
  });

  test('a second call finds the install and runs nothing', async () => {
    const before = npmRuns().length;
    const again = await ensureCodeServer({ say, lang: 'en', progressMs: 150 });
    assert.deepEqual(again, install);
    assert.equal(npmRuns().length, before);
  });
});
