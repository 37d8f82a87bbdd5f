import type { Language } from '../../lib/i18n/languages.ts';

const formatters = new Map<Language, Intl.DateTimeFormat>();

/**
 * A calendar day `YYYY-MM-DD` in words: "Saturday, November 21, 2026", "2026年11月21日星期六".
 * The day is a date, not a moment, so it is formatted at its UTC midnight in UTC.
 */
export function formatDay(day: string, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' });
    formatters.set(language, formatter);
  }
  const at = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(at) ? day : formatter.format(at);
}
