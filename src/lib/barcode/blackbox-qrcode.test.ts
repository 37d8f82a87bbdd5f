import { describe, it } from 'vitest';
import { expectBlackboxReads } from './test-support/expect-blackbox.ts';

/**
 * Hits decodeFrame reached at 0°, 90°, 180° and 270° when its strategy was chosen
 * (docs/SCANNER.md); each is at least Java ZXing's must-pass count.
 */
const REACHED: Record<string, number[]> = {
  'qrcode-1': [19, 18, 19, 18],
  'qrcode-2': [33, 33, 32, 31],
  'qrcode-3': [40, 40, 39, 40],
  'qrcode-4': [36, 37, 37, 38],
  'qrcode-5': [19, 19, 19, 19],
  'qrcode-6': [15, 15, 15, 15],
};
const ROTATIONS = [0, 90, 180, 270];

describe('decodeFrame on the ZXing QR code blackbox images', () => {
  it.each(Object.entries(REACHED))('reads %s as well as before, with no misread', (folder, hits) =>
    expectBlackboxReads(folder, ROTATIONS, hits),
  );
});
