import { describe, expect, it } from 'vitest';
import { seededRandom, uniqueAmounts } from './seeded-random.ts';

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, and others for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('draws whole numbers within both bounds, reaching each of them', () => {
    const random = seededRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('shuffles without losing or copying an item', () => {
    const shuffled = seededRandom(2).shuffle([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(shuffled).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('draws amounts that never repeat', () => {
    const amount = uniqueAmounts(seededRandom(3));
    const drawn = Array.from({ length: 50 }, () => amount(1, 60));
    expect(new Set(drawn).size).toBe(50);
  });
});
