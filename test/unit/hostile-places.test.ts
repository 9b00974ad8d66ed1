import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mermaidLabel, PpbWorkspace, toMermaid } from '../../server/src/service';
import { PAYLOADS } from '../export/hostile-model';

const PLAIN = 'Teks biasa';

/** A small model with every kind of map; each place below is set to one text. */
function model() {
  return {
    versi: 1,
    instansi: { kode: 'KECKLB', nama: PLAIN },
    unit: { camat: { nama: PLAIN }, sekretariat: { nama: 'Sekretariat', singkatan: 'Sekcam' } },
    pemangku_kepentingan: { warga: { nama: PLAIN } },
    proses: [
      {
        kode: 'KECKLB.01',
        nama: PLAIN,
        kategori: 'utama',
        masukan: [PLAIN],
        keluaran: [PLAIN],
        sub_proses: [{ kode: 'KECKLB.01.01', nama: PLAIN, masukan: ['a'], keluaran: ['b'] }],
      },
    ],
    peta_lintas_fungsi: [
      {
        kode: 'KECKLB.01.01.CFM.01',
        nama: PLAIN,
        pelaksana: ['camat', 'sekretariat'],
        langkah: [
          { jenis: 'mulai', pelaksana: 'camat' },
          { id: 'a', nama: PLAIN, pelaksana: 'camat', keluaran: [PLAIN] },
          { id: 'k', jenis: 'keputusan', nama: 'Lengkap?', pelaksana: 'sekretariat', cabang: { [PLAIN]: 's', Tidak: 'a' } },
          { id: 's', jenis: 'selesai', pelaksana: 'sekretariat' },
        ],
      },
    ],
    relasi: [{ dari: 'camat', ke: 'warga', hal: PLAIN }],
  };
}

/** Every place a YAML text reaches a diagram (codes cannot hold these texts: the code grammar refuses them). */
type Model = ReturnType<typeof model>;

const at = <T>(list: readonly T[], i: number): T => list[i] ?? assert.fail(`no item ${i}`);

const PLACES: Record<string, (m: Model, text: string) => void> = {
  'instansi nama (Level 0 title)': (m, t) => void (m.instansi.nama = t),
  'unit nama (lane name)': (m, t) => void (m.unit.camat.nama = t),
  'unit singkatan (lane label)': (m, t) => void (m.unit.sekretariat.singkatan = t),
  'party nama (relasi node)': (m, t) => void (m.pemangku_kepentingan.warga.nama = t),
  'process nama (node, Level 1 title)': (m, t) => void (at(m.proses, 0).nama = t),
  'process masukan and keluaran': (m, t) => {
    at(m.proses, 0).masukan = [t];
    at(m.proses, 0).keluaran = [t];
  },
  'sub-process nama (group and node)': (m, t) => void (at(at(m.proses, 0).sub_proses, 0).nama = t),
  'map nama (title)': (m, t) => void (at(m.peta_lintas_fungsi, 0).nama = t),
  'step nama (node label)': (m, t) => void ((at(at(m.peta_lintas_fungsi, 0).langkah, 1) as { nama: string }).nama = t),
  'cabang label (edge)': (m, t) =>
    void ((at(at(m.peta_lintas_fungsi, 0).langkah, 2) as { cabang: Record<string, string> }).cabang = { [t]: 's', Tidak: 'a' }),
  'relasi hal (edge)': (m, t) => void (at(m.relasi, 0).hal = t),
};

/** The Mermaid text of every map of a model. */
function mermaidOf(m: Model): string[] {
  const ws = new PpbWorkspace();
  ws.setFile('file:///m.ppb.yaml', JSON.stringify(m));
  assert.deepEqual(
    [...ws.diagnostics().values()]
      .flat()
      .filter((d) => d.severity === 'error')
      .map((d) => d.code),
    [],
  );
  return ws
    .diagrams()
    .list()
    .map((d) => toMermaid(ws.diagrams().get(d.id) ?? assert.fail(d.id)));
}

const fold = (t: string): string => t.replace(/\s+/g, ' ').trim();

/** How a title is written in the Mermaid front matter (to-mermaid.ts): `\\uXXXX` for all but letters, digits, spaces. */
const titleText = (t: string): string =>
  Array.from({ length: t.length }, (_, i) => t.charAt(i))
    .map((c) => (/[A-Za-z0-9 ]/.test(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
    .join('');

test(`${PAYLOADS.length} payloads in each of ${Object.keys(PLACES).length} places: the Mermaid text differs from a plain label's only by the encoded label`, () => {
  assert.ok(PAYLOADS.length >= 30);
  const placeholder = 'ZZplaceholderZZ';
  let cases = 0;
  for (const [place, put] of Object.entries(PLACES)) {
    const plain = model();
    put(plain, placeholder);
    const expected = mermaidOf(plain);
    assert.ok(
      expected.some((t) => t.includes(placeholder)),
      `${place}: the text reaches no diagram`,
    );
    for (const payload of PAYLOADS) {
      const hostile = model();
      put(hostile, payload);
      // Branch labels keep a line break as an entity (#10;), other labels fold it to a space.
      const got = mermaidOf(hostile).map((t) =>
        [mermaidLabel(payload), mermaidLabel(fold(payload)), titleText(fold(payload))].reduce(
          (text, encoded, i) => text.split(encoded).join(i < 2 ? mermaidLabel(placeholder) : placeholder),
          t,
        ),
      );
      assert.deepEqual(got, expected, `${place}: ${payload.slice(0, 50)}`);
      cases++;
    }
  }
  assert.equal(cases, PAYLOADS.length * Object.keys(PLACES).length);
});
