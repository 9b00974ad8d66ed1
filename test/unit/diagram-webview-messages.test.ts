import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newNonce, previewHtml } from '../../client/src/preview/html';
import { exportBytes, isPpbFileInside, parsePreviewState, parseWebviewMessage } from '../../client/src/preview/validate';

const FOLDERS = ['file:///home/camat/peta', 'file:///c%3A/Users/sekcam/ppb'];
const loc = (uri: string, line = 3): unknown => ({ uri, range: { start: { line, character: 2 }, end: { line, character: 9 } } });

describe('the host checks every message the webview posts', () => {
  test('well-formed messages come back rebuilt from their checked fields only', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', extra: 1 }, FOLDERS), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'open', diagramId: 'KECKLB.06', x: '<script>' }, FOLDERS), {
      type: 'open',
      diagramId: 'KECKLB.06',
    });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', location: loc('file:///home/camat/peta/proses.ppb.yaml') }, FOLDERS), {
      type: 'reveal',
      location: {
        uri: 'file:///home/camat/peta/proses.ppb.yaml',
        range: { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } },
      },
    });
    assert.deepEqual(parseWebviewMessage({ type: 'exportRequest', format: 'png' }, FOLDERS), { type: 'exportRequest', format: 'png' });
    assert.deepEqual(parseWebviewMessage({ type: 'exportResult', requestId: 2, format: 'png', data: 'iVBO', scale: 1.5 }, FOLDERS), {
      type: 'exportResult',
      requestId: 2,
      format: 'png',
      data: 'iVBO',
      scale: 1.5,
    });
    assert.deepEqual(parseWebviewMessage({ type: 'rendered', diagramId: 'L0', version: 4, drawn: true, ms: 312.5 }, FOLDERS), {
      type: 'rendered',
      diagramId: 'L0',
      version: 4,
      drawn: true,
      ms: 312.5,
    });
    assert.deepEqual(parseWebviewMessage({ type: 'error', message: 'x'.repeat(20_000), requestId: 3 }, FOLDERS), {
      type: 'error',
      message: 'x'.repeat(10_000),
      requestId: 3,
    });
    assert.deepEqual(parseWebviewMessage({ type: 'error', message: 'Parse error' }, FOLDERS), { type: 'error', message: 'Parse error' });
    assert.deepEqual(parseWebviewMessage({ type: 'sopRequest', diagramId: 'KECKLB.06.03.CFM.02', x: 1 }, FOLDERS), {
      type: 'sopRequest',
      diagramId: 'KECKLB.06.03.CFM.02',
    });
    assert.deepEqual(parseWebviewMessage({ type: 'sopShown', sop: { kode: 'KECKLB.06.03.CFM.02.SOP', page: 2, x: '<b>' } }, FOLDERS), {
      type: 'sopShown',
      sop: { kode: 'KECKLB.06.03.CFM.02.SOP', page: 2 },
    });
    assert.deepEqual(parseWebviewMessage({ type: 'sopShown', sop: null }, FOLDERS), { type: 'sopShown', sop: null });
  });

  test('anything else is refused', () => {
    const bad: unknown[] = [
      null,
      'ready',
      [],
      { type: 'command', command: 'workbench.action.terminal.new' },
      { type: 'open' },
      { type: 'open', diagramId: '' },
      { type: 'open', diagramId: 'x'.repeat(600) },
      { type: 'open', diagramId: 42 },
      { type: 'exportRequest', format: 'pdf' },
      { type: 'exportResult', requestId: -1, format: 'svg', data: '<svg/>', scale: 1 },
      { type: 'exportResult', requestId: 1.5, format: 'svg', data: '<svg/>', scale: 1 },
      { type: 'exportResult', requestId: 1, format: 'svg', data: '', scale: 1 },
      { type: 'exportResult', requestId: 1, format: 'png', data: 'iVBO' },
      { type: 'exportResult', requestId: 1, format: 'png', data: 'iVBO', scale: 0 },
      { type: 'exportResult', requestId: 1, format: 'png', data: 'iVBO', scale: 1e9 },
      { type: 'rendered', diagramId: 'L0', version: 1, drawn: 'yes', ms: 1 },
      { type: 'rendered', diagramId: 'L0', version: 1, drawn: true, ms: Number.NaN },
      { type: 'error', message: 7 },
      { type: 'sopRequest' },
      { type: 'sopRequest', diagramId: '' },
      { type: 'sopShown' },
      { type: 'sopShown', sop: { kode: 'X.SOP', page: 0 } },
      { type: 'sopShown', sop: { kode: 'X.SOP', page: 1.5 } },
      { type: 'sopShown', sop: { kode: 'x'.repeat(600), page: 1 } },
      { type: 'sopShown', sop: 'X.SOP' },
      { type: 'error', message: 'x', requestId: '1' },
      { type: 'reveal' },
      { type: 'reveal', location: { uri: 'file:///home/camat/peta/a.ppb.yaml' } },
      {
        type: 'reveal',
        location: {
          uri: 'file:///home/camat/peta/a.ppb.yaml',
          range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } },
        },
      },
      {
        type: 'reveal',
        location: {
          uri: 'file:///home/camat/peta/a.ppb.yaml',
          range: { start: { line: '1', character: 0 }, end: { line: 0, character: 0 } },
        },
      },
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m, FOLDERS), undefined, JSON.stringify(m));
  });

  test('a reveal must name a PPB file inside a workspace folder', () => {
    const refused = [
      'file:///home/camat/peta-lain/proses.ppb.yaml', // a folder that only starts like ours
      'file:///home/camat/.ssh/id_rsa',
      'file:///home/camat/peta/../.bashrc.ppb.yaml',
      'file:///home/camat/peta/%2E%2E/x.ppb.yaml',
      'file:///home/camat/peta/notes.yaml',
      'file:///etc/passwd',
      'https://example.invalid/home/camat/peta/a.ppb.yaml',
      'command:workbench.action.terminal.new',
      'file://evil.host/home/camat/peta/a.ppb.yaml',
      'not a uri',
    ];
    for (const uri of refused) {
      assert.equal(isPpbFileInside(uri, FOLDERS), false, uri);
      assert.equal(parseWebviewMessage({ type: 'reveal', location: loc(uri) }, FOLDERS), undefined, uri);
    }
    for (const uri of [
      'file:///home/camat/peta/proses.ppb.yaml',
      'file:///home/camat/peta/sub/dir/x.ppb.yml',
      'file:///c%3A/Users/sekcam/ppb/Peta.PPB.YAML',
    ]) {
      assert.equal(isPpbFileInside(uri, FOLDERS), true, uri);
    }
    assert.equal(isPpbFileInside('file:///home/camat/peta/proses.ppb.yaml', []), false, 'no folder open: nothing to reveal');
  });

  test('the state a reload hands back keeps only what is well formed', () => {
    assert.deepEqual(parsePreviewState({ uri: 'file:///home/camat/peta/a.ppb.yaml', diagramId: 'KECKLB.06', zoom: 3 }, FOLDERS), {
      uri: 'file:///home/camat/peta/a.ppb.yaml',
      diagramId: 'KECKLB.06',
    });
    assert.deepEqual(parsePreviewState({ uri: 'file:///etc/passwd', diagramId: 7 }, FOLDERS), {});
    assert.deepEqual(parsePreviewState(undefined, FOLDERS), {});
  });

  test('export bytes: an SVG document, or a PNG by its signature', () => {
    assert.ok(exportBytes('svg', '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'));
    assert.equal(exportBytes('svg', '<html><script>x</script></html>'), undefined);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    assert.deepEqual(exportBytes('png', png.toString('base64')), png);
    assert.equal(exportBytes('png', Buffer.from('GIF89a....').toString('base64')), undefined);
    assert.equal(exportBytes('png', 'not base64!'), undefined);
  });

  test('export bytes: a draw.io file by its mxfile root, not an SVG in its place nor the other way round', () => {
    const drawio = '<?xml version="1.0" encoding="UTF-8"?>\n<mxfile host="PPB" compressed="false">\n</mxfile>\n';
    assert.equal(exportBytes('drawio', drawio)?.toString('utf8'), drawio);
    assert.ok(exportBytes('drawio', '<mxfile>'));
    assert.equal(exportBytes('drawio', '<svg xmlns="http://www.w3.org/2000/svg"></svg>'), undefined);
    assert.equal(exportBytes('drawio', '<mxfilex/>'), undefined);
    assert.equal(exportBytes('svg', drawio), undefined);
  });
});

