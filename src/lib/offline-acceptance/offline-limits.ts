import {
  addMinor,
  formatAmount,
  isMinor,
  MAX_PAYMENT_AMOUNT,
  type Minor,
} from '../../../protocol/money.ts';

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

/** Money as the cashier reads it: "¥1,950.00". */
export function formatYuan(amount: Minor): string {
  const [major = '', minor = ''] = formatAmount(amount).split('.');
  return `¥${major.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${minor}`;
}

/** A limit's duration in the unit a cashier would say: "24 h", "90 min". */
export function formatDuration(ms: number): string {
  const hours = ms / HOUR_MS;
  if (Number.isInteger(hours)) return `${hours} h`;
  return `${Math.round(ms / MINUTE_MS)} min`;
}

export function validateOfflineLimits(input: unknown): OfflineLimitsValidation {
  const perSale = fieldOf(input, 'perSale');
  const totalPending = fieldOf(input, 'totalPending');
  const oldestPendingMs = fieldOf(input, 'oldestPendingMs');
  const errors: OfflineLimitsError[] = [];
  const fail = (field: OfflineLimitsField, message: string) => errors.push({ field, message });

  if (!isMinor(perSale)) {
    fail('perSale', 'The per-sale limit must be a whole number of fen.');
  } else if (perSale < 1) {
    fail('perSale', `The per-sale limit must be at least ${formatYuan(1)}.`);
  } else if (perSale > MAX_PAYMENT_AMOUNT) {
    fail('perSale', `The per-sale limit must be at most ${formatYuan(MAX_PAYMENT_AMOUNT)}.`);
  }

  if (!isMinor(totalPending)) {
    fail('totalPending', 'The total pending limit must be a whole number of fen.');
  } else if (totalPending < 1) {
    fail('totalPending', `The total pending limit must be at least ${formatYuan(1)}.`);
  } else if (isMinor(perSale) && totalPending < perSale) {
    fail(
      'totalPending',
      `The total pending limit must be at least the per-sale limit (${formatYuan(perSale)}).`,
    );
  }

  if (!isMinor(oldestPendingMs)) {
    fail('oldestPendingMs', 'The oldest-pending limit must be a whole number of milliseconds.');
  } else if (oldestPendingMs < MIN_OLDEST_PENDING_MS || oldestPendingMs > MAX_OLDEST_PENDING_MS) {
    fail('oldestPendingMs', 'The oldest-pending limit must be between 1 minute and 7 days.');
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
      message: `Offline sales are limited to ${formatYuan(limits.perSale)} each on this terminal. Take ${formatYuan(amount)} another way.`,
    };
  }
  if (addMinor(exposure.pendingTotal, amount) > limits.totalPending) {
    return {
      ok: false,
      code: 'OVER_PENDING_LIMIT',
      message: `Offline sales waiting to be sent already total ${formatYuan(exposure.pendingTotal)}; with this ${formatYuan(amount)} sale they would pass the terminal's limit of ${formatYuan(limits.totalPending)}. Reconnect to send them, or take cash.`,
    };
  }
  if (
    exposure.oldestPendingAt !== undefined &&
    now - exposure.oldestPendingAt > limits.oldestPendingMs
  ) {
    return {
      ok: false,
      code: 'PENDING_TOO_OLD',
      message: `The oldest offline sale has waited over ${formatDuration(limits.oldestPendingMs)} to be sent. Reconnect before accepting more offline sales.`,
    };
  }
  return { ok: true };
}

function fieldOf(input: unknown, field: OfflineLimitsField): unknown {
  if (typeof input !== 'object' || input === null) return undefined;
  return Object.getOwnPropertyDescriptor(input, field)?.value as unknown;
}
