import type * as Zxing from '@zxing/library';
import { createRequire } from 'node:module';

// Node cannot see @zxing/library's CommonJS build's named exports from ESM, and Playwright
// loads specs as ESM, so the library is required here instead of imported.
const zxing = createRequire(import.meta.url)('@zxing/library') as typeof Zxing;

/** The modules of a QR code of `text` (quiet zone excluded): true is dark. */
export function qrModules(text: string): { size: number; dark: (x: number, y: number) => boolean } {
  const hints = new Map([[zxing.EncodeHintType.MARGIN, 0]]);
  const matrix = new zxing.QRCodeWriter().encode(text, zxing.BarcodeFormat.QR_CODE, 0, 0, hints);
  return { size: matrix.getWidth(), dark: (x, y) => matrix.get(x, y) };
}
