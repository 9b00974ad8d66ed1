import type { Lang } from './localized';

/** A date of the calendar, read from `YYYY-MM-DD` (an SOP's dates, format 1.1). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `YYYY-MM-DD`: the form the schema asks for (its `date` pattern), whether or not the day exists. */
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function writtenAsDate(text: string): boolean {
  return DATE_FORM.test(text.trim());
}

/** The date `YYYY-MM-DD` names, or undefined when the text is not one or names no real day (`2023-02-30`). */
export function readDate(text: string): CalendarDate | undefined {
  const m = DATE_FORM.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC rolls an impossible day over into the next month: a real day comes back unchanged.
  const back = new Date(Date.UTC(year, month - 1, day));
  return back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? { year, month, day } : undefined;
}

/** Negative when `a` is before `b`, zero on the same day. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** A date written out as the regulations write it (`1 April 2023`), or in English. */
export function longDate(d: CalendarDate, lang: Lang): string {
  return `${d.day} ${MONTHS[lang][d.month - 1] ?? ''} ${d.year}`;
}
