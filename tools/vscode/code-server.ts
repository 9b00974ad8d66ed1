import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CodeServerInstall } from './code-server-install';

export interface CodeServerOptions {
  /** The folder the workbench opens (`?folder=`); the URL printed names it. */
  readonly folder: string;
  /** code-server's own state (settings, logs, its config file): a folder of the caller's. */
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** 0 (default) lets the system pick a free port. */
  readonly port?: number;
  /** The workbench then honours `extensionDevelopmentPath` and `extensionTestsPath` in its `payload`. */
  readonly smokeTestDriver?: boolean;
  /** Variables for code-server and its extension host. */
  readonly env?: Readonly<Record<string, string>>;
  /** code-server's output is appended here. */
  readonly logFile: string;
}

export interface RunningCodeServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** `127.0.0.1:PORT`: the remote authority of `vscode-remote://` URIs. */
  readonly authority: string;
  readonly pid: number;
  /** The workbench on `folder`, with an optional `payload` (a list of [key, value]). */
  url(payload?: readonly (readonly [string, string])[]): string;
  /** Stops code-server and everything it started (its process group); idempotent. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * A quiet workbench for a first look at the maps: no welcome page, no chat panel taking a third
 * of the window, no telemetry or update checks. Written once; the user's own changes stay.
 */
const FIRST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
};

function common(o: Pick<CodeServerOptions, 'userDataDir' | 'extensionsDir'>): string[] {
  const settings = path.join(o.userDataDir, 'User', 'settings.json');
  if (!existsSync(settings)) {
    mkdirSync(path.dirname(settings), { recursive: true });
    writeFileSync(settings, `${JSON.stringify(FIRST_SETTINGS, null, 2)}\n`);
  }
  mkdirSync(o.extensionsDir, { recursive: true });
  // Our own (empty) config file: code-server would otherwise create ~/.config/code-server/config.yaml.
  const config = path.join(o.userDataDir, 'code-server.yaml');
  writeFileSync(config, '');
  return [
    '--config',
    config,
    '--user-data-dir',
    o.userDataDir,
    '--extensions-dir',
    o.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
  ];
}

/** Installs a .vsix into `extensionsDir` as `code-server --install-extension` does. */
export function installVsix(
  install: CodeServerInstall,
  vsix: string,
  dirs: Pick<CodeServerOptions, 'userDataDir' | 'extensionsDir'>,
): void {
  const r = spawnSync(install.node, [install.entry, ...common(dirs), '--install-extension', vsix, '--force'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const said = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(said))
    throw new Error(`code-server could not install ${vsix} (exit ${r.status ?? r.signal}):\n${said}`);
}

/**
 * Starts code-server on 127.0.0.1 only, without authentication (loopback, for this user), in a
 * process group of its own, and waits until it listens.
 */
export async function startCodeServer(install: CodeServerInstall, o: CodeServerOptions): Promise<RunningCodeServer> {
  const args = [
    install.entry,
    ...common(o),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${o.port ?? 0}`,
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
  if (o.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  mkdirSync(path.dirname(o.logFile), { recursive: true });
  const log = createWriteStream(o.logFile, { flags: 'a' });
  const child = spawn(install.node, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...o.env } });
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    killGroup(pid, 'SIGTERM');
    const done = await Promise.race([exited.then(() => true), delay(STOP_TIMEOUT_MS).then(() => false)]);
    if (!done) killGroup(pid, 'SIGKILL');
    // Its extension hosts may outlive it for a moment: they are in the same group.
    killGroup(pid, 'SIGKILL');
    log.end();
  };
  try {
    const origin = await listening(child);
    const authority = origin.replace(/^http:\/\//, '');
    return {
      origin,
      authority,
      pid,
      // Slashes stay readable in the folder, as the workbench itself writes it.
      url: (payload) =>
        `${origin}/?folder=${encodeURIComponent(o.folder).replaceAll('%2F', '/')}${payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** A timer that does not keep the process alive once everything else is done. */
const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

/** The address from code-server's "HTTP server listening on http://127.0.0.1:PORT/". */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => finish(new Error(`code-server did not listen within ${START_TIMEOUT_MS / 1000} s. It said:\n${seen.slice(-2000)}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString('utf8');
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m?.[1]) finish(undefined, m[1]);
    };
    const onExit = (code: number | null): void =>
      finish(new Error(`code-server exited (${code}) before listening. It said:\n${seen.slice(-2000)}`));
    function finish(err?: Error, origin?: string): void {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(origin ?? '');
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}
