import { BinaryBitmap, Code128Reader, HybridBinarizer, RGBLuminanceSource } from '@zxing/library';
import { describe, expect, it } from 'vitest';
import { encodeCode128 } from './code128.ts';
import { decodeFrame } from './decode-frame.ts';
import { encodeQr } from './qr-matrix.ts';

function renderBars(widths: number[], moduleWidth = 3, quiet = 12, height = 40) {
  const modules = widths.reduce((sum, w) => sum + w, 0) + 2 * quiet;
  const width = modules * moduleWidth;
  const pixels = new Uint8ClampedArray(width * height).fill(255);
  let x = quiet * moduleWidth;
  widths.forEach((w, i) => {
    if (i % 2 === 0) {
      for (let px = x; px < x + w * moduleWidth; px++) {
        for (let y = 0; y < height; y++) pixels[y * width + px] = 0;
      }
    }
    x += w * moduleWidth;
  });
  return { pixels, width, height };
}

function renderQr(text: string, scale = 4, quiet = 4) {
  const matrix = encodeQr(text);
  const width = (matrix.size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(width * width).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const mx = Math.floor(x / scale) - quiet;
      const my = Math.floor(y / scale) - quiet;
      if (mx >= 0 && my >= 0 && mx < matrix.size && my < matrix.size && matrix.dark(mx, my)) {
        pixels[y * width + x] = 0;
      }
    }
  }
  return { pixels, width, height: width };
}

describe('Code 128 encoder', () => {
  it.each(['281234567890123456', '6212345678901234567', '1', 'SAOMA-42 test'])(
    'round-trips %j through the ZXing reader',
    (text) => {
      const { pixels, width, height } = renderBars(encodeCode128(text));
      const bitmap = new BinaryBitmap(
        new HybridBinarizer(new RGBLuminanceSource(pixels, width, height)),
      );
      expect(new Code128Reader().decode(bitmap).getText()).toBe(text);
    },
  );

  it('refuses text it cannot encode', () => {
    expect(() => encodeCode128('')).toThrow();
    expect(() => encodeCode128('付款码')).toThrow(/cannot encode/);
  });
});

describe('decodeFrame', () => {
  it('reads a QR code', () => {
    const { pixels, width, height } = renderQr('281234567890123456');
    expect(decodeFrame({ data: pixels, width: width, height: height })).toEqual({
      text: '281234567890123456',
      format: 'qr_code',
    });
  });

  it('reads a Code 128 barcode', () => {
    const { pixels, width, height } = renderBars(encodeCode128('134567890123456789'));
    expect(decodeFrame({ data: pixels, width: width, height: height })).toEqual({
      text: '134567890123456789',
      format: 'code_128',
    });
  });

  it('finds nothing in a blank frame, without throwing', () => {
    expect(
      decodeFrame({ data: new Uint8ClampedArray(200 * 100).fill(255), width: 200, height: 100 }),
    ).toBeNull();
  });
});
