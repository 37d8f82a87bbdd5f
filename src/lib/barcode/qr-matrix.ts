import { BarcodeFormat, EncodeHintType, QRCodeWriter } from '@zxing/library';

/** A square matrix of dark (true) and light modules, quiet zone excluded. */
export type ModuleMatrix = { size: number; dark: (x: number, y: number) => boolean };

const writer = new QRCodeWriter();

export function encodeQr(text: string): ModuleMatrix {
  const hints = new Map<EncodeHintType, unknown>([
    [EncodeHintType.MARGIN, 0],
    [EncodeHintType.ERROR_CORRECTION, 'M'],
  ]);
  const matrix = writer.encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
  return { size: matrix.getWidth(), dark: (x, y) => matrix.get(x, y) };
}
