#!/usr/bin/env node
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { pick, type Lang, type Localized } from '../service';
import { langFromEnv } from '../protocol/language';
import { recordLine, runCheck } from './check';
import { EXPORT_FORMATS, isExportFormat } from '../protocol/export-format';
import { MAX_SCALE, runExport, type ExportOptions } from './export';
import { runDokumen, type DokumenOptions } from './document/dokumen';
import { isSopFormat, runSop, SOP_FORMATS, type SopOptions } from './sop/sop-command';
import { CLI_TEXT } from './messages';

const VERSION = '0.1.0';

function parseCommandLine(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string', short: 'o' },
      map: { type: 'string', multiple: true },
      kode: { type: 'string', multiple: true },
      scale: { type: 'string' },
      'single-file': { type: 'boolean' },
      'satu-berkas': { type: 'boolean' },
      force: { type: 'boolean', short: 'f' },
      draf: { type: 'boolean' },
      draft: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

type Values = ReturnType<typeof parseCommandLine>['values'];

/** Says a usage error; returns its exit code. */
const usageError =
  (say: (text: Localized) => void) =>
  (text: Localized): number => {
    say(text);
    return 2;
  };

/** What the verbs that draw share: where they run, the browser and page that draw, where progress goes. */
const drawing = (lang: Lang) => ({
  lang,
  cwd: process.cwd(),
  chromePath: process.env.CHROME_PATH,
  bundlePath: path.join(__dirname, 'media', 'export.js'),
  say: (line: string) => process.stderr.write(`${line}\n`),
});

/** `ppb export`'s options, checked; a number is the exit code of a usage error. */
function exportOptions(values: Values, paths: readonly string[], lang: Lang, say: (text: Localized) => void): ExportOptions | number {
  const fail = usageError(say);
  if (paths.length > 1) return fail(CLI_TEXT.onePath);
  if (values.out === undefined || values.out === '') return fail(CLI_TEXT.needsOut);
  if (values.draf === true || values.draft === true) return fail(CLI_TEXT.badOption('--draf (dokumen, sop)'));
  if (values.kode !== undefined) return fail(CLI_TEXT.badOption('--kode (sop)'));
  const format = values.format ?? 'svg';
  if (!isExportFormat(format)) return fail(CLI_TEXT.badFormat(format, EXPORT_FORMATS));
  if (values.scale !== undefined && format !== 'png') return fail(CLI_TEXT.scaleOnlyPng);
  const scale = values.scale === undefined ? 2 : Number(values.scale);
  if (!(scale > 0 && scale <= MAX_SCALE)) return fail(CLI_TEXT.badScale(String(values.scale), MAX_SCALE));
  const singleFile = values['single-file'] === true || values['satu-berkas'] === true;
  if (singleFile && format !== 'drawio') return fail(CLI_TEXT.singleFileOnlyDrawio);
  return {
    path: paths[0] ?? '.',
    out: values.out,
    format,
    maps: values.map ?? [],
    force: values.force === true,
    scale,
    singleFile,
    ...drawing(lang),
  };
}

/** `ppb dokumen`'s options, checked; a number is the exit code of a usage error. */
function dokumenOptions(values: Values, paths: readonly string[], lang: Lang, say: (text: Localized) => void): DokumenOptions | number {
  const fail = usageError(say);
  if (paths.length > 1) return fail(CLI_TEXT.dokumenOnePath);
  if (values.out === undefined || values.out === '') return fail(CLI_TEXT.dokumenNeedsOut);
  const exportOnly = (['format', 'map', 'scale', 'single-file', 'satu-berkas', 'kode'] as const).find((k) => values[k] !== undefined);
  if (exportOnly !== undefined) return fail(CLI_TEXT.badOption(`--${exportOnly} (${exportOnly === 'kode' ? 'sop' : 'export'})`));
  return {
    path: paths[0] ?? '.',
    out: values.out,
    force: values.force === true,
    draft: values.draf === true || values.draft === true,
    ...drawing(lang),
  };
}

/** `ppb sop`'s options, checked; a number is the exit code of a usage error. */
function sopOptions(values: Values, paths: readonly string[], lang: Lang, say: (text: Localized) => void): SopOptions | number {
  const fail = usageError(say);
  if (paths.length > 1) return fail(CLI_TEXT.sopOnePath);
  if (values.out === undefined || values.out === '') return fail(CLI_TEXT.sopNeedsOut);
  const exportOnly = (['map', 'scale', 'single-file', 'satu-berkas'] as const).find((k) => values[k] !== undefined);
  if (exportOnly !== undefined) return fail(CLI_TEXT.badOption(`--${exportOnly} (export)`));
  const format = values.format ?? 'pdf';
  if (!isSopFormat(format)) return fail(CLI_TEXT.badFormat(format, SOP_FORMATS));
  return {
    path: paths[0] ?? '.',
    out: values.out,
    format,
    codes: values.kode ?? [],
    force: values.force === true,
    draft: values.draf === true || values.draft === true,
    ...drawing(lang),
  };
}

async function main(argv: string[]): Promise<number> {
  let lang = langFromEnv(process.env);
  const say = (text: Localized, stream: NodeJS.WriteStream = process.stderr): void => {
    stream.write(`${pick(text, lang)}\n`);
  };
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (err) {
    say(CLI_TEXT.badOption(err instanceof Error ? err.message : String(err)));
    say(CLI_TEXT.usage);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined) {
    if (values.lang !== 'id' && values.lang !== 'en') {
      say(CLI_TEXT.badLang(values.lang));
      return 2;
    }
    lang = values.lang;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (values.help || command === undefined) {
    say(CLI_TEXT.usage, values.help ? process.stdout : process.stderr);
    return values.help ? 0 : 2;
  }
  if (command === 'export') {
    const options = exportOptions(values, paths, lang, say);
    return typeof options === 'number' ? options : runExport(options);
  }
  if (command === 'dokumen') {
    const options = dokumenOptions(values, paths, lang, say);
    return typeof options === 'number' ? options : runDokumen(options);
  }
  if (command === 'sop') {
    const options = sopOptions(values, paths, lang, say);
    return typeof options === 'number' ? options : runSop(options);
  }
  if (command !== 'check') {
    say(CLI_TEXT.unknownCommand(command));
    return 2;
  }
  const exportOnly = (['out', 'map', 'scale', 'single-file', 'satu-berkas', 'force', 'draf', 'draft', 'kode'] as const).find(
    (k) => values[k] !== undefined,
  );
  if (exportOnly !== undefined) {
    say(
      CLI_TEXT.badOption(`--${exportOnly} (${exportOnly.startsWith('dra') ? 'dokumen, sop' : exportOnly === 'kode' ? 'sop' : 'export'})`),
    );
    return 2;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    say(CLI_TEXT.badFormat(format, ['text', 'json']));
    return 2;
  }
  const result = await runCheck(paths.length > 0 ? paths : ['.'], lang);
  for (const p of result.problems) say(p);
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(result.records, null, 2)}\n`);
  } else {
    for (const r of result.records) process.stdout.write(`${recordLine(r)}\n`);
    const count = (s: string): number => result.records.filter((r) => r.severity === s).length;
    say(CLI_TEXT.summary(count('error'), count('warning'), count('info'), result.files));
  }
  if (result.problems.length > 0) return 2;
  return result.records.some((r) => r.severity === 'error') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`ppb: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  },
);
