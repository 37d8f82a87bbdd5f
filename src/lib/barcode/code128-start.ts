import type { BitArray } from '@zxing/library';

const START_PATTERNS = [
  [2, 1, 1, 4, 1, 2],
  [2, 1, 1, 2, 1, 4],
  [2, 1, 1, 2, 3, 2],
] as const;
const MAX_AVG_VARIANCE = 0.25;
const MAX_INDIVIDUAL_VARIANCE = 0.7;

/**
 * Where the first Code 128 start pattern with a quiet zone begins in a row: Java ZXing's
 * Code128Reader.findStartPattern. The @zxing/library 0.23 port of it shrinks its counter array
 * (`counters.slice(2)`) after the first bar pair that is no start pattern, so it only finds a
 * start pattern that is the first black bar of the row; callers clear the row before it.
 */
export function findCode128Start(row: BitArray): number | null {
  const width = row.getSize();
  const counters = [0, 0, 0, 0, 0, 0];
  let position = 0;
  let patternStart = row.getNextSet(0);
  let isWhite = false;
  for (let i = patternStart; i < width; i++) {
    if (row.get(i) !== isWhite) {
      counters[position] = (counters[position] ?? 0) + 1;
      continue;
    }
    if (position === 5) {
      const quietStart = Math.max(0, patternStart - Math.trunc((i - patternStart) / 2));
      if (isStartPattern(counters) && row.isRange(quietStart, patternStart, false)) {
        return patternStart;
      }
      patternStart += (counters[0] ?? 0) + (counters[1] ?? 0);
      counters.copyWithin(0, 2);
      counters[4] = 0;
      counters[5] = 0;
      position--;
    } else {
      position++;
    }
    counters[position] = 1;
    isWhite = !isWhite;
  }
  return null;
}

function isStartPattern(counters: readonly number[]): boolean {
  return START_PATTERNS.some(
    (pattern) => patternMatchVariance(counters, pattern) < MAX_AVG_VARIANCE,
  );
}

function patternMatchVariance(counters: readonly number[], pattern: readonly number[]): number {
  const total = counters.reduce((sum, count) => sum + count, 0);
  const patternLength = pattern.reduce((sum, count) => sum + count, 0);
  if (total < patternLength) return Infinity;
  const unit = total / patternLength;
  const maxIndividual = MAX_INDIVIDUAL_VARIANCE * unit;
  let variance = 0;
  for (let i = 0; i < pattern.length; i++) {
    const difference = Math.abs((counters[i] ?? 0) - (pattern[i] ?? 0) * unit);
    if (difference > maxIndividual) return Infinity;
    variance += difference;
  }
  return variance / total;
}
