import { FramePasses } from './frame-passes.ts';
import { centreRect, crop, type GrayImage } from './gray-image.ts';

export type BarcodeFormatName = 'qr_code' | 'code_128' | 'ean_13';

export type DecodedBarcode = { text: string; format: BarcodeFormatName };

/** The decode passes in cascade order; docs/SCANNER.md has the numbers behind each. */
export const DECODE_PASSES = [
  'downscaled',
  'hybrid',
  'global',
  'rotated',
  'inverted',
  'try-harder',
] as const;

export type DecodePass = (typeof DECODE_PASSES)[number];

/** Cheap enough for every frame, and together they find most codes. */
export const CHEAP_PASSES: readonly DecodePass[] = ['downscaled', 'hybrid'];

export const HARD_PASSES: readonly DecodePass[] = ['global', 'rotated', 'inverted', 'try-harder'];

/**
 * For live scanning: the cheap passes on every frame, plus one hard pass in turn. A frame stays
 * cheap, and a code held in view meets every pass within HARD_PASSES.length frames.
 */
export function passesForFrame(frameNumber: number): readonly DecodePass[] {
  const hard = HARD_PASSES[frameNumber % HARD_PASSES.length];
  return hard === undefined ? CHEAP_PASSES : [...CHEAP_PASSES, hard];
}

export type DecodeFrameOptions = {
  /** Centred fraction (0–1] of each side of the image to search: the on-screen scan window. */
  window?: number;
  formats?: readonly BarcodeFormatName[];
  /** Which passes to run, always in cascade order. Default: all of them. */
  passes?: readonly DecodePass[];
};

const ALL_FORMATS: readonly BarcodeFormatName[] = ['qr_code', 'code_128', 'ean_13'];

/**
 * Finds one QR code, Code 128 or EAN-13 barcode in a grey frame, running the selected passes
 * in cascade order and stopping at the first code. DOM-free: for a worker, Node or a page.
 */
export function decodeFrame(
  image: GrayImage,
  options: DecodeFrameOptions = {},
): DecodedBarcode | null {
  const window = options.window ?? 1;
  const area = window < 1 ? crop(image, centreRect(image.width, image.height, window)) : image;
  const frame = new FramePasses(area, options.formats ?? ALL_FORMATS);
  const selected = options.passes ?? DECODE_PASSES;
  for (const pass of DECODE_PASSES) {
    if (!selected.includes(pass)) continue;
    const found = frame.run(pass);
    if (found) return found;
  }
  return null;
}
