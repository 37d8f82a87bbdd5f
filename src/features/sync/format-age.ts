import { t } from '../../lib/i18n/translate.ts';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long something has waited, to the two largest units: "45 s", "3 min 20 s", "2 h 5 min". */
export function formatAge(ms: number): string {
  const age = Math.max(0, ms);
  const whole = (unit: number, of = Number.POSITIVE_INFINITY) => Math.floor((age % of) / unit);
  if (age < MINUTE) return t('age.seconds', { seconds: whole(SECOND) });
  if (age < HOUR) {
    return t('age.minutes', { minutes: whole(MINUTE), seconds: whole(SECOND, MINUTE) });
  }
  if (age < DAY) return t('age.hours', { hours: whole(HOUR), minutes: whole(MINUTE, HOUR) });
  return t('age.days', { days: whole(DAY), hours: whole(HOUR, DAY) });
}
