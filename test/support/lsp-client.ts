import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeParams, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const SERVER = path.resolve(__dirname, '../../../bin/ppb-language-server.js');

export interface StartOptions {
  readonly folders: readonly string[];
  readonly locale?: string;
  readonly initializationOptions?: unknown;
  /** Client capabilities; by default a plain client that watches files but has no configuration pull. */
  readonly capabilities?: InitializeParams['capabilities'];
  /** What the client answers to `workspace/configuration` for the `ppb` section. */
  readonly settings?: unknown;
  /** `stdio` as other editors start it, `ipc` as the VS Code extension does. */
  readonly transport?: 'stdio' | 'ipc';
  /** Collect what the server writes to stderr in `stderr` instead of showing it. */
  readonly captureStderr?: boolean;
  /** Node options for the server process (e.g. `--require` a preload) and extra environment. */
  readonly execArgv?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** Another language server's script and arguments (the bench drives yaml-language-server); ours by default. */
  readonly server?: readonly string[];
}

type Waiter = { uri: string; check: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void };

/**
 * A plain LSP client over stdio, as any editor would be: it spawns the built server, records
 * every publishDiagnostics, and lets a test await the diagnostics it expects (never a sleep).
 */
export class LspTestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publication, in order (`diagnostics` keeps only the last of each file). */
  readonly published: PublishDiagnosticsParams[] = [];
  /** What the server answered to `initialize` (its capabilities). */
  initializeResult: InitializeResult | undefined;
  /** The server's stderr, when started with `captureStderr`. */
  stderr = '';
  /** Called on every publishDiagnostics, after it is recorded. */
  onPublish: ((p: PublishDiagnosticsParams) => void) | undefined;
  private waiters: Waiter[] = [];

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    settings: unknown,
  ) {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.published.push(p);
      this.onPublish?.(p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.check(p.diagnostics)) return true;
        w.resolve(p.diagnostics);
        return false;
      });
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/configuration', () => [settings ?? null]);
    connection.onNotification('window/logMessage', () => undefined);
  }

  static async start(options: StartOptions): Promise<LspTestClient> {
    let child: ChildProcess;
    let connection: MessageConnection;
    const stderr = options.captureStderr ? 'pipe' : 'inherit';
    if (options.transport === 'ipc') {
      child = fork(SERVER, ['--node-ipc'], {
        stdio: ['ignore', 'ignore', stderr, 'ipc'],
        execArgv: [...(options.execArgv ?? [])],
        env: { ...process.env, ...options.env },
      });
      connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      child = spawn(process.execPath, [...(options.execArgv ?? []), ...(options.server ?? [SERVER]), '--stdio'], {
        stdio: ['pipe', 'pipe', stderr],
        env: { ...process.env, ...options.env },
      });
      if (!child.stdout || !child.stdin) throw new Error('no stdio');
      connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    }
    const client = new LspTestClient(child, connection, options.settings);
    child.stderr?.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.listen();
    const { pathToFileURL } = await import('node:url');
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: options.locale,
      initializationOptions: options.initializationOptions,
      capabilities: options.capabilities ?? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      workspaceFolders: options.folders.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
    } satisfies InitializeParams);
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves with the first diagnostics of `uri` that satisfy `check` (already received ones count). */
  waitFor(uri: string, check: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 15000): Promise<Diagnostic[]> {
    const now = this.diagnostics.get(uri);
    if (now && check(now)) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        uri,
        check,
        resolve: (d) => {
          clearTimeout(timer);
          resolve(d);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /**
   * Waits until the server has handled everything sent so far: a scratch document outside the
   * workspace is checked after them, and its diagnostics arrive after theirs.
   */
  async settle(): Promise<void> {
    const uri = `untitled:settle-${++this.settled}.ppb.yaml`;
    await this.open(uri, 'versi: 1\n');
    await this.waitFor(uri);
    await this.close(uri);
  }

  private settled = 0;

  /** Forgets what was received, so the next wait sees only new publications. */
  forget(uri: string): void {
    this.diagnostics.delete(uri);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** 1 created, 2 changed, 3 deleted. */
  filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  /** Shuts the server down politely, and makes sure the process it started is gone. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** A diagnostic's message as text (LSP 3.18 also allows markup). */
export function messageOf(d: Diagnostic | undefined): string {
  const m = d?.message;
  return m === undefined ? '' : typeof m === 'string' ? m : m.value;
}
