import {
  BarcodeFormat,
  BinaryBitmap,
  ChecksumException,
  Code128Reader,
  DecodeHintType,
  FormatException,
  HybridBinarizer,
  NotFoundException,
  QRCodeReader,
  RGBLuminanceSource,
  type Reader,
} from '@zxing/library';

export type DecodedCode = { text: string; format: 'qr' | 'code128' };

/**
 * Decodes one grayscale frame with format-specific readers. MultiFormatReader is avoided on
 * purpose: it logs a stack trace for every frame without a code.
 */
const readers: ReadonlyArray<{ reader: Reader; format: DecodedCode['format'] }> = [
  { reader: new QRCodeReader(), format: 'qr' },
  { reader: new Code128Reader(), format: 'code128' },
];

const hints = new Map<DecodeHintType, unknown>([
  [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128]],
]);

export function decodeLuminance(
  luminance: Uint8ClampedArray,
  width: number,
  height: number,
): DecodedCode | null {
  const source = new RGBLuminanceSource(luminance, width, height);
  const bitmap = new BinaryBitmap(new HybridBinarizer(source));
  for (const { reader, format } of readers) {
    try {
      return { text: reader.decode(bitmap, hints).getText(), format };
    } catch (error) {
      if (!isNoCodeError(error)) throw error;
    } finally {
      reader.reset();
    }
  }
  return null;
}

function isNoCodeError(error: unknown): boolean {
  return (
    error instanceof NotFoundException ||
    error instanceof ChecksumException ||
    error instanceof FormatException
  );
}