describe('the preview page', () => {
  const html = previewHtml({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://x/preview.js',
    rendererUri: 'https://x/export.js',
    styleUri: 'https://x/preview.css',
    lang: 'id',
    nonce: 'abc123',
  });

  test('has the strict Content Security Policy: scripts only by nonce, nothing else from anywhere', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    assert.equal(
      csp,
      "default-src 'none'; img-src https://file+.vscode-resource.vscode-cdn.net data:; style-src https://file+.vscode-resource.vscode-cdn.net 'unsafe-inline'; script-src 'nonce-abc123'; font-src https://file+.vscode-resource.vscode-cdn.net",
    );
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, ['<script nonce="abc123" src="https://x/export.js">', '<script nonce="abc123" src="https://x/preview.js">']);
    assert.match(html, /<html lang="id">/);
    assert.doesNotMatch(html, /command:/);
  });

  test('nonces are fresh and random', () => {
    const seen = new Set(Array.from({ length: 100 }, () => newNonce()));
    assert.equal(seen.size, 100);
    for (const n of seen) assert.match(n, /^[A-Za-z0-9+/]{24}$/);
    const a = /nonce-([^']+)'/.exec(previewHtml({ cspSource: 's', scriptUri: 'a', rendererUri: 'r', styleUri: 'b', lang: 'en' }))?.[1];
    const b = /nonce-([^']+)'/.exec(previewHtml({ cspSource: 's', scriptUri: 'a', rendererUri: 'r', styleUri: 'b', lang: 'en' }))?.[1];
    assert.ok(a && b && a !== b);
  });
});
