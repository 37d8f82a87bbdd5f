import { describe, expect, it } from 'vitest';
import {
  centreRect,
  columnsAsRows,
  crop,
  downscale,
  grayImage,
  halve,
  invert,
  quarterTurns,
  rgbaToGray,
  rotate,
  type GrayImage,
} from './gray-image.ts';

/** A width×height image whose pixel values are given row by row. */
function image(width: number, height: number, values: number[]): GrayImage {
  return { data: Uint8ClampedArray.from(values), width, height };
}

const pixels = (img: GrayImage) => [...img.data];

const ramp = (width: number, height: number) =>
  image(
    width,
    height,
    Array.from({ length: width * height }, (_, i) => i % 256),
  );

describe('rgbaToGray', () => {
  it('uses Java BufferedImageLuminanceSource weights, rounded', () => {
    const rgba = Uint8ClampedArray.from([
      255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 200, 30, 255,
    ]);
    expect(pixels(rgbaToGray(rgba, 4, 1))).toEqual([
      (306 * 255 + 0x200) >> 10,
      (601 * 255 + 0x200) >> 10,
      (117 * 255 + 0x200) >> 10,
      (306 * 10 + 601 * 200 + 117 * 30 + 0x200) >> 10,
    ]);
  });

  it('keeps grey pixels and makes fully transparent ones white', () => {
    const rgba = Uint8ClampedArray.from([0, 0, 0, 0, 77, 77, 77, 255, 0, 0, 0, 1]);
    expect(rgbaToGray(rgba, 3, 1)).toEqual(image(3, 1, [255, 77, 0]));
  });
});

describe('crop and centreRect', () => {
  it('copies a rectangle', () => {
    expect(crop(ramp(4, 3), { left: 1, top: 1, width: 2, height: 2 })).toEqual(
      image(2, 2, [5, 6, 9, 10]),
    );
  });

  it('refuses a rectangle outside the image', () => {
    expect(() => crop(ramp(4, 3), { left: 3, top: 0, width: 2, height: 1 })).toThrow(RangeError);
  });

  it('centres the scan window', () => {
    expect(centreRect(1280, 720, 0.8)).toEqual({ left: 128, top: 72, width: 1024, height: 576 });
    expect(centreRect(10, 10, 1)).toEqual({ left: 0, top: 0, width: 10, height: 10 });
  });
});

describe('invert', () => {
  it('maps v to 255 - v, also for a length that is no multiple of four', () => {
    expect(invert(image(5, 1, [0, 1, 128, 254, 255]))).toEqual(image(5, 1, [255, 254, 127, 1, 0]));
  });

  it('handles a view that does not start on a word boundary', () => {
    const data = Uint8ClampedArray.from([9, 0, 10, 20, 30, 40]).subarray(1);
    expect(pixels(invert({ data, width: 5, height: 1 }))).toEqual([255, 245, 235, 225, 215]);
  });
});

describe('rotate', () => {
  const source = image(3, 2, [1, 2, 3, 4, 5, 6]);

  it('turns a quarter clockwise', () => {
    expect(rotate(source, 1)).toEqual(image(2, 3, [4, 1, 5, 2, 6, 3]));
  });

  it('turns half way', () => {
    expect(rotate(source, 2)).toEqual(image(3, 2, [6, 5, 4, 3, 2, 1]));
  });

  it('turns three quarters clockwise', () => {
    expect(rotate(source, 3)).toEqual(image(2, 3, [3, 6, 2, 5, 1, 4]));
  });

  it('comes back after four quarter turns, and leaves 0 alone', () => {
    const big = ramp(7, 5);
    expect(rotate(rotate(rotate(rotate(big, 1), 1), 1), 1)).toEqual(big);
    expect(rotate(big, 0)).toBe(big);
  });
});

describe('quarterTurns', () => {
  it('turns clockwise degrees into quarter turns', () => {
    expect([0, 90, 180, 270, 360, -90].map(quarterTurns)).toEqual([0, 1, 2, 3, 0, 3]);
    expect(() => quarterTurns(45)).toThrow(RangeError);
  });
});

describe('columnsAsRows', () => {
  it('lays the chosen columns out as rows, top to bottom', () => {
    expect(columnsAsRows(image(3, 2, [1, 2, 3, 4, 5, 6]), [2, 0])).toEqual(
      image(2, 2, [3, 6, 1, 4]),
    );
  });
});

describe('downscaling by area average', () => {
  it('halves by averaging 2×2 blocks, rounding, dropping an odd last column', () => {
    expect(halve(image(5, 2, [0, 1, 10, 20, 99, 2, 2, 30, 41, 99]))).toEqual(
      // Block sums 5 and 101, plus 2 to round: 7 >> 2 and 103 >> 2.
      image(2, 1, [1, 25]),
    );
  });

  it('averages whole blocks for a whole factor', () => {
    const src = image(6, 3, [0, 3, 6, 9, 12, 15, 1, 4, 7, 10, 13, 16, 2, 5, 8, 11, 14, 17]);
    expect(downscale(src, 2, 1)).toEqual(image(2, 1, [4, 13]));
  });

  it('weighs partly covered pixels by the area they cover', () => {
    // 3 → 2: the outputs cover [0, 1.5) and [1.5, 3).
    expect(downscale(image(3, 1, [0, 90, 180]), 2, 1)).toEqual(image(2, 1, [30, 150]));
  });

  it('keeps a flat image flat and the mean of any image', () => {
    expect(pixels(downscale(grayImage(17, 11, 77), 5, 4))).toEqual(new Array(20).fill(77));
    const src = ramp(12, 12);
    const mean = (img: GrayImage) => pixels(img).reduce((a, b) => a + b, 0) / img.data.length;
    expect(mean(downscale(src, 5, 7))).toBeCloseTo(mean(src), 0);
  });

  it('only shrinks', () => {
    expect(() => downscale(ramp(4, 4), 5, 4)).toThrow(RangeError);
    const src = ramp(4, 4);
    expect(downscale(src, 4, 4)).toBe(src);
  });
});
