import { describe, expect, it } from 'vitest';
import { backoffDelay, nextAttemptAt, REPLAY_BACKOFF } from './backoff.ts';

describe('backoffDelay', () => {
  it('doubles the window from 1 s and caps it at 60 s', () => {
    const top = () => 0.999_999;
    const windows = [0, 1, 2, 3, 4, 5, 6, 7, 40, 2_000].map((attempt) =>
      backoffDelay(attempt, REPLAY_BACKOFF, top),
    );
    expect(windows).toEqual([
      999, 1_999, 3_999, 7_999, 15_999, 31_999, 59_999, 59_999, 59_999, 59_999,
    ]);
  });

  it('draws uniformly from the whole window (full jitter), down to zero', () => {
    expect(backoffDelay(3, REPLAY_BACKOFF, () => 0)).toBe(0);
    expect(backoffDelay(3, REPLAY_BACKOFF, () => 0.5)).toBe(4_000);
  });

  it('spreads retries over the window', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const delays = Array.from({ length: 2_000 }, () => backoffDelay(4, REPLAY_BACKOFF, random));
    const mean = delays.reduce((sum, delay) => sum + delay, 0) / delays.length;
    expect(Math.min(...delays)).toBeLessThan(500);
    expect(Math.max(...delays)).toBeGreaterThan(15_000);
    expect(mean).toBeGreaterThan(7_000);
    expect(mean).toBeLessThan(9_000);
  });

  it('refuses a negative or fractional attempt', () => {
    expect(() => backoffDelay(-1)).toThrow(RangeError);
    expect(() => backoffDelay(1.5)).toThrow(RangeError);
  });
});

describe('nextAttemptAt', () => {
  const now = 1_700_000_000_000;

  it('waits the jittered backoff from now', () => {
    expect(nextAttemptAt(now, 2, undefined, REPLAY_BACKOFF, () => 0.25)).toBe(now + 1_000);
  });

  it("never retries before the server's Retry-After", () => {
    expect(nextAttemptAt(now, 0, 5_000, REPLAY_BACKOFF, () => 0.9)).toBe(now + 5_000);
    expect(nextAttemptAt(now, 6, 5_000, REPLAY_BACKOFF, () => 0.9)).toBe(now + 54_000);
  });
});
