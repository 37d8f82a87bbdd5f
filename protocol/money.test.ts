import { describe, expect, it } from 'vitest';
import { addMinor, feeFor, formatAmount, parseAmount, subtractMinor } from './money.ts';

describe('parseAmount', () => {
  it.each([
    ['12.50', 1250],
    ['12.5', 1250],
    ['12', 1200],
    ['0.01', 1],
    [' 7.05 ', 705],
    ['1000000.00', 100_000_000],
  ])('reads %s as %i fen', (text, fen) => {
    expect(parseAmount(text)).toEqual({ ok: true, amount: fen });
  });

  it.each(['', '   ', 'abc', '-1', '1.234', '1,00', '1e3', '.5', '12.', '0', '0.00', '1000000.01'])(
    'refuses %j with a message',
    (text) => {
      const parsed = parseAmount(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(5);
    },
  );

  it('never goes through floating point: 0.29 + 0.01 style values stay exact', () => {
    expect(parseAmount('0.29')).toEqual({ ok: true, amount: 29 });
    expect(parseAmount('4.35')).toEqual({ ok: true, amount: 435 });
    expect(parseAmount('1.15')).toEqual({ ok: true, amount: 115 });
  });
});

describe('formatAmount', () => {
  it.each([
    [1250, '12.50'],
    [1, '0.01'],
    [0, '0.00'],
    [100_000_000, '1000000.00'],
    [-705, '-7.05'],
  ])('formats %i as %s', (fen, text) => {
    expect(formatAmount(fen)).toBe(text);
  });

  it('refuses non-integers', () => {
    expect(() => formatAmount(12.5)).toThrow(RangeError);
  });
});

describe('arithmetic', () => {
  it('adds and subtracts minor units exactly', () => {
    expect(addMinor(10, 20, 1)).toBe(31);
    expect(subtractMinor(1000, 1250)).toBe(-250);
  });

  it('refuses fractional operands', () => {
    expect(() => addMinor(1, 0.1)).toThrow(RangeError);
  });
});

describe('feeFor (0.38% half-up by default)', () => {
  it.each([
    [1250, 5], // 4.75 -> 5
    [100, 0], // 0.38 -> 0
    [132, 1], // 0.5016 -> 1
    [131, 0], // 0.4978 -> 0
    [10_000, 38],
    [100_000_000, 380_000],
  ])('fee on %i is %i', (amount, fee) => {
    expect(feeFor(amount)).toBe(fee);
  });

  it('rounds an exact half up', () => {
    // 0.5% of 100 = 0.5 fen
    expect(feeFor(100, 5000)).toBe(1);
    expect(feeFor(300, 5000)).toBe(2);
  });

  it('takes other rates and refuses nonsense rates', () => {
    expect(feeFor(10_000, 6000)).toBe(60);
    expect(() => feeFor(100, -1)).toThrow(RangeError);
    expect(() => feeFor(100, 0.5)).toThrow(RangeError);
  });
});
