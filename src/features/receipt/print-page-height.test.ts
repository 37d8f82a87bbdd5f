import { describe, expect, it } from 'vitest';
import { pageHeightMm } from './print-page-height.ts';

describe('pageHeightMm', () => {
  it('is the receipt height in whole millimetres, rounded up, plus 10 mm of feed', () => {
    // 96 px per inch: 377.95 px is just under 100 mm, 378 px just over.
    expect(pageHeightMm(377.95)).toBe(110);
    expect(pageHeightMm(378)).toBe(111);
    expect(pageHeightMm(1)).toBe(11);
  });

  it('gives no height for a receipt that is not laid out', () => {
    for (const height of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(pageHeightMm(height), String(height)).toBeNull();
    }
  });
});
