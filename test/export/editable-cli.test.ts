import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { bpmnModdle } from '../../server/src/cli/editable/moddle';
import { diagramTitle, xmlAttribute } from '../../server/src/service';
import { ppb } from '../support/ppb-cli';
import { REPO } from '../support/temp-model';
import { catalogOf } from './helpers';

/** The page names (`<diagram name="…">`) of a draw.io file, in order. */
const pageNames = (xml: string): string[] => [...xml.matchAll(/<diagram [^>]*name="([^"]*)"/g)].map((m) => m[1] ?? '');

/** `ppb export --format drawio|bpmn` as a user runs it: the files, their names, the messages and the refusals. */
describe('ppb export --format drawio and bpmn: files, pages and refusals', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ppb-export-editable-'));
  let n = 0;
  const fresh = (): string => path.join(tmp, `out${++n}`);
  after(() => rmSync(tmp, { recursive: true, force: true }));
  /** Klambu's maps in the catalogue's order, with the page name each should get. */
  let maps: { exportName: string; kind: string; page: string }[] = [];
  before(async () => {
    const catalog = await catalogOf(path.join(REPO, 'samples/klambu'));
    maps = catalog.list().map((d) => {
      const diagram = catalog.get(d.id);
      assert.ok(diagram, d.id);
      return { exportName: d.exportName, kind: d.kind, page: xmlAttribute(diagramTitle(diagram)) };
    });
  });

  test('--format drawio writes one uncompressed .drawio of one page per map, every kind, the page named by the map', () => {
    const out = fresh();
    const r = ppb(['export', 'samples/klambu', '--out', out, '--format', 'drawio']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(maps.length, 30);
    assert.deepEqual(readdirSync(out).sort(), maps.map((d) => `${d.exportName}.drawio`).sort());
    assert.deepEqual(
      [...new Set(maps.map((d) => d.kind))].sort(),
      ['cfm', 'level0', 'level1', 'relasi'],
      'every kind of map is among them',
    );
    for (const d of maps) {
      const xml = readFileSync(path.join(out, `${d.exportName}.drawio`), 'utf8');
      assert.match(xml, /^<\?xml [^>]*>\s*<mxfile [^>]*compressed="false"[^>]*>\s*<diagram /, d.exportName);
      assert.deepEqual(pageNames(xml), [d.page], d.exportName);
      assert.match(xml, /<diagram [^>]*>\s*<mxGraphModel[^>]*>\s*<root>/, `${d.exportName}: uncompressed, the model inside the page`);
    }
    assert.match(r.stderr, /^\[1\/30\] KECKLB\.\S+\.drawio$/m);
    assert.match(r.stderr, /^30 of 30 maps written to .* in \d+\.\d s\.$/m);
  });

  test("--single-file writes every map as a page of one <prefix>.drawio, in the maps' order; --satu-berkas is the same, in Indonesian", () => {
    const out = fresh();
    const r = ppb(['export', 'samples/klambu', '--out', out, '--format', 'drawio', '--single-file']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(readdirSync(out), ['KECKLB.drawio']);
    const pages = pageNames(readFileSync(path.join(out, 'KECKLB.drawio'), 'utf8'));
    assert.equal(pages.length, 30);
    assert.deepEqual(
      pages,
      maps.map((d) => d.page),
      "each page named by its map's code and name, in the catalogue order",
    );
    assert.ok(
      pages.some((p) => p.startsWith('KECKLB.06.03.CFM.02 ')),
      'a page name is the code, then the name',
    );
    assert.match(r.stderr, /^\[30\/30\] KECKLB\.\S+$/m);
    assert.match(r.stderr, /^30 maps written as pages of .*KECKLB\.drawio in \d+\.\d s\.$/m);

    const id = fresh();
    const alias = ppb([
      'export',
      'samples/klambu',
      '--out',
      id,
      '--format',
      'drawio',
      '--satu-berkas',
      '--map',
      'L0',
      '--map',
      'KECKLB.06.03.CFM.02',
      '--lang',
      'id',
    ]);
    assert.equal(alias.code, 0, alias.stderr);
    assert.deepEqual(readdirSync(id), ['KECKLB.drawio']);
    assert.equal(pageNames(readFileSync(path.join(id, 'KECKLB.drawio'), 'utf8')).length, 2);
    assert.match(alias.stderr, /^2 peta ditulis sebagai halaman .*KECKLB\.drawio dalam \d+\.\d detik\.$/m);
  });

  test('the one file is not overwritten without --force; --single-file is refused with any other format and by other commands', () => {
    const out = fresh();
    assert.equal(ppb(['export', 'samples/klambu', '--out', out, '--format', 'drawio', '--single-file', '--map', 'L0']).code, 0);
    const file = path.join(out, 'KECKLB.drawio');
    writeFileSync(file, 'mine');
    const again = ppb(['export', 'samples/klambu', '--out', out, '--format', 'drawio', '--single-file', '--map', 'L0']);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /this file exists: .*KECKLB\.drawio\. Nothing written; use --force to overwrite\./);
    assert.equal(readFileSync(file, 'utf8'), 'mine');
    for (const format of ['svg', 'png', 'mmd', 'bpmn']) {
      const r = ppb(['export', 'samples/klambu', '--out', fresh(), '--format', format, '--single-file']);
      assert.equal(r.code, 2, format);
      assert.match(r.stderr, /--single-file \(--satu-berkas\) applies to --format drawio only\./, format);
    }
    const dokumen = ppb(['dokumen', 'samples/klambu', '--out', path.join(tmp, 'd.pdf'), '--satu-berkas']);
    assert.equal(dokumen.code, 2);
    assert.ok(!existsSync(path.join(tmp, 'd.pdf')));
  });

  test('--format bpmn writes the 22 cross-functional maps, each read by bpmn-moddle without a warning, and says the 8 others were left out', async () => {
    const out = fresh();
    const r = ppb(['export', 'samples/klambu', '--out', out, '--format', 'bpmn']);
    assert.equal(r.code, 0, r.stderr);
    const cfm = maps.filter((d) => d.kind === 'cfm').map((d) => `${d.exportName}.bpmn`);
    assert.equal(cfm.length, 22);
    assert.deepEqual(readdirSync(out).sort(), cfm.sort());
    assert.match(
      r.stderr,
      /^ppb: 8 maps that are not cross-functional \(Level 0, Peta Relasi, Level 1\.\.n\) left out: BPMN holds cross-functional maps only\.$/m,
    );
    assert.match(r.stderr, /^22 of 22 maps written to /m);
    const moddle = await bpmnModdle();
    for (const f of cfm) {
      const read = await moddle.fromXML(readFileSync(path.join(out, f), 'utf8'));
      assert.deepEqual(read.warnings, [], f);
      assert.equal(read.rootElement.$type, 'bpmn:Definitions', f);
    }
  });

  test('--format bpmn with a map that is not cross-functional named by --map: exit 2, the map named, nothing written', () => {
    const out = fresh();
    const r = ppb([
      'export',
      'samples/klambu',
      '--out',
      out,
      '--format',
      'bpmn',
      '--map',
      'L0',
      '--map',
      'KECKLB.06.03.CFM.02',
      '--map',
      'KECKLB.06',
    ]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /BPMN holds cross-functional maps only .*; KECKLB\.L0, KECKLB\.06 are not\. .*--format drawio\./);
    assert.ok(!existsSync(out) || readdirSync(out).length === 0);
    const id = ppb(['export', 'samples/klambu', '--out', out, '--format', 'bpmn', '--map', 'relasi', '--lang', 'id']);
    assert.equal(id.code, 2);
    assert.match(id.stderr, /BPMN hanya memuat peta lintas fungsi .*KECKLB\.relasi bukan peta lintas fungsi/);
  });
});
