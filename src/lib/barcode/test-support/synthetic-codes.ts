import { encodeCode128 } from '../code128.ts';
import { grayImage, type GrayImage } from '../gray-image.ts';
import { encodeQr } from '../qr-matrix.ts';

type BarsLayout = { module?: number; quiet?: number; height?: number };

/** Alternating black and white bars, black first, `module` px per unit, white quiet zones. */
export function barsImage(
  widths: readonly number[],
  { module = 3, quiet = 12, height = 60 }: BarsLayout = {},
): GrayImage {
  const units = widths.reduce((sum, w) => sum + w, 0) + 2 * quiet;
  const image = grayImage(units * module, height, 255);
  let x = quiet * module;
  widths.forEach((w, i) => {
    if (i % 2 === 0) {
      for (let y = 0; y < height; y++)
        image.data.fill(0, y * image.width + x, y * image.width + x + w * module);
    }
    x += w * module;
  });
  return image;
}

export function code128Image(text: string, layout?: BarsLayout): GrayImage {
  return barsImage(encodeCode128(text), layout);
}

/** Space-bar-space-bar widths of the EAN "L" digit codes; "G" codes are them reversed. */
const L_CODES = [
  [3, 2, 1, 1],
  [2, 2, 2, 1],
  [2, 1, 2, 2],
  [1, 4, 1, 1],
  [1, 1, 3, 2],
  [1, 2, 3, 1],
  [1, 1, 1, 4],
  [1, 3, 1, 2],
  [1, 2, 1, 3],
  [3, 1, 1, 2],
];
/** Which of digits 2–7 use G codes, by the first digit. */
const PARITY = [
  'LLLLLL',
  'LLGLGG',
  'LLGGLG',
  'LLGGGL',
  'LGLLGG',
  'LGGLLG',
  'LGGGLL',
  'LGLGLG',
  'LGLGGL',
  'LGGLGL',
];

/** Bar widths of an EAN-13 symbol for 13 digits, check digit included. */
export function ean13Widths(digits: string): number[] {
  const values = Array.from({ length: digits.length }, (_, i) => digits.charCodeAt(i) - 48);
  const code = (digit: number) => [...(L_CODES[digit] ?? [])];
  const parity = PARITY[values[0] ?? 0] ?? '';
  const left = values
    .slice(1, 7)
    .flatMap((digit, i) => (parity[i] === 'G' ? code(digit).reverse() : code(digit)));
  const right = values.slice(7).flatMap(code);
  return [1, 1, 1, ...left, 1, 1, 1, 1, 1, ...right, 1, 1, 1];
}

export function qrImage(text: string, { module = 4, quiet = 4 } = {}): GrayImage {
  const matrix = encodeQr(text);
  const side = (matrix.size + 2 * quiet) * module;
  const image = grayImage(side, side, 255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / module) - quiet;
      const my = Math.floor(y / module) - quiet;
      if (mx >= 0 && my >= 0 && mx < matrix.size && my < matrix.size && matrix.dark(mx, my)) {
        image.data[y * side + x] = 0;
      }
    }
  }
  return image;
}

/** A copy of `canvas` with `image` pasted at (left, top). */
export function placeOn(canvas: GrayImage, image: GrayImage, left: number, top: number): GrayImage {
  const data = canvas.data.slice();
  for (let y = 0; y < image.height; y++) {
    data.set(
      image.data.subarray(y * image.width, (y + 1) * image.width),
      (top + y) * canvas.width + left,
    );
  }
  return { data, width: canvas.width, height: canvas.height };
}
