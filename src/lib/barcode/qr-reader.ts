import { type BinaryBitmap, DecodeHintType, QRCodeReader } from '@zxing/library';
import { isNoCodeError } from './zxing-errors.ts';

const reader = new QRCodeReader();
const cheapHints = new Map<DecodeHintType, unknown>();
const hardHints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);

export function readQr(bitmap: BinaryBitmap, tryHarder = false): string | null {
  try {
    return reader.decode(bitmap, tryHarder ? hardHints : cheapHints).getText();
  } catch (error) {
    if (isNoCodeError(error)) return null;
    throw error;
  } finally {
    reader.reset();
  }
}
