import { describe, expect, it } from 'vitest';
import { scoreBlackbox } from '../../../scripts/bench-decode/blackbox-score.ts';
import { javaTarget } from '../../../scripts/bench-decode/java-must-pass.ts';

const ROTATIONS = [0, 90, 180, 270];
/** What decodeFrame found in them when its strategy was chosen: nothing, at every rotation. */
const REACHED_FALSE_POSITIVES = 0;

describe('decodeFrame on the ZXing images without a QR code or barcode', () => {
  it.each(['falsepositives', 'falsepositives-2'])(
    'finds nothing in %s, where Java ZXing may find a few',
    (folder) => {
      const scores = scoreBlackbox(folder, ROTATIONS);
      for (const rotation of ROTATIONS) {
        const allowed = javaTarget(folder, rotation)?.allowedFalse;
        expect(allowed).toBeDefined();
        expect
          .soft(scores.get(rotation)?.falsePositives, `${folder} at ${rotation}°`)
          .toBeLessThanOrEqual(Math.min(REACHED_FALSE_POSITIVES, allowed ?? 0));
      }
    },
  );
});
