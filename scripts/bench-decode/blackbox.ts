import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { invert, rgbaToGray, type GrayImage } from '../../src/lib/barcode/gray-image.ts';

export type BlackboxCase = {
  readonly name: string;
  readonly image: GrayImage;
  /** What must be decoded; null when the image holds no code. */
  readonly expected: string | null;
};

/**
 * Reads a folder in ZXing's blackbox layout: `N.png` beside `N.txt` with the exact expected text
 * (compared untrimmed, as Java's AbstractBlackBoxTestCase does); no `N.txt` means no code.
 */
export function loadBlackboxFolder(dir: string, inverted = false): BlackboxCase[] {
  return readdirSync(dir)
    .filter((file) => file.toLowerCase().endsWith('.png'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => {
      const base = file.slice(0, file.indexOf('.'));
      const textFile = join(dir, `${base}.txt`);
      const png = PNG.sync.read(readFileSync(join(dir, file)));
      const image = rgbaToGray(new Uint8ClampedArray(png.data), png.width, png.height);
      return {
        name: file,
        image: inverted ? invert(image) : image,
        expected: existsSync(textFile) ? readFileSync(textFile, 'utf8') : null,
      };
    });
}
