import { describe, expect, it } from 'vitest';
import { formatAge } from './format-age.ts';

describe('formatAge', () => {
  it('uses the two largest units', () => {
    expect(formatAge(0)).toBe('0 s');
    expect(formatAge(45_900)).toBe('45 s');
    expect(formatAge(200_000)).toBe('3 min 20 s');
    expect(formatAge(2 * 3_600_000 + 5 * 60_000 + 59_000)).toBe('2 h 5 min');
    expect(formatAge(26 * 3_600_000)).toBe('1 d 2 h');
  });

  it('shows a clock running slightly behind as no age at all', () => {
    expect(formatAge(-1_500)).toBe('0 s');
  });
});
