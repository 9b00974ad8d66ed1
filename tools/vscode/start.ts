import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { langFromEnv } from '../../server/src/protocol/language';
import { pick, type Localized } from '../../server/src/protocol/language';
import { ensureCodeServer, vscodeCacheDir } from './code-server-install';
import { installVsix, startCodeServer } from './code-server';
import { START_TEXT } from './start-text';

const lang = langFromEnv(process.env);
const say = (text: Localized | string): void => console.log(typeof text === 'string' ? text : pick(text, lang));

/** The desktop VS Code's command line, when this machine has one (and has a display for it). */
function desktopCode(): string | undefined {
  const candidates = ['code', '/Applications/Visual Studio Code.app/Contents/Resources/app/bin/code'];
  return candidates.find((c) => spawnSync(c, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0);
}

function run(repo: string, args: readonly string[]): void {
  const r = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The desktop VS Code with the extension loaded from this folder (`--extensionDevelopmentPath`). */
async function startDesktop(repo: string, code: string, folder: string): Promise<void> {
  run(repo, ['scripts/build.mjs']);
  say(START_TEXT.opening(folder));
  const child = spawn(code, ['--new-window', '--wait', `--extensionDevelopmentPath=${repo}`, folder], { stdio: 'inherit' });
  const stop = (): void => void child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise<void>((resolve) => child.once('exit', () => resolve()));
}

/**
 * code-server, set up on demand in the cache (outside the repository), with the packaged
 * extension installed, serving the sample folder on 127.0.0.1 until Ctrl+C.
 */
async function startBrowser(repo: string, folder: string): Promise<void> {
  run(repo, ['scripts/package.mjs']);
  const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = path.join(repo, `${pkg.name}-${pkg.version}.vsix`);
  const install = await ensureCodeServer({ say, lang });
  // Settings and layout persist between runs; the extension is reinstalled from this build each time.
  const state = path.join(vscodeCacheDir(), 'start');
  const dirs = { userDataDir: path.join(state, 'user'), extensionsDir: path.join(state, 'extensions') };
  installVsix(install, vsix, dirs);
  const port = Number(process.env.PPB_PORT ?? 0);
  const logFile = path.join(state, 'code-server.log');
  const server = await startCodeServer(install, { ...dirs, folder, port, logFile });
  const url = server.url();
  say('');
  say(START_TEXT.running(install.version, folder));
  say('');
  say(`    ${url}`);
  say('');
  say(START_TEXT.openIt);
  say(START_TEXT.log(logFile));
  say(START_TEXT.stopHint);
  // Ctrl+C in a terminal reaches every process of the group: this one, and npm above it, which
  // passes it on once more. The first one stops code-server; repeats while it stops are ignored.
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      say('');
      say(START_TEXT.stopping);
      void server.stop().then(() => {
        say(START_TEXT.stopped);
        resolve();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    process.on('SIGHUP', stop);
  });
}

/**
 * The folder `npm start` opens: a copy of samples/klambu in playground/ (ignored by git), made
 * once, so that what a newcomer types and exports while trying PPB leaves samples/ as it is.
 * An existing copy is kept as the user left it.
 */
function playground(repo: string): string {
  const sample = path.join(repo, 'samples', 'klambu');
  if (!existsSync(sample)) throw new Error(`${sample} is missing`);
  const copy = path.join(repo, 'playground', 'klambu');
  if (!existsSync(copy)) {
    cpSync(sample, copy, { recursive: true });
    say(START_TEXT.copied(path.relative(repo, copy)));
  } else {
    say(START_TEXT.reused(path.relative(repo, copy)));
  }
  return copy;
}

/**
 * `npm start`: VS Code with PPB on a copy of the Klambu sample. The desktop VS Code where `code`
 * is installed, otherwise code-server in the browser. `--browser` (or PPB_START=browser) picks
 * code-server anyway.
 */
export async function start(repo: string, argv: readonly string[]): Promise<void> {
  const browser = argv.includes('--browser') || process.env.PPB_START === 'browser';
  const code = browser ? undefined : desktopCode();
  const folder = playground(repo);
  if (code) await startDesktop(repo, code, folder);
  else await startBrowser(repo, folder);
}
