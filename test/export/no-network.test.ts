import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { Rng } from '../fuzz/mutate';
import { newStats, probeDocument } from '../fuzz/probe';
import { LspTestClient } from '../support/lsp-client';
import { REPO } from '../support/temp-model';

const SAMPLES = path.join(REPO, 'samples/klambu');
const PRELOAD = path.join(REPO, 'out/test/support/no-network-preload.js');
const STRACE = ['/usr/bin/strace', '/bin/strace'].find((p) => existsSync(p));

/**
 * Traffic to other machines in an `strace -f -yy` log (each descriptor printed with what it
 * is): TCP connects and any send on TCP or UDP to an address that is not loopback, and any DNS
 * query. A UDP connect() alone sends no packet (Chromium uses one to 2001:4860:4860::8888 to
 * learn whether IPv6 is routed) and is not counted; a send through it would be.
 */
export function outgoing(log: string): string[] {
  const local = (addr: string): boolean => addr === '::1' || addr.startsWith('127.') || addr.startsWith('::ffff:127.');
  const found: string[] = [];
  for (const line of log.split('\n')) {
    const conn =
      /connect\(\d+<(\w+)[^>]*>, \{sa_family=AF_INET6?, sin6?_port=htons\((\d+)\).*?(?:inet_addr\(|inet_pton\(AF_INET6?, )"([^"]+)"/.exec(
        line,
      );
    if (conn) {
      const [, kind, port, addr] = conn;
      if (local(addr ?? '')) continue;
      if (port === '53') found.push(`DNS query: ${line.trim()}`);
      else if (!kind?.startsWith('UDP')) found.push(`connection: ${line.trim()}`);
      continue;
    }
    const send = /(?:sendto|sendmsg|sendmmsg)\(\d+<(?:TCP|UDP)v?6?:\[[^\]]*?->\[?([^\]>]+?)\]?:\d+\]>/.exec(line);
    if (send && !local(send[1] ?? '')) found.push(`sent: ${line.trim().slice(0, 200)}`);
  }
  return found;
}

/** Runs `ppb` with every Node network call refused and recorded, under strace when there is one. */
function ppbOffline(
  args: readonly string[],
  tmp: string,
): { code: number | null; stderr: string; node: string; syscalls: string[] | undefined } {
  const netLog = path.join(tmp, `net-${Date.now()}.log`);
  const trace = path.join(tmp, `strace-${Date.now()}.log`);
  const node = [process.execPath, '--require', PRELOAD, path.join(REPO, 'bin/ppb.js'), ...args];
  const cmd = STRACE ? [STRACE, '-f', '-qq', '-yy', '-e', 'trace=socket,connect,sendto,sendmsg,sendmmsg', '-o', trace, ...node] : node;
  const r = spawnSync(cmd[0] as string, cmd.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, PPB_NET_LOG: netLog, LANG: 'C', LC_ALL: '' },
  });
  return {
    code: r.status,
    stderr: r.stderr,
    node: existsSync(netLog) ? readFileSync(netLog, 'utf8') : '',
    syscalls: STRACE ? outgoing(readFileSync(trace, 'utf8')) : undefined,
  };
}

describe('no network and no telemetry: checking, serving and exporting the sample open no connection', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ppb-offline-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('the preload does catch a Node request (the test can fail)', () => {
    const r = spawnSync(process.execPath, ['--require', PRELOAD, '-e', "require('node:https').get('https://example.invalid/')"], {
      encoding: 'utf8',
      env: { ...process.env, PPB_NET_LOG: path.join(tmp, 'probe.log') },
    });
    assert.notEqual(r.status, 0);
    assert.match(readFileSync(path.join(tmp, 'probe.log'), 'utf8'), /https\.get\("https:\/\/example\.invalid\/"\)/);
    const tcp =
      '1 connect(9<TCP:[1234]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("93.184.215.14")}, 16) = -1 EINPROGRESS';
    const udpProbe =
      '1 connect(9<UDPv6:[5678]>, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = 0';
    const sent = '1 sendto(9<UDP:[10.0.0.2:40000->8.8.8.8:53]>, "x", 1, 0, NULL, 0) = 1';
    const netlink = '1 sendto(22<NETLINK:[ROUTE:77]>, "x", 64, MSG_NOSIGNAL, NULL, 0) = 64';
    assert.deepEqual(
      [tcp, udpProbe, sent, netlink].map((l) => outgoing(l).length),
      [1, 0, 1, 0],
    );
  });

  test('ppb check', (t) => {
    const r = ppbOffline(['check', SAMPLES], tmp);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.node, '');
    if (r.syscalls) assert.deepEqual(r.syscalls, []);
    t.diagnostic(STRACE ? 'Node calls refused and system calls traced' : 'Node calls refused (no strace here)');
  });

  test('the language server over stdio, every request on every sample file', async () => {
    const netLog = path.join(tmp, 'server.log');
    const client = await LspTestClient.start({
      folders: [SAMPLES],
      execArgv: ['--require', PRELOAD],
      env: { PPB_NET_LOG: netLog },
      captureStderr: true,
    });
    try {
      await client.waitFor(pathToFileURL(path.join(SAMPLES, 'proses.ppb.yaml')).href);
      const files = readdirSync(SAMPLES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ppb.yaml'));
      const stats = newStats();
      for (const f of files) {
        const uri = pathToFileURL(path.join(SAMPLES, f)).href;
        const text = readFileSync(path.join(SAMPLES, f), 'utf8');
        await client.open(uri, text);
        for (let i = 0; i < 5; i++) assert.deepEqual(await probeDocument(client, uri, text, new Rng(i), stats), []);
      }
      assert.ok(stats.requests > 200);
    } finally {
      await client.stop();
    }
    assert.equal(existsSync(netLog) ? readFileSync(netLog, 'utf8') : '', '');
    assert.equal(client.stderr, '');
  });

  for (const format of ['svg', 'png']) {
    test(`ppb export --format ${format} (Chromium included, when strace is there to see it)`, (t) => {
      const out = path.join(tmp, format);
      const r = ppbOffline(
        ['export', SAMPLES, '--out', out, '--format', format, '--map', 'L0', '--map', 'relasi', '--map', 'KECKLB.06.06.CFM.01'],
        tmp,
      );
      assert.equal(r.code, 0, r.stderr);
      assert.equal(readdirSync(out).length, 3);
      assert.equal(r.node, '');
      if (r.syscalls) assert.deepEqual(r.syscalls, []);
      t.diagnostic(
        STRACE ? 'Node calls refused; Node and Chromium system calls traced' : 'Node calls refused (no strace here: Chromium not traced)',
      );
    });
  }
});
