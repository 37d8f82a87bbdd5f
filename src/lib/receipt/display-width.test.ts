import { describe, expect, it } from 'vitest';
import { centreInWidth, displayWidth, padStartToWidth, wrapToWidth } from './display-width.ts';

describe('displayWidth', () => {
  it('counts CJK and fullwidth characters as two columns and others as one', () => {
    expect(displayWidth('Paid')).toBe(4);
    expect(displayWidth('¥12.50')).toBe(6);
    expect(displayWidth('已收款')).toBe(6);
    expect(displayWidth('2026年11月21日')).toBe(14);
    expect(displayWidth('（￥）')).toBe(6);
    expect(displayWidth('𠀀')).toBe(2);
  });
});

describe('wrapToWidth', () => {
  it('breaks at spaces where it can', () => {
    expect(wrapToWidth('Nov 21, 2026, 8:00:00 AM', 12)).toEqual(['Nov 21,', '2026,', '8:00:00 AM']);
    expect(wrapToWidth('one two three', 7)).toEqual(['one two', 'three']);
  });

  it('breaks inside a word, and between CJK characters, when a word alone is too wide', () => {
    expect(wrapToWidth('SO20261121080000ABCDEFGHIJ', 10)).toEqual([
      'SO20261121',
      '080000ABCD',
      'EFGHIJ',
    ]);
    expect(wrapToWidth('萨奥马示范商店有限公司', 9)).toEqual(['萨奥马示', '范商店有', '限公司']);
  });

  it('refuses a width that cannot hold a wide character', () => {
    expect(() => wrapToWidth('x', 1)).toThrow('A line must be at least 2 columns wide, got 1');
  });
});

describe('padding', () => {
  it('right-aligns and centres by columns, not by characters', () => {
    expect(padStartToWidth('已收款', 8)).toBe('  已收款');
    expect(centreInWidth('小票', 8)).toBe('  小票');
  });
});
