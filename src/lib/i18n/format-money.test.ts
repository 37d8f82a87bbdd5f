import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.ts';

describe('formatMoney', () => {
  it('keeps English money as the tests and cashiers know it', () => {
    expect(formatMoney(1250, { language: 'en' })).toBe('¥12.50');
    expect(formatMoney(195_000, { language: 'en' })).toBe('¥1,950.00');
    expect(formatMoney(200_000, { language: 'en', grouping: false })).toBe('¥2000.00');
    expect(formatMoney(0, { language: 'en' })).toBe('¥0.00');
    expect(formatMoney(-5, { language: 'en' })).toBe('-¥0.05');
  });

  it('formats CNY for zh-CN', () => {
    expect(formatMoney(1250, { language: 'zh-CN' })).toBe('¥12.50');
    expect(formatMoney(100_000_000, { language: 'zh-CN' })).toBe('¥1,000,000.00');
    expect(formatMoney(100_000_000, { language: 'zh-CN', grouping: false })).toBe('¥1000000.00');
  });

  it('is exact to the fen where a float would not be', () => {
    // As a float number of yuan, these would come out rounded.
    expect(formatMoney(Number.MAX_SAFE_INTEGER, { language: 'en', grouping: false })).toBe(
      '¥90071992547409.91',
    );
    expect(formatMoney(100_000_000_000_001, { language: 'en', grouping: false })).toBe(
      '¥1000000000000.01',
    );
  });

  it('refuses fractions of a fen, like the rest of the money code', () => {
    expect(() => formatMoney(12.5)).toThrow(RangeError);
  });
});
