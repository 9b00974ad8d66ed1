import type { Block, ListItem, TextRun } from './outline';
import type { SectionId } from './sections';

/** The names and counts the standard text is filled with. */
export interface TextFacts {
  /** `Kecamatan Klambu` */
  readonly nama: string;
  /** `Kecamatan Klambu Kabupaten Grobogan`: the name with its region, as the text says it. */
  readonly lengkap: string;
  /** `2021-2026`, or empty. */
  readonly periode: string;
  /** The unit in charge of business processes (`Sekretariat Kecamatan`), or a description of it. */
  readonly tataLaksana: string;
  /** `Camat Klambu`, or empty. */
  readonly pimpinan: string;
  readonly tugas: string;
  readonly fungsi: readonly string[];
  readonly dasarHukum: readonly string[];
  readonly counts: {
    readonly utama: number;
    readonly manajemen: number;
    readonly pendukung: number;
    readonly subProses: number;
    readonly level1: number;
    readonly lintasFungsi: number;
    readonly relasi: number;
  };
}

export const paragraph = (...runs: (string | TextRun)[]): Block => ({
  kind: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)),
});

const item = (...runs: (string | TextRun)[]): ListItem => ({ runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)) });
const list = (ordered: boolean, items: readonly ListItem[]): Block => ({ kind: 'list', ordered, items });
const bold = (text: string): TextRun => ({ text, bold: true });

/** `Renstra Kecamatan Klambu 2021-2026`, or without the period. */
const renstra = (f: TextFacts): string => `Rencana Strategis (Renstra) ${f.nama}${f.periode ? ` Tahun ${f.periode}` : ''}`;

function latarBelakang(f: TextFacts): Block[] {
  return [
    paragraph(
      'Reformasi birokrasi menuntut setiap instansi pemerintah menata tata laksananya: sistem, proses, dan prosedur kerja yang jelas, efektif, efisien, dan terukur. ',
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 19 Tahun 2018 tentang Penyusunan Peta Proses Bisnis Instansi Pemerintah menjadikan peta proses bisnis sebagai alat utama penataan tersebut.',
    ),
    paragraph(
      'Peta proses bisnis adalah diagram yang menggambarkan hubungan kerja yang efektif dan efisien antarunit organisasi untuk menghasilkan kinerja sesuai dengan tujuan pendirian organisasi, ',
      'sehingga menghasilkan keluaran yang bernilai tambah bagi pemangku kepentingan. ',
      `Dengan berpedoman pada ${renstra(f)}, ${f.nama} menyusun peta proses bisnis yang memetakan seluruh proses kerjanya, dari proses utama sampai proses pendukung.`,
    ),
  ];
}

function maksudTujuanManfaat(f: TextFacts): Block[] {
  return [
    paragraph(
      `Peta proses bisnis ${f.lengkap} disusun dengan maksud menjadi acuan hubungan kerja antarunit organisasi, agar setiap proses menghasilkan keluaran yang bernilai tambah bagi pemangku kepentingan.`,
    ),
    paragraph('Tujuan penyusunan peta proses bisnis adalah:'),
    list(true, [
      item('memastikan tugas dan fungsi dilaksanakan secara efektif dan efisien;'),
      item('mengomunikasikan proses kerja secara jelas kepada pihak internal maupun eksternal;'),
      item(
        'menjadi aset pengetahuan organisasi yang mendokumentasikan proses kerja secara rinci, sebagai dasar keputusan tentang organisasi, sumber daya manusia, dan kinerja.',
      ),
    ]),
    paragraph('Manfaat peta proses bisnis adalah:'),
    list(true, [
      item('masalah dalam pelaksanaan suatu proses lebih mudah dikenali, sehingga perbaikannya lebih terarah;'),
      item('tersedia standar pelaksanaan pekerjaan untuk mengendalikan dan menjaga mutu pekerjaan;'),
      item('tersedia dasar penyusunan Standar Operasional Prosedur (SOP) dan uraian jabatan.'),
    ]),
  ];
}

