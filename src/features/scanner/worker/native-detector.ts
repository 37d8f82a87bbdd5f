import type { BarcodeFormatName, DecodedBarcode } from '../../../lib/barcode/decode-frame.ts';

/** The slice of the Barcode Detection API Saoma uses (TypeScript's DOM library lacks it). */
type DetectedBarcode = { rawValue: string; format: string };
type BarcodeDetectorInstance = {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
};
export type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
};

export type NativeDetector = {
  detect(source: ImageBitmapSource): Promise<DecodedBarcode | null>;
};

export type NativeCheck = { detector: NativeDetector | null; note: string };

/** What the self-test shows the detector, and the text it must read back. */
export type NativeProbe = { source: ImageBitmapSource; text: string };

const KNOWN: readonly BarcodeFormatName[] = ['qr_code', 'code_128', 'ean_13'];

function isKnownFormat(format: string): format is BarcodeFormatName {
  return (KNOWN as readonly string[]).includes(format);
}

/**
 * Decides whether the browser's BarcodeDetector can be trusted as a fast path. Some browsers
 * (and in-app web views) expose the class with no formats, or with a detector that never finds
 * anything, so it must list every format Saoma needs and read a known code back before it is used.
 */
export async function checkNativeDetector(
  detectorClass: BarcodeDetectorClass | undefined,
  required: readonly BarcodeFormatName[],
  makeProbe: () => NativeProbe,
): Promise<NativeCheck> {
  if (!detectorClass) return { detector: null, note: 'BarcodeDetector is not available' };
  try {
    const supported = await detectorClass.getSupportedFormats();
    const missing = required.filter((format) => !supported.includes(format));
    if (missing.length > 0) {
      return { detector: null, note: `BarcodeDetector lacks ${missing.join(', ')}` };
    }
    const native = new detectorClass({ formats: [...required] });
    const probe = makeProbe();
    const found = await native.detect(probe.source);
    if (!found.some((barcode) => barcode.rawValue === probe.text)) {
      return { detector: null, note: 'BarcodeDetector failed its self-test' };
    }
    return { detector: wrap(native), note: 'BarcodeDetector passed its self-test' };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { detector: null, note: `BarcodeDetector failed: ${reason}` };
  }
}

function wrap(native: BarcodeDetectorInstance): NativeDetector {
  return {
    async detect(source) {
      const found = await native.detect(source);
      for (const barcode of found) {
        if (isKnownFormat(barcode.format) && barcode.rawValue !== '') {
          return { text: barcode.rawValue, format: barcode.format };
        }
      }
      return null;
    },
  };
}
