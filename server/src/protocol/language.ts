import type { Bahasa } from './settings';

/** Every text a user reads exists in both languages; the edge picks one. */
export type Lang = 'id' | 'en';

export interface Localized {
  readonly id: string;
  readonly en: string;
}

export function pick(text: Localized, lang: Lang): string {
  return lang === 'id' ? text.id : text.en;
}

/** The language of a BCP 47 tag or a POSIX locale (`id`, `id-ID`, `id_ID.UTF-8`, `in`), else English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^(id|in)(\b|[-_])/i.test(locale) ? 'id' : 'en';
}

/**
 * The one rule for `ppb.bahasa` (the extension, the language server): `id` or `en` as set;
 * `auto` is the editor's display language.
 */
export function langOfSetting(bahasa: Bahasa, displayLocale: string | undefined): Lang {
  return bahasa === 'auto' ? langFromLocale(displayLocale) : bahasa;
}

/** The language of a terminal (the CLI, `npm start`): PPB_LANG, else the locale variables, else English. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  return langFromLocale(env.PPB_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
