import { t } from '../i18n/translate.ts';
import { isLocalDay, type LocalDay } from '../calendar-day/calendar-day.ts';

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export type ReportDayInput = { ok: true; day: LocalDay } | { ok: false; error: string };

/**
 * A day the cashier typed or picked for a report: a real calendar day, no later than `today`.
 * The refusal says which of the three went wrong, in the page's language.
 */
export function parseReportDay(text: string, today: LocalDay): ReportDayInput {
  const day = text.trim();
  if (day === '') return { ok: false, error: t('reports.dayEmpty') };
  if (!DAY_SHAPE.test(day)) return { ok: false, error: t('reports.dayFormat') };
  if (!isLocalDay(day)) return { ok: false, error: t('reports.dayUnknown', { day }) };
  if (day > today) return { ok: false, error: t('reports.dayFuture', { day }) };
  return { ok: true, day };
}
