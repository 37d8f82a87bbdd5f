import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFLINE_LIMITS } from '../../lib/offline-acceptance/offline-limits.ts';
import { limitsToText, parseLimitsText } from './limits-form-values.ts';

describe('limitsToText', () => {
  it('shows the limits in yuan and hours', () => {
    expect(limitsToText(DEFAULT_OFFLINE_LIMITS)).toEqual({
      perSale: '200.00',
      totalPending: '2000.00',
      oldestPendingMs: '24',
    });
    expect(
      limitsToText({ perSale: 5, totalPending: 10, oldestPendingMs: 90 * 60_000 }).oldestPendingMs,
    ).toBe('1.5');
  });
});

describe('parseLimitsText', () => {
  it('reads yuan and hours into fen and milliseconds', () => {
    expect(
      parseLimitsText({ perSale: '150', totalPending: '1500.5', oldestPendingMs: '1.25' }),
    ).toEqual({
      ok: true,
      limits: { perSale: 15_000, totalPending: 150_050, oldestPendingMs: 75 * 60_000 },
    });
  });

  it('round-trips the text it shows', () => {
    expect(parseLimitsText(limitsToText(DEFAULT_OFFLINE_LIMITS))).toEqual({
      ok: true,
      limits: DEFAULT_OFFLINE_LIMITS,
    });
  });

  it('gives each unreadable field its own message', () => {
    expect(
      parseLimitsText({ perSale: '12.345', totalPending: '', oldestPendingMs: 'a day' }),
    ).toEqual({
      ok: false,
      errors: {
        perSale: 'Enter the amount in yuan with at most two decimals, e.g. 12.50.',
        totalPending: 'Enter an amount.',
        oldestPendingMs: 'Enter the hours as a number, e.g. 24 or 1.5.',
      },
    });
  });

  it('puts a broken rule on the field it concerns', () => {
    expect(
      parseLimitsText({ perSale: '300', totalPending: '200', oldestPendingMs: '200' }),
    ).toEqual({
      ok: false,
      errors: {
        totalPending: 'The total pending limit must be at least the per-sale limit (¥300.00).',
        oldestPendingMs: 'The oldest-pending limit must be between 1 minute and 7 days.',
      },
    });
  });
});