/** `a, b, dan c`, as Indonesian lists them. */
function series(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}${parts.length > 2 ? ',' : ''} dan ${parts.at(-1) ?? ''}`;
}

function ruangLingkup(f: TextFacts): Block[] {
  const c = f.counts;
  const groups = series(
    (
      [
        [c.utama, 'proses utama'],
        [c.manajemen, 'proses manajemen'],
        [c.pendukung, 'proses pendukung'],
      ] as const
    ).flatMap(([n, what]) => (n > 0 ? [`${n} ${what}`] : [])),
  );
  const maps = series([
    ...(c.level1 > 0 ? [`${c.subProses} sub proses pada ${c.level1} Peta Sub Proses (Level 1)`] : []),
    ...(c.lintasFungsi > 0 ? [`${c.lintasFungsi} Peta Lintas Fungsi`] : []),
  ]);
  return [
    paragraph(
      `Peta proses bisnis ini meliputi seluruh proses kerja ${f.nama} sesuai dengan ${renstra(f)}`,
      groups ? `: ${groups} pada Peta Proses (Level 0)` : '',
      maps ? `, yang dirinci menjadi ${maps}` : '',
      // The Peta Relasi is drawn from the Level 0 processes: none without them.
      groups
        ? `, serta Peta Relasi yang menunjukkan pihak-pihak yang terlibat dalam setiap proses${c.relasi > 0 ? ` dan ${c.relasi} relasi antarpihak` : ''}.`
        : '.',
    ),
  ];
}

function dasarHukum(f: TextFacts): Block[] {
  if (f.dasarHukum.length === 0) return [];
  return [
    paragraph('Penyusunan peta proses bisnis ini berdasarkan:'),
    list(
      true,
      f.dasarHukum.map((d) => item(d)),
    ),
  ];
}

function tugasFungsi(f: TextFacts): Block[] {
  const out: Block[] = [];
  if (f.tugas) out.push(paragraph(`${f.nama} mempunyai tugas ${f.tugas.replace(/\.$/, '')}.`));
  if (f.fungsi.length > 0) {
    out.push(paragraph(`Dalam melaksanakan tugas tersebut, ${f.nama} menyelenggarakan fungsi:`));
    out.push(
      list(
        true,
        f.fungsi.map((x) => item(x)),
      ),
    );
  }
  if (out.length === 0)
    out.push(
      paragraph(
        `Tugas dan fungsi ${f.nama} ditetapkan dalam peraturan tentang kedudukan, susunan organisasi, tugas, dan fungsinya. `,
        'Peta proses bisnis ini menjabarkan tugas dan fungsi tersebut menjadi proses bisnis.',
      ),
    );
  return out;
}

const susunanOrganisasi = (f: TextFacts): Block[] => [paragraph(`Susunan organisasi ${f.lengkap} adalah sebagai berikut.`)];

const tujuanSasaran = (f: TextFacts): Block[] => [
  paragraph(`Sesuai dengan ${renstra(f)}, tujuan dan sasaran jangka menengah yang akan dicapai ${f.nama} adalah sebagai berikut.`),
];

function prinsip(f: TextFacts): Block[] {
  const principles: [string, string][] = [
    ['Definitif', 'setiap proses memiliki batasan, masukan, dan keluaran yang jelas.'],
    ['Urutan', 'setiap proses terdiri atas aktivitas yang berurutan menurut waktu dan tempatnya.'],
    ['Pelanggan', 'hasil proses lintas unit diterima oleh pelanggan atau pengguna layanan.'],
    ['Nilai tambah', 'setiap proses mengubah masukan menjadi keluaran yang bernilai tambah bagi penerimanya.'],
    ['Keterkaitan', 'setiap proses terkait dengan struktur organisasi dan tidak berdiri sendiri.'],
    ['Fungsi silang', 'sebuah proses dapat mencakup kerja sama beberapa fungsi dalam satu organisasi.'],
    ['Sederhana dan representatif', 'peta mewakili seluruh aktivitas organisasi dan digambarkan sesederhana mungkin.'],
    ['Konsensus', 'peta disepakati oleh seluruh unit organisasi dalam lingkup instansi.'],
  ];
  return [
    paragraph(`Penyusunan peta proses bisnis ${f.lengkap} berpegang pada prinsip-prinsip berikut.`),
    list(
      true,
      principles.map(([name, text]) => item(bold(name), `, yaitu ${text}`)),
    ),
  ];
}

function tahapan(f: TextFacts): Block[] {
  return [
    paragraph(`Peta proses bisnis ${f.nama} disusun dalam empat tahap.`),
    list(true, [
      item(
        bold('Persiapan dan perencanaan'),
        `: menginventarisasi tujuan dan sasaran dalam ${renstra(f)}, mengumpulkan informasi tentang pemasok, masukan, proses, keluaran, dan pelanggan setiap proses, serta mengelompokkannya menjadi proses utama, manajemen, dan pendukung. Penyusunan dikoordinasikan oleh ${f.tataLaksana}.`,
      ),
      item(
        bold('Pengembangan'),
        ': mengidentifikasi ruang lingkup dan fungsi organisasi, menjabarkan setiap fungsi menjadi proses bisnis (Level 0), merinci setiap proses menjadi sub proses (Level 1), dan menggambarkan aktivitas setiap sub proses lintas unit dalam peta lintas fungsi.',
      ),
      item(
        bold('Penerapan'),
        `: peta proses bisnis disahkan${f.pimpinan ? ` oleh ${f.pimpinan}` : ''}, didistribusikan kepada seluruh unit organisasi, ditempatkan agar mudah dilihat dan dibaca, dan diubah apabila arah strategis, kebutuhan layanan, atau hasil evaluasi menghendakinya.`,
      ),
      item(
        bold('Pemantauan dan evaluasi'),
        `: relevansi dan efektivitas peta proses bisnis dievaluasi paling sedikit satu kali dalam setahun oleh ${f.tataLaksana}; hasilnya menjadi dasar perbaikan peta.`,
      ),
    ]),
  ];
}

const petaProses = (f: TextFacts): Block[] => [
  paragraph(
    `Peta Proses (Level 0) memuat seluruh proses bisnis ${f.nama}, yang terdiri atas proses utama, proses manajemen, dan proses pendukung, beserta pemasok dan pelanggannya.`,
  ),
];

const petaSubProses = (f: TextFacts): Block[] => [
  paragraph(
    `Peta Sub Proses (Level 1) menjabarkan setiap proses pada Level 0 menjadi sub proses beserta unit pelaksananya, masukan, dan keluarannya. ${f.nama} memiliki ${f.counts.level1} peta sub proses.`,
  ),
];

const petaRelasi = (f: TextFacts): Block[] => [
  paragraph(`Peta Relasi menunjukkan pihak-pihak yang terlibat dalam setiap proses bisnis ${f.nama} dan hubungan kerja di antara mereka.`),
];

const petaLintasFungsi = (f: TextFacts): Block[] => [
  paragraph(
    `Peta Lintas Fungsi (Level n) merinci aktivitas setiap sub proses menurut unit pelaksananya, dari awal sampai akhir, beserta keputusan dan dokumen yang dihasilkan. ${f.nama} memiliki ${f.counts.lintasFungsi} peta lintas fungsi.`,
  ),
];

const daftarProses = (f: TextFacts): Block[] => [
  paragraph(`Daftar berikut memuat seluruh proses bisnis ${f.nama} beserta kelompok, pelaksana, dan petanya.`),
];

function penutup(f: TextFacts): Block[] {
  return [
    paragraph(
      `Peta proses bisnis ${f.lengkap} merupakan bagian dari penataan tata laksana untuk mewujudkan sistem, proses, dan prosedur kerja yang jelas, efektif, efisien, dan terukur${f.periode ? `, dengan mengacu pada ${renstra(f)}` : ''}.`,
    ),
    paragraph(
      `Peta proses bisnis ini menjadi acuan bagi seluruh unit organisasi ${f.nama} dalam melaksanakan tugas dan fungsinya, serta acuan dalam penyusunan Standar Operasional Prosedur (SOP). `,
      `Penerapannya dikendalikan oleh ${f.tataLaksana}, yang memantau dan mengevaluasinya paling sedikit satu kali dalam setahun.`,
    ),
  ];
}

/** The standard text of each section, filled with the model's names; the foreword has none. */
export const DEFAULT_TEXT: Record<Exclude<SectionId, 'kata-pengantar'>, (f: TextFacts) => Block[]> = {
  'latar-belakang': latarBelakang,
  'maksud-tujuan-manfaat': maksudTujuanManfaat,
  'ruang-lingkup': ruangLingkup,
  'dasar-hukum': dasarHukum,
  'tugas-fungsi': tugasFungsi,
  'susunan-organisasi': susunanOrganisasi,
  'tujuan-sasaran': tujuanSasaran,
  prinsip,
  tahapan,
  'peta-proses': petaProses,
  'peta-sub-proses': petaSubProses,
  'peta-relasi': petaRelasi,
  'peta-lintas-fungsi': petaLintasFungsi,
  'daftar-proses': daftarProses,
  penutup,
};
