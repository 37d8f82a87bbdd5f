import { describe, it } from 'vitest';
import { expectBlackboxReads } from './test-support/expect-blackbox.ts';

/**
 * Hits decodeFrame reached at 0° and 180° when its strategy was chosen (docs/SCANNER.md); each
 * is at least Java ZXing's must-pass count. Plain @zxing/library reads code128-2 only 26/40.
 */
const REACHED: Record<string, number[]> = {
  'code128-1': [7, 7],
  'code128-2': [38, 39],
  'code128-3': [2, 2],
};
const ROTATIONS = [0, 180];

describe('decodeFrame on the ZXing Code 128 blackbox images', () => {
  it.each(Object.entries(REACHED))('reads %s as well as before, with no misread', (folder, hits) =>
    expectBlackboxReads(folder, ROTATIONS, hits),
  );
});
