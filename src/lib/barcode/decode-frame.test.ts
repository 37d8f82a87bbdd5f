import {
  BinaryBitmap,
  Code128Reader,
  HybridBinarizer,
  NotFoundException,
  RGBLuminanceSource,
} from '@zxing/library';
import { describe, expect, it } from 'vitest';
import { encodeCode128 } from './code128.ts';
import {
  CHEAP_PASSES,
  DECODE_PASSES,
  decodeFrame,
  HARD_PASSES,
  passesForFrame,
} from './decode-frame.ts';
import { grayImage, invert, rotate, type GrayImage } from './gray-image.ts';
import {
  barsImage,
  code128Image,
  ean13Widths,
  placeOn,
  qrImage,
} from './test-support/synthetic-codes.ts';

const PAYMENT_CODE = '281234567890123456';

describe('decodeFrame', () => {
  it('reads a QR code', () => {
    expect(decodeFrame(qrImage(PAYMENT_CODE))).toEqual({ text: PAYMENT_CODE, format: 'qr_code' });
  });

  it('reads a Code 128 barcode', () => {
    expect(decodeFrame(code128Image(PAYMENT_CODE))).toEqual({
      text: PAYMENT_CODE,
      format: 'code_128',
    });
  });

  it('reads an EAN-13 barcode', () => {
    expect(decodeFrame(barsImage(ean13Widths('5901234123457')))).toEqual({
      text: '5901234123457',
      format: 'ean_13',
    });
  });

  it('reads Code 128 behind another bar, which @zxing/library 0.23 alone misses', () => {
    const image = barsImage([2, 14, ...encodeCode128(PAYMENT_CODE)]);
    const bitmap = new BinaryBitmap(
      new HybridBinarizer(new RGBLuminanceSource(image.data, image.width, image.height)),
    );
    expect(() => new Code128Reader().decode(bitmap)).toThrow(NotFoundException);
    expect(decodeFrame(image)?.text).toBe(PAYMENT_CODE);
  });

  it('reads a light-on-dark QR code in the inverted pass only', () => {
    const image = invert(qrImage(PAYMENT_CODE));
    const allButInverted = DECODE_PASSES.filter((pass) => pass !== 'inverted');
    expect(decodeFrame(image, { passes: allButInverted })).toBeNull();
    expect(decodeFrame(image, { passes: ['inverted'] })?.text).toBe(PAYMENT_CODE);
    expect(decodeFrame(image)?.text).toBe(PAYMENT_CODE);
  });

  it('reads a vertical barcode in the rotated pass', () => {
    const image = rotate(code128Image(PAYMENT_CODE), 1);
    expect(decodeFrame(image, { passes: CHEAP_PASSES })).toBeNull();
    expect(decodeFrame(image, { passes: ['rotated'] })).toEqual({
      text: PAYMENT_CODE,
      format: 'code_128',
    });
  });

  it('reads a big QR code in a 1280×720 frame from the downscaled pass', () => {
    const frame = placeOn(
      grayImage(1280, 720, 200),
      qrImage(PAYMENT_CODE, { module: 12 }),
      400,
      100,
    );
    expect(decodeFrame(frame, { window: 0.8, passes: ['downscaled'] })?.text).toBe(PAYMENT_CODE);
  });

  it('searches only the centred window it is given', () => {
    const frame = placeOn(grayImage(800, 600, 255), qrImage(PAYMENT_CODE), 0, 0);
    expect(decodeFrame(frame)?.text).toBe(PAYMENT_CODE);
    expect(decodeFrame(frame, { window: 0.5 })).toBeNull();
  });

  it('reads only the formats asked for', () => {
    expect(decodeFrame(qrImage(PAYMENT_CODE), { formats: ['code_128', 'ean_13'] })).toBeNull();
    expect(decodeFrame(code128Image(PAYMENT_CODE), { formats: ['qr_code'] })).toBeNull();
  });

  it('finds nothing, without throwing, in blank and noisy frames', () => {
    expect(decodeFrame(grayImage(640, 480, 255))).toBeNull();
    expect(decodeFrame(noise(640, 480))).toBeNull();
  });
});

describe('passesForFrame', () => {
  it('adds one hard pass per frame to the cheap ones, in turn', () => {
    const frames = [0, 1, 2, 3, 4].map(passesForFrame);
    expect(frames.map((passes) => passes.slice(0, CHEAP_PASSES.length))).toEqual(
      frames.map(() => CHEAP_PASSES),
    );
    expect(frames.map((passes) => passes.slice(CHEAP_PASSES.length))).toEqual([
      ...HARD_PASSES.map((pass) => [pass]),
      [HARD_PASSES[0]],
    ]);
  });
});

function noise(width: number, height: number): GrayImage {
  const image = grayImage(width, height);
  let seed = 42;
  for (let i = 0; i < image.data.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    image.data[i] = seed >>> 24;
  }
  return image;
}
