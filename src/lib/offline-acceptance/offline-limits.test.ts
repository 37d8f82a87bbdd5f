import { describe, expect, it } from 'vitest';
import { formatDuration } from '../i18n/format-duration.ts';
import { formatMoney } from '../i18n/format-money.ts';
import {
  checkOfflineLimits,
  DEFAULT_OFFLINE_LIMITS,
  validateOfflineLimits,
  type OfflineLimits,
} from './offline-limits.ts';

const NOW = Date.parse('2026-11-21T08:00:00.000Z');
const HOUR = 3_600_000;
const NOTHING_PENDING = { pendingTotal: 0, oldestPendingAt: undefined };

function errorsOf(input: unknown) {
  const result = validateOfflineLimits(input);
  if (result.ok) throw new Error('expected the limits to be refused');
  return result.errors;
}

describe('formatting', () => {
  it('formats yuan with a sign and thousands separators', () => {
    expect(formatMoney(0)).toBe('¥0.00');
    expect(formatMoney(5)).toBe('¥0.05');
    expect(formatMoney(20_000)).toBe('¥200.00');
    expect(formatMoney(195_000)).toBe('¥1,950.00');
    expect(formatMoney(100_000_000)).toBe('¥1,000,000.00');
  });

  it('formats durations in hours when whole, else minutes', () => {
    expect(formatDuration(24 * HOUR)).toBe('24 h');
    expect(formatDuration(90 * 60_000)).toBe('90 min');
    expect(formatDuration(60_000)).toBe('1 min');
  });
});

describe('validateOfflineLimits', () => {
  it('accepts the defaults: 200.00 per sale, 2,000.00 pending, 24 h', () => {
    expect(DEFAULT_OFFLINE_LIMITS).toEqual({
      perSale: 20_000,
      totalPending: 200_000,
      oldestPendingMs: 24 * HOUR,
    });
    expect(validateOfflineLimits(DEFAULT_OFFLINE_LIMITS)).toEqual({
      ok: true,
      limits: DEFAULT_OFFLINE_LIMITS,
    });
  });

  it('accepts the boundaries and keeps only the three fields', () => {
    const low = { perSale: 1, totalPending: 1, oldestPendingMs: 60_000, extra: true };
    expect(validateOfflineLimits(low)).toEqual({
      ok: true,
      limits: { perSale: 1, totalPending: 1, oldestPendingMs: 60_000 },
    });
    const high = {
      perSale: 100_000_000,
      totalPending: 100_000_000,
      oldestPendingMs: 7 * 24 * HOUR,
    };
    expect(validateOfflineLimits(high)).toEqual({ ok: true, limits: high });
  });

  it('names every field when the input is not an object', () => {
    for (const input of [undefined, null, 'limits', 42]) {
      expect(errorsOf(input).map((error) => error.field)).toEqual([
        'perSale',
        'totalPending',
        'oldestPendingMs',
      ]);
    }
  });

  it('refuses amounts and durations that are not whole numbers', () => {
    expect(errorsOf({ perSale: 12.5, totalPending: '2000', oldestPendingMs: 1.5 })).toEqual([
      { field: 'perSale', message: 'The per-sale limit must be a whole number of fen.' },
      { field: 'totalPending', message: 'The total pending limit must be a whole number of fen.' },
      {
        field: 'oldestPendingMs',
        message: 'The oldest-pending limit must be a whole number of milliseconds.',
      },
    ]);
  });

  it('refuses a per-sale limit below 0.01 or above the largest payment', () => {
    const base = { totalPending: 200_000, oldestPendingMs: HOUR };
    expect(errorsOf({ ...base, perSale: 0 })).toEqual([
      { field: 'perSale', message: 'The per-sale limit must be at least ¥0.01.' },
    ]);
    expect(errorsOf({ ...base, perSale: 100_000_001, totalPending: 200_000_000 })).toEqual([
      { field: 'perSale', message: 'The per-sale limit must be at most ¥1,000,000.00.' },
    ]);
  });

  it('refuses a total pending limit below the per-sale limit', () => {
    expect(errorsOf({ perSale: 20_000, totalPending: 19_999, oldestPendingMs: HOUR })).toEqual([
      {
        field: 'totalPending',
        message: 'The total pending limit must be at least the per-sale limit (¥200.00).',
      },
    ]);
    expect(errorsOf({ perSale: 0, totalPending: 0, oldestPendingMs: HOUR })).toEqual([
      { field: 'perSale', message: 'The per-sale limit must be at least ¥0.01.' },
      { field: 'totalPending', message: 'The total pending limit must be at least ¥0.01.' },
    ]);
  });

  it('refuses an oldest-pending limit outside 1 minute to 7 days', () => {
    const message = 'The oldest-pending limit must be between 1 minute and 7 days.';
    for (const oldestPendingMs of [0, 59_999, 7 * 24 * HOUR + 1]) {
      expect(errorsOf({ perSale: 1, totalPending: 1, oldestPendingMs })).toEqual([
        { field: 'oldestPendingMs', message },
      ]);
    }
  });
});

