import { langFromLocale, type Lang } from '../service/localized';

/** The language of the terminal: PPB_LANG, else the locale variables, else English. */
export function envLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return langFromLocale(env.PPB_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
