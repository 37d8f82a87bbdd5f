import { describe, expect, it } from 'vitest';
import { scoreBlackbox } from '../../../scripts/bench-decode/blackbox-score.ts';
import { javaTarget } from '../../../scripts/bench-decode/java-must-pass.ts';

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
  it.each(Object.entries(REACHED))(
    'reads %s as well as before, with no misread',
    (folder, hits) => {
      const scores = scoreBlackbox(folder, ROTATIONS);
      ROTATIONS.forEach((rotation, i) => {
        const score = scores.get(rotation);
        const java = javaTarget(folder, rotation);
        const label = `${folder} at ${rotation}°`;
        expect
          .soft(score?.hits, label)
          .toBeGreaterThanOrEqual(Math.max(hits[i] ?? 0, java?.mustPass ?? 0));
        expect.soft(score?.falsePositives, label).toBeLessThanOrEqual(java?.allowedFalse ?? 0);
      });
    },
  );
});
