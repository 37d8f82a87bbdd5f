import { encodeQr } from '../../../lib/barcode/qr-matrix.ts';
import type { NativeProbe } from './native-detector.ts';

const PROBE_TEXT = 'SAOMA-SELF-TEST-134567890123456789';
const MODULE_PX = 6;
const QUIET_MODULES = 4;

/** A QR code of known text, drawn the way a phone screen shows one, for the detector self-test. */
export function makeNativeProbe(): NativeProbe {
  const matrix = encodeQr(PROBE_TEXT);
  const side = (matrix.size + 2 * QUIET_MODULES) * MODULE_PX;
  const canvas = new OffscreenCanvas(side, side);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas for the BarcodeDetector self-test');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, side, side);
  context.fillStyle = '#000';
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) {
      if (matrix.dark(x, y)) {
        context.fillRect(
          (x + QUIET_MODULES) * MODULE_PX,
          (y + QUIET_MODULES) * MODULE_PX,
          MODULE_PX,
          MODULE_PX,
        );
      }
    }
  }
  return { source: canvas, text: PROBE_TEXT };
}
