import { t } from './translate.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** A limit's duration in the unit a cashier would say: "24 h", "90 min". */
export function formatDuration(ms: number): string {
  const hours = ms / HOUR_MS;
  if (Number.isInteger(hours)) return t('duration.hours', { hours });
  return t('duration.minutes', { minutes: Math.round(ms / MINUTE_MS) });
}
