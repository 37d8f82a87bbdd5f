import { BitArray, NotFoundException } from '@zxing/library';
import { describe, expect, it } from 'vitest';
import { encodeCode128 } from './code128.ts';
import { findCode128Start } from './code128-start.ts';
import { middleOutRows, readRows, type RowSource } from './row-reader.ts';

/** A row of bars, one bit per module, black first, after `offset` white modules. */
function row(widths: readonly number[], offset = 10, size = 400): BitArray {
  const bits = new BitArray(size);
  let x = offset;
  widths.forEach((w, i) => {
    if (i % 2 === 0) bits.setRange(x, x + w);
    x += w;
  });
  return bits;
}

const CODE = '6212345678901234567';
const fixed =
  (bits: BitArray): RowSource =>
  () =>
    bits.clone();

describe('middleOutRows', () => {
  it("goes out from the middle, alternating sides, as Java's OneDReader does", () => {
    expect(middleOutRows(100, 10, 5)).toEqual([50, 40, 60, 30, 70]);
    expect(middleOutRows(10, 4, 9)).toEqual([5, 1, 9]);
  });
});

describe('findCode128Start', () => {
  it('finds the start pattern after other bars, behind its quiet zone', () => {
    const widths = [1, 2, 3, 1, 2, 12, ...encodeCode128(CODE)];
    expect(findCode128Start(row(widths))).toBe(10 + 1 + 2 + 3 + 1 + 2 + 12);
  });

  it('ignores a start pattern without a quiet zone', () => {
    expect(findCode128Start(row([1, 2, ...encodeCode128(CODE).slice(0, 6)]))).toBeNull();
  });
});

describe('readRows', () => {
  it('reads a barcode that follows other bars, forwards and reversed', () => {
    const bits = row([3, 12, ...encodeCode128(CODE)]);
    expect(readRows(fixed(bits), [0], ['code_128'])).toEqual({ text: CODE, format: 'code_128' });
    bits.reverse();
    expect(readRows(fixed(bits), [0], ['code_128'])?.text).toBe(CODE);
  });

  it('skips rows without contrast', () => {
    const source: RowSource = (y) => {
      if (y === 0) throw new NotFoundException();
      return row(encodeCode128(CODE));
    };
    expect(readRows(source, [0, 1], ['code_128'])?.text).toBe(CODE);
  });

  it('lets any other error through: it is a bug, not a frame without a code', () => {
    const source: RowSource = () => {
      throw new TypeError('broken row source');
    };
    expect(() => readRows(source, [0], ['code_128'])).toThrow(TypeError);
  });
});
