import { currentLanguage } from './language-store.ts';
import type { Language } from './languages.ts';

type Moment = number | string | Date;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(language: Language, style: 'date-time' | 'time'): Intl.DateTimeFormat {
  const id = `${language}|${style}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(
      language,
      style === 'time' ? { timeStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'medium' },
    );
    formatters.set(id, formatter);
  }
  return formatter;
}

/** A moment as local date and time: "Nov 21, 2026, 8:00:00 AM", "2026年11月21日 08:00:00". */
export function formatDateTime(moment: Moment, language: Language = currentLanguage()): string {
  return format(moment, formatterFor(language, 'date-time'));
}

/** A moment as local time of day, for times within the next minutes: "8:00:00 AM", "08:00:00". */
export function formatTime(moment: Moment, language: Language = currentLanguage()): string {
  return format(moment, formatterFor(language, 'time'));
}

/** An unreadable moment shows as nothing rather than breaking the screen. */
function format(moment: Moment, formatter: Intl.DateTimeFormat): string {
  const date = new Date(moment);
  return Number.isNaN(date.getTime()) ? '' : formatter.format(date);
}
