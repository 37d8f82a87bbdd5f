import { describe, expect, it } from 'vitest';
import { checkNativeDetector, type BarcodeDetectorClass } from './native-detector.ts';

type Found = { rawValue: string; format: string }[];

/** A stand-in for the browser's BarcodeDetector that reports fixed formats and finds. */
function fakeDetector(formats: string[], finds: (source: unknown) => Found | Error) {
  return class {
    static getSupportedFormats() {
      return Promise.resolve(formats);
    }
    constructor(readonly options: { formats: string[] }) {}
    detect(source: unknown) {
      const found = finds(source);
      return found instanceof Error ? Promise.reject(found) : Promise.resolve(found);
    }
  } satisfies BarcodeDetectorClass;
}

const PROBE = { source: new Blob(), text: 'PROBE' };
const ALL = ['qr_code', 'code_128', 'ean_13'] as const;

describe('checkNativeDetector', () => {
  it('is off where the browser has no BarcodeDetector', async () => {
    const check = await checkNativeDetector(undefined, ALL, () => PROBE);
    expect(check.detector).toBeNull();
  });

  it('is off when the detector lists no formats (some in-app browsers)', async () => {
    const check = await checkNativeDetector(
      fakeDetector([], () => []),
      ALL,
      () => PROBE,
    );
    expect(check).toEqual({
      detector: null,
      note: 'BarcodeDetector lacks qr_code, code_128, ean_13',
    });
  });

  it('is off when the detector cannot read the known probe code', async () => {
    const blind = fakeDetector([...ALL], () => []);
    const check = await checkNativeDetector(blind, ALL, () => PROBE);
    expect(check).toEqual({ detector: null, note: 'BarcodeDetector failed its self-test' });
  });

  it('is off when detection throws', async () => {
    const broken = fakeDetector([...ALL], () => new Error('NotSupportedError'));
    const check = await checkNativeDetector(broken, ALL, () => PROBE);
    expect(check.note).toBe('BarcodeDetector failed: NotSupportedError');
  });

  it('passes reads of the needed formats through, and skips others', async () => {
    const frame = new Blob();
    const works = fakeDetector([...ALL, 'pdf417'], (source) =>
      source === frame
        ? [
            { rawValue: 'ignored', format: 'pdf417' },
            { rawValue: '134567890123456789', format: 'code_128' },
          ]
        : [{ rawValue: 'PROBE', format: 'qr_code' }],
    );
    const check = await checkNativeDetector(works, ALL, () => PROBE);
    expect(check.note).toBe('BarcodeDetector passed its self-test');
    expect(await check.detector?.detect(frame)).toEqual({
      text: '134567890123456789',
      format: 'code_128',
    });
  });
});
