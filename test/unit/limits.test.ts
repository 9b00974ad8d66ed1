import assert from 'node:assert/strict';
import { test } from 'node:test';
import { positionAt, PpbWorkspace } from '../../server/src/service';
import { LIMITS } from '../../server/src/service/limits';
import { HOSTILE } from '../support/hostile-files';

/** Each hostile file alone: the diagnostic codes it gets, within two seconds of service time. */
for (const h of HOSTILE) {
  test(`hostile file: ${h.name} gets ${h.codes.join(', ') || 'no diagnostic'}, inside its text`, () => {
    const text = h.text();
    const ws = new PpbWorkspace();
    const started = Date.now();
    ws.setFile('file:///h.ppb.yaml', text);
    const found = ws.diagnostics().get('file:///h.ppb.yaml') ?? [];
    ws.diagrams()
      .list()
      .forEach((d) => ws.diagrams().get(d.id));
    const ms = Date.now() - started;
    for (const code of h.codes)
      assert.ok(
        found.some((d) => d.code === code),
        `${code} in ${JSON.stringify(found.map((d) => d.code))}`,
      );
    for (const d of found) {
      assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${d.code} [${d.start}, ${d.end}) outside ${text.length}`);
      assert.ok(d.message.id !== '' && d.message.en !== '' && d.message.id !== d.message.en);
    }
    assert.ok(ms < h.maxMs, `${h.name}: ${ms} ms`);
  });
}

test('a refused file says its size and the limit, in both languages', () => {
  const ws = new PpbWorkspace();
  ws.setFile('file:///big.ppb.yaml', `versi: 1\n${'#'.repeat(LIMITS.maxFileChars)}\n`);
  const [d] = ws.diagnostics().get('file:///big.ppb.yaml') ?? [];
  assert.equal(d?.code, 'PPB004');
  assert.match(d?.message.en ?? '', /1,500 kB limit and is not checked/);
  assert.match(d?.message.id ?? '', /melebihi batas 1\.500 kB|melebihi batas 1,500 kB/);
  assert.deepEqual([d?.start, d?.end], [0, 8]);
});

test('a file just under the limit is still checked', () => {
  const ws = new PpbWorkspace();
  const text = `versi: 1\ninstansi: {kode: KECKLB, nama: K}\nunit:\n  camat:\n    nama: ${'x'.repeat(LIMITS.maxFileChars - 80)}\n`;
  ws.setFile('file:///ok.ppb.yaml', text);
  assert.ok(text.length <= LIMITS.maxFileChars);
  assert.deepEqual(
    (ws.diagnostics().get('file:///ok.ppb.yaml') ?? []).map((d) => d.code),
    [],
  );
  assert.equal(ws.index().parties.get('camat')?.[0]?.nama?.length, LIMITS.maxFileChars - 80);
});

test('a hostile file does not stop the other files of its folder from being checked', () => {
  const ws = new PpbWorkspace();
  ws.setFile('file:///a.ppb.yaml', 'unit:\n  camat:\n    nama: Camat\nrelasi:\n  - {dari: camat, ke: camatt, hal: x}\n');
  for (const h of HOSTILE) ws.setFile(`file:///${h.name}.ppb.yaml`, h.text());
  assert.ok((ws.diagnostics().get('file:///a.ppb.yaml') ?? []).some((d) => d.code === 'PPB207'));
});

test('lines are counted from the text, not from the parser, which misses some while recovering (fuzz seed 1314489990)', () => {
  const text = '# komentar\n        masukan: [Data]\nrutan\n          keluaran: [Tanda terima]\nversi: 1\n';
  const ws = new PpbWorkspace();
  ws.setFile('file:///r.ppb.yaml', text);
  const parsed = ws.parsed('file:///r.ppb.yaml');
  assert.deepEqual(parsed?.lineCounter.lineStarts, [0, 11, 35, 41, 76, 85]);
  // The syntax error spans `rutan` and the next line; its end is on that next line.
  const [d] = ws.diagnostics().get('file:///r.ppb.yaml') ?? [];
  assert.ok(d && parsed);
  assert.deepEqual(positionAt(parsed, d.end).line, 3);
  const mixed = new PpbWorkspace();
  mixed.setFile('file:///m.ppb.yaml', 'a: 1\r\nb: 2\rc: 3\n');
  assert.deepEqual(mixed.parsed('file:///m.ppb.yaml')?.lineCounter.lineStarts, [0, 6, 11, 16]);
});

test('a mapping used as a key gives no process warning (the server would log it as an error; fuzz seed 1182806847)', () => {
  const warnings: string[] = [];
  const listen = (w: Error): void => void warnings.push(w.message);
  process.on('warning', listen);
  try {
    new PpbWorkspace().setFile('file:///k.ppb.yaml', 'unit:\n  ? {masukan: [a]}\n  : x\n');
  } finally {
    process.off('warning', listen);
  }
  assert.deepEqual(warnings, []);
});
