import { addMinor, isMinor, MAX_PAYMENT_AMOUNT, type Minor } from '../../../protocol/money.ts';
import { formatDuration } from '../i18n/format-duration.ts';
import { formatMoney } from '../i18n/format-money.ts';
import { t } from '../i18n/translate.ts';

/** The terminal's own caps on offline exposure: it carries the risk until sales are forwarded. */
export type OfflineLimits = { perSale: Minor; totalPending: Minor; oldestPendingMs: number };
export type OfflineLimitsField = keyof OfflineLimits;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
export const MIN_OLDEST_PENDING_MS = MINUTE_MS;
export const MAX_OLDEST_PENDING_MS = 7 * DAY_MS;

export const DEFAULT_OFFLINE_LIMITS: Readonly<OfflineLimits> = Object.freeze({
  perSale: 20_000,
  totalPending: 200_000,
  oldestPendingMs: DAY_MS,
});

/** What the terminal already holds unsent. */
export type OfflineExposure = { pendingTotal: Minor; oldestPendingAt: number | undefined };

export type OfflineLimitCode = 'OVER_SALE_LIMIT' | 'OVER_PENDING_LIMIT' | 'PENDING_TOO_OLD';
export type OfflineLimitCheck =
  { ok: true } | { ok: false; code: OfflineLimitCode; message: string };

export type OfflineLimitsError = { field: OfflineLimitsField; message: string };
export type OfflineLimitsValidation =
  { ok: true; limits: OfflineLimits } | { ok: false; errors: OfflineLimitsError[] };

export function validateOfflineLimits(input: unknown): OfflineLimitsValidation {
  const perSale = fieldOf(input, 'perSale');
  const totalPending = fieldOf(input, 'totalPending');
  const oldestPendingMs = fieldOf(input, 'oldestPendingMs');
  const errors: OfflineLimitsError[] = [];
  const fail = (field: OfflineLimitsField, message: string) => errors.push({ field, message });

  if (!isMinor(perSale)) {
    fail('perSale', t('limits.perSaleWhole'));
  } else if (perSale < 1) {
    fail('perSale', t('limits.perSaleMin', { min: formatMoney(1) }));
  } else if (perSale > MAX_PAYMENT_AMOUNT) {
    fail('perSale', t('limits.perSaleMax', { max: formatMoney(MAX_PAYMENT_AMOUNT) }));
  }

  if (!isMinor(totalPending)) {
    fail('totalPending', t('limits.totalWhole'));
  } else if (totalPending < 1) {
    fail('totalPending', t('limits.totalMin', { min: formatMoney(1) }));
  } else if (isMinor(perSale) && totalPending < perSale) {
    fail('totalPending', t('limits.totalBelowPerSale', { perSale: formatMoney(perSale) }));
  }

  if (!isMinor(oldestPendingMs)) {
    fail('oldestPendingMs', t('limits.oldestWhole'));
  } else if (oldestPendingMs < MIN_OLDEST_PENDING_MS || oldestPendingMs > MAX_OLDEST_PENDING_MS) {
    fail('oldestPendingMs', t('limits.oldestRange'));
  }

  if (!isMinor(perSale) || !isMinor(totalPending) || !isMinor(oldestPendingMs)) {
    return { ok: false, errors };
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, limits: { perSale, totalPending, oldestPendingMs } };
}

/** Whether one more offline sale of `amount` fits within the terminal's limits at `now`. */
export function checkOfflineLimits(
  amount: Minor,
  exposure: OfflineExposure,
  limits: OfflineLimits,
  now: number,
): OfflineLimitCheck {
  if (amount > limits.perSale) {
    return {
      ok: false,
      code: 'OVER_SALE_LIMIT',
      message: t('offline.overSaleLimit', {
        limit: formatMoney(limits.perSale),
        amount: formatMoney(amount),
      }),
    };
  }
  if (addMinor(exposure.pendingTotal, amount) > limits.totalPending) {
    return {
      ok: false,
      code: 'OVER_PENDING_LIMIT',
      message: t('offline.overPendingLimit', {
        pending: formatMoney(exposure.pendingTotal),
        amount: formatMoney(amount),
        limit: formatMoney(limits.totalPending),
      }),
    };
  }
  if (
    exposure.oldestPendingAt !== undefined &&
    now - exposure.oldestPendingAt > limits.oldestPendingMs
  ) {
    return {
      ok: false,
      code: 'PENDING_TOO_OLD',
      message: t('offline.pendingTooOld', { duration: formatDuration(limits.oldestPendingMs) }),
    };
  }
  return { ok: true };
}

function fieldOf(input: unknown, field: OfflineLimitsField): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  return Object.getOwnPropertyDescriptor(input, field)?.value as unknown;
}
