/** Every text a user reads exists in both languages; the edge picks one. */
export type Lang = 'id' | 'en';

export interface Localized {
  readonly id: string;
  readonly en: string;
}

export function pick(text: Localized, lang: Lang): string {
  return lang === 'id' ? text.id : text.en;
}

/** Picks the language from a BCP 47 tag (VS Code's display language), defaulting to English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^(id|in)(\b|[-_])/i.test(locale) ? 'id' : 'en';
}
