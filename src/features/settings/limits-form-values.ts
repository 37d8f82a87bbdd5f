import { formatAmount } from '../../../protocol/money.ts';
import { parseAmountInput } from '../../lib/i18n/parse-amount-input.ts';
import { t } from '../../lib/i18n/translate.ts';
import {
  validateOfflineLimits,
  type OfflineLimits,
  type OfflineLimitsField,
} from '../../lib/offline-acceptance/offline-limits.ts';

/** The limits as the cashier types them: yuan, yuan and hours. */
export type LimitsText = Record<OfflineLimitsField, string>;
export type LimitsErrors = Partial<Record<OfflineLimitsField, string>>;
export type ParsedLimits =
  { ok: true; limits: OfflineLimits } | { ok: false; errors: LimitsErrors };

const HOUR_MS = 3_600_000;
/** A hundredth of an hour: the finest step the form takes. */
const HUNDREDTH_HOUR_MS = HOUR_MS / 100;
const HOURS_TEXT = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

export function limitsToText(limits: OfflineLimits): LimitsText {
  const hundredths = Math.round(limits.oldestPendingMs / HUNDREDTH_HOUR_MS);
  const whole = Math.floor(hundredths / 100);
  const fraction = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return {
    perSale: formatAmount(limits.perSale),
    totalPending: formatAmount(limits.totalPending),
    oldestPendingMs: fraction === '' ? String(whole) : `${whole}.${fraction}`,
  };
}

function parseHours(text: string): { ok: true; ms: number } | { ok: false; error: string } {
  const match = HOURS_TEXT.exec(text.trim());
  if (!match) return { ok: false, error: t('limits.hoursFormat') };
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return { ok: true, ms: hundredths * HUNDREDTH_HOUR_MS };
}

/** Reads the form; each field that cannot be used gets its own message. */
export function parseLimitsText(text: LimitsText): ParsedLimits {
  const errors: LimitsErrors = {};
  const perSale = parseAmountInput(text.perSale);
  const totalPending = parseAmountInput(text.totalPending);
  const oldest = parseHours(text.oldestPendingMs);
  if (!perSale.ok) errors.perSale = perSale.error;
  if (!totalPending.ok) errors.totalPending = totalPending.error;
  if (!oldest.ok) errors.oldestPendingMs = oldest.error;
  if (!perSale.ok || !totalPending.ok || !oldest.ok) return { ok: false, errors };

  const checked = validateOfflineLimits({
    perSale: perSale.amount,
    totalPending: totalPending.amount,
    oldestPendingMs: oldest.ms,
  });
  if (checked.ok) return checked;
  for (const error of checked.errors) errors[error.field] ??= error.message;
  return { ok: false, errors };
}
