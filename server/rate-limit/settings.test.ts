import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMIT, parseRateLimit } from './settings.ts';

describe('parseRateLimit', () => {
  it('defaults to 100/s with bursts of 200', () => {
    expect(parseRateLimit()).toEqual({ ok: true, rateLimit: DEFAULT_RATE_LIMIT });
    expect(DEFAULT_RATE_LIMIT).toEqual({ perSecond: 100, burst: 200 });
  });

  it('turns the limit off at 0', () => {
    expect(parseRateLimit('0')).toEqual({ ok: true, rateLimit: null });
    expect(parseRateLimit('0', '10')).toEqual({ ok: true, rateLimit: null });
  });

  it('gives a rate without a burst two seconds of burst, at least 1', () => {
    expect(parseRateLimit('100')).toEqual({ ok: true, rateLimit: { perSecond: 100, burst: 200 } });
    expect(parseRateLimit('0.2')).toEqual({ ok: true, rateLimit: { perSecond: 0.2, burst: 1 } });
    expect(parseRateLimit(undefined, '5')).toEqual({
      ok: true,
      rateLimit: { perSecond: 100, burst: 5 },
    });
  });

  it.each([
    ['-1', undefined, /RATE_LIMIT_PER_SECOND/],
    ['fast', undefined, /RATE_LIMIT_PER_SECOND/],
    ['2000000', undefined, /RATE_LIMIT_PER_SECOND/],
    ['10', '0', /RATE_LIMIT_BURST/],
    ['10', '1.5', /RATE_LIMIT_BURST/],
  ])('refuses RATE_LIMIT_PER_SECOND=%s RATE_LIMIT_BURST=%s', (perSecond, burst, message) => {
    const parsed = parseRateLimit(perSecond, burst);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' ')).toMatch(message);
  });
});
