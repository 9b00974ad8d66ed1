/**
 * Loaded with `node --require` into a PPB process under test: every way Node has to reach the
 * network is replaced by a function that appends the attempt to the file in PPB_NET_LOG and
 * throws. A test then asserts the file stayed empty. (Default imports: the module objects
 * themselves, not the read-only namespaces TypeScript would make of them.)
 */
import { appendFileSync } from 'node:fs';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const LOG = process.env.PPB_NET_LOG ?? '';

function refuse(what: string): never {
  if (LOG) appendFileSync(LOG, `${process.pid} ${what}\n`);
  throw new Error(`network access refused in this test: ${what}`);
}

/** Replaces `obj[key]` by a refusal, whatever it was (function or getter target). */
function block(obj: object, key: string, label: string): void {
  Object.defineProperty(obj, key, {
    configurable: true,
    writable: true,
    value: (...args: unknown[]) => refuse(`${label}(${JSON.stringify(args[0] ?? null)?.slice(0, 200)})`),
  });
}

block(net.Socket.prototype, 'connect', 'net.Socket.connect');
for (const k of ['connect', 'createConnection']) block(net, k, `net.${k}`);
block(tls, 'connect', 'tls.connect');
for (const k of ['request', 'get']) {
  block(http, k, `http.${k}`);
  block(https, k, `https.${k}`);
}
block(dgram, 'createSocket', 'dgram.createSocket');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) block(dns, k, `dns.${k}`);
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) block(dns.promises, k, `dns.promises.${k}`);
block(globalThis, 'fetch', 'fetch');
if ('WebSocket' in globalThis) block(globalThis, 'WebSocket', 'WebSocket');
