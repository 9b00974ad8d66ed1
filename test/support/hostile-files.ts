import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const SAMPLES = path.resolve(__dirname, '../../../samples/klambu');
const sample = (file: string): string => readFileSync(path.join(SAMPLES, file), 'utf8');

export interface HostileFile {
  readonly name: string;
  /** Built on demand: some are megabytes. */
  readonly text: () => string;
  /** Codes that must be among its diagnostics (empty: the file is harmless and may have none). */
  readonly codes: readonly string[];
  /** Service time allowed on an idle machine, kept generous for a shared CI runner. */
  readonly maxMs: number;
}

const HEADER = 'versi: 1\ninstansi:\n  kode: KECKLB\n  nama: Kecamatan Klambu\nunit:\n  camat:\n    nama: Camat\n';
const PROSES = 'proses:\n  - kode: KECKLB.01\n    nama: Pelayanan\n    kategori: utama\n    masukan: [a]\n    keluaran: [b]\n';

/** A map of `n` activities in a row, then the end. */
function mapOf(steps: number, loop = false): string {
  const lines = [
    `${HEADER}${PROSES}peta_lintas_fungsi:\n  - kode: KECKLB.01.CFM.01\n    nama: Peta\n    pelaksana: [camat]\n    langkah:\n      - {jenis: mulai, pelaksana: camat}\n`,
  ];
  for (let i = 0; i < steps; i++)
    lines.push(
      `      - {id: s${i}, nama: Langkah ${i}, pelaksana: camat, keluaran: [x]${loop && i === steps - 1 ? ', lanjut: s0' : ''}}\n`,
    );
  lines.push('      - {jenis: selesai, pelaksana: camat}\n');
  return lines.join('');
}

/** Nine levels of nine aliases each: 9^9 nodes if expanded. */
function aliasBomb(): string {
  const rows = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
  for (let i = 1; i <= 9; i++) rows.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${rows.join('\n')}\n`;
}

/** A unit chain `u0 → u1 → … → u(n-1) → u0`. */
function indukLoop(n: number): string {
  const units = Array.from({ length: n }, (_, i) => `  u${i}:\n    nama: Unit ${i}\n    induk: u${(i + 1) % n}\n`);
  return `${HEADER}${units.join('')}`;
}

/** Random-looking bytes (fixed), decoded as the server decodes a file from disk. */
function binaryData(): string {
  const bytes = Buffer.alloc(100_000);
  let x = 12345;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x >> 16;
  }
  return bytes.toString('utf8');
}

/** Every kind of hostile file issue 6 names, with what it must produce. */
export const HOSTILE: readonly HostileFile[] = [
  { name: 'alias-bomb', text: aliasBomb, codes: ['PPB001'], maxMs: 3000 },
  { name: 'nesting-20000-flow', text: () => `${'['.repeat(20_000)}${']'.repeat(20_000)}`, codes: ['PPB005'], maxMs: 2000 },
  { name: 'nesting-20000-block', text: () => `${'- '.repeat(20_000)}x\n`, codes: ['PPB005'], maxMs: 2000 },
  {
    name: 'nesting-1000-indented',
    text: () => Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    codes: ['PPB005'],
    maxMs: 2000,
  },
  { name: 'nesting-one-line-keys', text: () => 'a: '.repeat(300_000), codes: ['PPB005'], maxMs: 2000 },
  { name: 'file-10MB', text: () => `${HEADER}${'# komentar panjang\n'.repeat(560_000)}`, codes: ['PPB004'], maxMs: 3000 },
  { name: 'line-1MB', text: () => `${HEADER}    singkatan: ${'x'.repeat(1_000_000)}\n`, codes: [], maxMs: 5000 },
  { name: 'binary-data', text: binaryData, codes: ['PPB006'], maxMs: 2000 },
  {
    name: 'invalid-utf8',
    text: () =>
      Buffer.concat([
        Buffer.from(HEADER),
        Buffer.from('    singkatan: Cam'),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from('at\n'),
      ]).toString('utf8'),
    codes: ['PPB006'],
    maxMs: 2000,
  },
  { name: 'bom', text: () => `\uFEFF${sample('instansi.ppb.yaml')}`, codes: [], maxMs: 2000 },
  { name: 'crlf', text: () => sample('instansi.ppb.yaml').replace(/\n/g, '\r\n'), codes: [], maxMs: 2000 },
  { name: 'tabs', text: () => sample('instansi.ppb.yaml').replace(/^ {2}/gm, '\t'), codes: ['PPB001'], maxMs: 2000 },
  { name: 'empty', text: () => '', codes: [], maxMs: 2000 },
  { name: 'flow-loop', text: () => mapOf(50, true), codes: ['PPB302'], maxMs: 3000 },
  { name: 'induk-loop-1000', text: () => indukLoop(1000), codes: ['PPB305'], maxMs: 3000 },
  { name: 'steps-10000', text: () => mapOf(10_000), codes: [], maxMs: 10_000 },
];
