/** Labels that try to be markup, Mermaid syntax, configuration, script, style or a request. */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '%%{init: {"securityLevel":"loose", "startOnLoad": true}}%%',
  'click s1 call alert(1)',
  '"]; s9[evil] --> s1; click s9 href "javascript:alert(1)"',
  'javascript:alert(1)',
  '<svg onload="window.__pwned=1"><circle r="9"/></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '</style><style>*{display:none}</style>',
  '<foreignObject><iframe src="https://evil.invalid/"></iframe></foreignObject>',
  '<a href="https://evil.invalid/">tautan</a> <img src="https://evil.invalid/x.png">',
  '#60;script#62;alert(1)#60;/script#62; &lt;b&gt; &amp;',
  'a | b # c ; d `**e**` $$x^2$$ {f} [g] (h) ~~~ --> -.->',
  'Aksara Jawa ꦗꦮ ꦲꦏ꧀ꦱꦫ and emoji 🙂 👩🏽‍💻 🇮🇩',
  Array.from({ length: 400 }, (_, i) => `kata${i}`)
    .join(' ')
    .slice(0, 2000),
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="https://evil.invalid/x.swf">',
  '<details open ontoggle="window.__pwned=1">x</details>',
  '<body onload="window.__pwned=1"><input autofocus onfocus="window.__pwned=1">',
  '<svg><animate onbegin="window.__pwned=1" attributeName="x" dur="1s"/></svg>',
  "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><script>parent.__pwned=1</script></svg>#x\"/></svg>",
  '<math><maction actiontype="statusline#https://evil.invalid/">x</maction></math>',
  '%%{init: {"theme":"base","themeCSS":"svg{background:url(https://evil.invalid/t.png)}"}}%%',
  'click s1 href "https://evil.invalid/" _blank',
  'style s1 fill:url(https://evil.invalid/f.png)',
  'classDef evil fill:#f00\nclass s1 evil',
  '<style>@import url(https://evil.invalid/x.css);</style>',
  'background:url(javascript:alert(1)); width:expression(alert(1))',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '\u202Egnp.exe\u202C right-to-left override',
  '${7*7} {{7*7}} <%= 7*7 %> #{7*7}',
  '<!-- --><!--<script>window.__pwned=1</script>-->',
  '&#60;script&#62;window.__pwned=1&#60;/script&#62; &#x3C;b&#x3E;',
];

/** Payloads past the first 15 have their own steps and relations (the model below uses 0..14). */
const MORE = (start: number): number[] => Array.from({ length: Math.max(0, PAYLOADS.length - start) }, (_, i) => start + i);

/** A model with a payload in every place a diagram shows text. */
export function hostileModel(): string {
  const p = (i: number): string => PAYLOADS[i % PAYLOADS.length] ?? '';
  const model = {
    versi: 1,
    instansi: { kode: 'KECKLB', nama: p(0) },
    unit: {
      camat: { nama: p(1) },
      sekretariat: { nama: p(2), singkatan: p(13) },
      subbag_umum: { nama: p(10) },
    },
    pemangku_kepentingan: { warga: { nama: p(3) }, penyedia: { nama: p(9) } },
    proses: [
      {
        kode: 'KECKLB.01',
        nama: p(4),
        kategori: 'utama',
        pemasok: ['warga'],
        masukan: [p(5)],
        keluaran: [p(6)],
        pelanggan: ['penyedia'],
        sub_proses: [
          { kode: 'KECKLB.01.01', nama: p(7), pelaksana: ['camat'], masukan: [p(10)], keluaran: [p(11)], lanjut: ['KECKLB.01.02'] },
          { kode: 'KECKLB.01.02', nama: p(12), pelaksana: ['sekretariat'], masukan: [p(14)], keluaran: [p(0)] },
        ],
      },
      { kode: 'KECKLB.02', nama: p(8), kategori: 'manajemen', masukan: [p(9)], keluaran: [p(10)] },
      { kode: 'KECKLB.03', nama: p(14), kategori: 'pendukung', masukan: [p(13)], keluaran: [p(12)] },
    ],
    peta_lintas_fungsi: [
      {
        kode: 'KECKLB.01.01.CFM.01',
        nama: p(1),
        pelaksana: ['camat', 'sekretariat', 'subbag_umum'],
        langkah: [
          { jenis: 'mulai', pelaksana: 'camat', nama: p(2) },
          { id: 'a', nama: p(0), pelaksana: 'camat', keluaran: [p(3)] },
          { id: 'k', jenis: 'keputusan', nama: p(4), pelaksana: 'sekretariat', cabang: { [p(5)]: 'd', [p(6)]: 'a' } },
          { id: 'd', jenis: 'dokumen', nama: p(7), pelaksana: 'subbag_umum', keluaran: [p(8)] },
          { id: 'h', jenis: 'penghubung', nama: p(11), pelaksana: 'subbag_umum', peta: 'KECKLB.01.01.CFM.02' },
          { jenis: 'selesai', pelaksana: 'subbag_umum', nama: p(12) },
        ],
      },
      {
        kode: 'KECKLB.01.01.CFM.02',
        nama: p(14),
        langkah: [
          { jenis: 'mulai', pelaksana: 'sekretariat' },
          { nama: p(13), pelaksana: 'sekretariat', keluaran: [p(9)] },
          { nama: p(14), pelaksana: 'penyedia', keluaran: [p(10)] },
          ...MORE(15).map((i) => ({ nama: p(i), pelaksana: i % 2 === 0 ? 'sekretariat' : 'penyedia', keluaran: [p(i)] })),
          { jenis: 'selesai', pelaksana: 'penyedia' },
        ],
      },
    ],
    relasi: [
      { dari: 'camat', ke: 'warga', hal: p(3), proses: 'KECKLB.01' },
      { dari: 'penyedia', ke: 'subbag_umum', hal: p(13) },
      ...MORE(15).map((i) => ({ dari: 'camat', ke: i % 2 === 0 ? 'warga' : 'penyedia', hal: p(i) })),
    ],
  };
  // JSON is YAML: every payload is quoted exactly.
  return JSON.stringify(model, null, 2);
}

/**
 * The hostile model with an SOP declared under its first map, every identity field a payload
 * (`ppb sop`'s tests): the document's name, number and every box.
 */
export function hostileSopModel(): string {
  const m = JSON.parse(hostileModel()) as { peta_lintas_fungsi: Record<string, unknown>[] };
  const first = m.peta_lintas_fungsi[0];
  if (!first) throw new Error('the hostile model has no cross-functional map');
  first.sop = [
    {
      kode: 'KECKLB.01.01.CFM.01.SOP.01',
      nama: PAYLOADS[0],
      nomor: PAYLOADS[28],
      tanggal_pembuatan: '2023-01-02',
      tanggal_efektif: '2023-02-01',
      dasar_hukum: PAYLOADS.slice(0, 6),
      kualifikasi_pelaksana: PAYLOADS.slice(6, 11),
      keterkaitan: [PAYLOADS[15], PAYLOADS[16]],
      peralatan: PAYLOADS.slice(17, 21),
      peringatan: PAYLOADS.slice(21, 26),
      pencatatan: PAYLOADS.slice(26, 35),
    },
  ];
  return JSON.stringify(m, null, 2);
}
