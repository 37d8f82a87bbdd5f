import type * as Zxing from '@zxing/library';
import type { Locator } from '@playwright/test';
import { createRequire } from 'node:module';
import type * as Pngjs from 'pngjs';

// Both are CommonJS packages whose named exports Node's ESM loader cannot see (see qr-matrix.ts).
const require = createRequire(import.meta.url);
const zxing = require('@zxing/library') as typeof Zxing;
const { PNG } = require('pngjs') as typeof Pngjs;

/** Screenshots a QR code as the page draws it and reads it back, the way a camera would. */
export async function readQrOnScreen(qr: Locator): Promise<string> {
  const png = PNG.sync.read(await qr.screenshot());
  const luminance = new Uint8ClampedArray(png.width * png.height);
  for (let i = 0; i < luminance.length; i++) {
    const [r = 0, g = 0, b = 0] = png.data.subarray(i * 4, i * 4 + 3);
    luminance[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  const bitmap = new zxing.BinaryBitmap(
    new zxing.HybridBinarizer(new zxing.RGBLuminanceSource(luminance, png.width, png.height)),
  );
  return new zxing.QRCodeReader().decode(bitmap).getText();
}