describe('checkOfflineLimits', () => {
  const limits: OfflineLimits = DEFAULT_OFFLINE_LIMITS;

  it('allows a sale exactly at the per-sale limit and refuses one fen more', () => {
    expect(checkOfflineLimits(20_000, NOTHING_PENDING, limits, NOW)).toEqual({ ok: true });
    expect(checkOfflineLimits(25_000, NOTHING_PENDING, limits, NOW)).toEqual({
      ok: false,
      code: 'OVER_SALE_LIMIT',
      message:
        'Offline sales are limited to ¥200.00 each on this terminal. Take ¥250.00 another way.',
    });
    expect(checkOfflineLimits(20_001, NOTHING_PENDING, limits, NOW)).toMatchObject({
      code: 'OVER_SALE_LIMIT',
    });
  });

  it('allows pending sales to reach the total limit exactly, not to pass it', () => {
    const exposure = { pendingTotal: 195_000, oldestPendingAt: NOW - HOUR };
    expect(checkOfflineLimits(5_000, exposure, limits, NOW)).toEqual({ ok: true });
    expect(checkOfflineLimits(5_001, exposure, limits, NOW)).toEqual({
      ok: false,
      code: 'OVER_PENDING_LIMIT',
      message:
        "Offline sales waiting to be sent already total ¥1,950.00; with this ¥50.01 sale they would pass the terminal's limit of ¥2,000.00. Reconnect to send them, or take cash.",
    });
  });

  it('refuses new sales once the oldest pending one is over the age limit', () => {
    const at = (oldestPendingAt: number) => ({ pendingTotal: 100, oldestPendingAt });
    expect(checkOfflineLimits(100, at(NOW - 24 * HOUR), limits, NOW)).toEqual({ ok: true });
    expect(checkOfflineLimits(100, at(NOW - 24 * HOUR - 1), limits, NOW)).toEqual({
      ok: false,
      code: 'PENDING_TOO_OLD',
      message:
        'The oldest offline sale has waited over 24 h to be sent. Reconnect before accepting more offline sales.',
    });
    const short = { ...limits, oldestPendingMs: 90 * 60_000 };
    const refusal = checkOfflineLimits(100, at(NOW - 2 * HOUR), short, NOW);
    expect(refusal.ok ? '' : refusal.message).toContain('has waited over 90 min');
  });

  it('checks the per-sale limit first, then the total, then the age', () => {
    const old = { pendingTotal: 199_000, oldestPendingAt: NOW - 48 * HOUR };
    expect(checkOfflineLimits(30_000, old, limits, NOW)).toMatchObject({ code: 'OVER_SALE_LIMIT' });
    expect(checkOfflineLimits(2_000, old, limits, NOW)).toMatchObject({
      code: 'OVER_PENDING_LIMIT',
    });
    expect(checkOfflineLimits(1_000, old, limits, NOW)).toMatchObject({ code: 'PENDING_TOO_OLD' });
  });
});
