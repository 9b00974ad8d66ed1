import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { findPpbFiles } from '../../server/src/node/ppb-files';
import { PpbWorkspace, type SopDocument } from '../../server/src/service';
import { REPO } from '../support/temp-model';

async function sopsOf(folder: string): Promise<SopDocument[]> {
  const ws = new PpbWorkspace();
  for (const f of await findPpbFiles(path.join(REPO, folder))) ws.setFile(pathToFileURL(f).href, readFileSync(f, 'utf8'));
  return ws.sopDocuments();
}

function sopOf(docs: readonly SopDocument[], kode: string): SopDocument {
  const doc = docs.find((d) => d.identity.kode === kode);
  assert.ok(doc, `no SOP ${kode} among ${docs.map((d) => d.identity.kode).join(', ')}`);
  return doc;
}

describe('the SOP AP documents (ws.sopDocuments)', () => {
  test('Klambu: 22 drafts, one per map, named <map code>.SOP, with the instansi heading and the pimpinan', async () => {
    const docs = await sopsOf('samples/klambu');
    assert.equal(docs.length, 22);
    for (const d of docs) {
      assert.equal(d.identity.draft, true);
      assert.equal(d.identity.kode, `${d.map}.SOP`);
      assert.equal(d.identity.nomor, d.identity.kode);
      assert.equal(d.identity.tanggalEfektif, '');
      assert.notEqual(d.instansi.nama, '');
      assert.notEqual(d.identity.disahkanOleh.nama, '');
    }
    assert.equal(sopOf(docs, 'KECKLB.06.03.CFM.02.SOP').identity.nama, 'Penyediaan Bahan Logistik Kantor');
  });

  test('KECKLB.06.03.CFM.02: columns in lane order with short names; rows numbered with symbols, links, a loop back and the Mutu Baku', async () => {
    const { table } = sopOf(await sopsOf('samples/klambu'), 'KECKLB.06.03.CFM.02.SOP');
    assert.deepEqual(
      table.columns.map((c) => c.id),
      ['subbag_umum', 'sekretariat', 'camat', 'penyedia', 'subbag_keuangan'],
    );
    assert.deepEqual(
      table.columns.slice(0, 3).map((c) => c.label),
      ['Subbag Umpeg', 'Sekcam', 'Camat'],
    );
    const rows = table.rows;
    assert.equal(rows.length, 10);
    assert.deepEqual(
      rows.map((r) => r.number),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
    assert.deepEqual(
      rows.map((r) => r.symbol),
      ['terminator', 'process', 'decision', 'process', 'process', 'process', 'process', 'process', 'process', 'terminator'],
    );
    assert.equal(rows[0]?.kegiatan, 'Mulai');
    assert.equal(rows[9]?.kegiatan, 'Selesai');
    assert.deepEqual(rows[0]?.next, [{ to: 2 }]);
    assert.deepEqual(rows[9]?.next, []);
    // The decision: Ya goes on to row 4, Tidak loops back to row 2.
    assert.equal(rows[2]?.kegiatan, 'Sesuai anggaran?');
    assert.deepEqual(rows[2]?.columns, ['sekretariat']);
    assert.deepEqual(rows[2]?.next, [
      { to: 4, label: 'Ya' },
      { to: 2, label: 'Tidak' },
    ]);
    const susun = rows[1];
    assert.equal(susun?.kegiatan, 'Menyusun daftar kebutuhan bahan logistik kantor');
    assert.deepEqual(susun?.columns, ['subbag_umum']);
    assert.equal(susun?.kelengkapan, 'Data persediaan barang, Permintaan dari unit kerja');
    assert.equal(susun?.waktu, '1 hari');
    assert.equal(susun?.output, 'Daftar kebutuhan');
    assert.equal(susun?.keterangan, 'Berdasarkan stok opname');
    assert.deepEqual(susun?.next, [{ to: 3 }]);
    assert.equal(rows[5]?.output, 'Bahan logistik, Faktur');
    assert.deepEqual(rows[5]?.columns, ['penyedia']);
    assert.equal(rows[4]?.note, undefined);
  });

  test('09-sop: the two declared SOPs, the second with its own steps, dates written out, disahkan_oleh resolved', async () => {
    const docs = await sopsOf('samples/belajar/09-sop');
    assert.deepEqual(
      docs.map((d) => d.identity.kode),
      ['KELSKM.01.01.CFM.01.SOP.01', 'KELSKM.01.01.CFM.01.SOP.02'],
    );
    const [first, second] = docs;
    assert.ok(first && second);
    assert.equal(first.identity.draft, false);
    assert.equal(first.identity.nomor, '470/012/SOP/2023');
    assert.equal(first.identity.tanggalPembuatan, '4 Januari 2021');
    assert.equal(first.identity.tanggalRevisi, '15 Maret 2023');
    assert.equal(first.identity.tanggalEfektif, '1 April 2023');
    // `lurah` is named "Lurah", how the head's position "Lurah Sukamaju" begins: the head signs, with name and NIP.
    assert.deepEqual(first.identity.disahkanOleh, {
      jabatan: 'Lurah Sukamaju',
      nama: 'Dewi Lestari, S.Sos.',
      nip: '197905122005012003',
    });
    assert.deepEqual(first.identity.peralatan, ['Komputer', 'Printer', 'Stempel kelurahan']);
    assert.deepEqual(first.identity.keterkaitan, ['KELSKM.01.01.CFM.01.SOP.02']);
    assert.equal(first.instansi.nama, 'Kelurahan Sukamaju');
    // The first follows its map's steps.
    assert.deepEqual(
      first.table.rows.map((r) => r.kegiatan),
      ['Mulai', 'Memeriksa berkas dan menyiapkan surat pengantar', 'Menandatangani surat pengantar', 'Selesai'],
    );
    assert.equal(first.table.rows[1]?.kelengkapan, 'Formulir permohonan, Kartu keluarga');
    // The second has its own steps, in the map's lanes; its number is its code.
    assert.equal(second.identity.nomor, 'KELSKM.01.01.CFM.01.SOP.02');
    assert.equal(second.identity.tanggalRevisi, '');
    assert.deepEqual(second.identity.keterkaitan, ['KELSKM.01.01.CFM.01.SOP.01', 'SOP Pelayanan Administrasi Terpadu Kecamatan']);
    assert.deepEqual(
      second.table.columns.map((c) => c.label),
      ['Seksi Pelayanan Umum', 'Lurah'],
    );
    const rows = second.table.rows;
    assert.deepEqual(
      rows.map((r) => r.symbol),
      ['terminator', 'decision', 'process', 'process', 'terminator'],
    );
    assert.deepEqual(rows[1]?.next, [
      { to: 4, label: 'Ya' },
      { to: 3, label: 'Tidak' },
    ]);
    assert.deepEqual(rows[2]?.next, [{ to: 5 }]);
    assert.equal(rows[1]?.kelengkapan, 'Formulir daring, Pindaian kartu keluarga');
    assert.equal(rows[1]?.waktu, '15 Menit');
  });

  test("a joint step is drawn in each of its performers' columns; columns follow first appearance when the map lists no lanes", async () => {
    const { table } = sopOf(await sopsOf('test/fixtures/judged/valid-joint-step-cuti'), 'DPMPTSP.02.01.CFM.01.SOP');
    assert.deepEqual(
      table.columns.map((c) => c.id),
      ['subbag_umum', 'kepala', 'sekretariat'],
    );
    const joint = table.rows.find((r) => r.kegiatan === 'Menyetujui permohonan cuti');
    assert.deepEqual(joint?.columns, ['kepala', 'sekretariat']);
    assert.equal(joint?.symbol, 'process');
  });

  test('a dokumen step is a process box with a note; a penghubung is a connector', async () => {
    const dokumen = (await sopsOf('samples/belajar/02-keputusan'))
      .flatMap((d) => d.table.rows)
      .find((r) => r.kegiatan === 'Surat Keterangan Domisili');
    assert.equal(dokumen?.symbol, 'process');
    assert.equal(dokumen?.note, 'Dokumen');
    const connector = (await sopsOf('samples/belajar/05-penghubung'))
      .flatMap((d) => d.table.rows)
      .find((r) => r.kegiatan === 'Pengadaan barang');
    assert.equal(connector?.symbol, 'connector');
    assert.equal(connector?.note, undefined);
    assert.deepEqual(connector?.next, []);
  });
});
