#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { langFromLocale, pick, type Lang, type Localized } from '../service';
import { runCheck } from './check';
import { CLI_TEXT } from './messages';

const VERSION = '0.1.0';

/** The language of the terminal: PPB_LANG, else the locale variables, else English. */
function envLang(): Lang {
  const env = process.env;
  return langFromLocale(env.PPB_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

async function main(argv: string[]): Promise<number> {
  let lang = envLang();
  const say = (text: Localized, stream: NodeJS.WriteStream = process.stderr): void => {
    stream.write(`${pick(text, lang)}\n`);
  };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
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
  if (command !== 'check') {
    say(CLI_TEXT.unknownCommand(command));
    return 2;
  }
  if (values.format !== 'text' && values.format !== 'json') {
    say(CLI_TEXT.badFormat(String(values.format)));
    return 2;
  }
  const result = await runCheck(paths.length > 0 ? paths : ['.'], lang);
  for (const p of result.problems) say(p);
  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify(result.records, null, 2)}\n`);
  } else {
    for (const r of result.records) process.stdout.write(`${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code} ${r.message}\n`);
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
