import { fileURLToPath } from 'node:url';
import { decodeFrame } from '../../src/lib/barcode/decode-frame.ts';
import { quarterTurns, rotate } from '../../src/lib/barcode/gray-image.ts';
import { loadBlackboxFolder } from './blackbox.ts';
import { Score, type ScoreSummary } from './score.ts';

/** The repository's copy of ZXing's blackbox images, which the tests use. */
export const BLACKBOX_ROOT = fileURLToPath(
  new URL('../../testdata/zxing-blackbox/', import.meta.url),
);

/** decodeFrame's full cascade over a folder at each rotation (degrees clockwise). */
export function scoreBlackbox(
  folder: string,
  rotations: readonly number[],
): Map<number, ScoreSummary> {
  const cases = loadBlackboxFolder(`${BLACKBOX_ROOT}${folder}`);
  return new Map(
    rotations.map((rotation) => {
      const score = new Score();
      for (const { image, expected } of cases) {
        const text = decodeFrame(rotate(image, quarterTurns(rotation)))?.text ?? null;
        score.add(expected, text, 0);
      }
      return [rotation, score.summary()];
    }),
  );
}
