import {
  centreRect,
  downscale,
  grayImage,
  type GrayImage,
} from '../../src/lib/barcode/gray-image.ts';

export const FRAME_WIDTH = 1280;
export const FRAME_HEIGHT = 720;
/** The on-screen scan window: the centre 80 % of each side of the frame. */
export const SCAN_WINDOW = 0.8;
const BACKGROUND = 128;

/**
 * A 1280×720 camera-like frame: the image scaled to fill the scan window (area average when
 * shrinking, bilinear when enlarging), centred on a mid-grey background.
 */
export function frameFrom(image: GrayImage): GrayImage {
  const window = centreRect(FRAME_WIDTH, FRAME_HEIGHT, SCAN_WINDOW);
  const scale = Math.min(window.width / image.width, window.height / image.height);
  const width = Math.max(1, Math.floor(image.width * scale));
  const height = Math.max(1, Math.floor(image.height * scale));
  const fitted = scale < 1 ? downscale(image, width, height) : enlarge(image, width, height);
  const frame = grayImage(FRAME_WIDTH, FRAME_HEIGHT, BACKGROUND);
  const left = (FRAME_WIDTH - width) >> 1;
  const top = (FRAME_HEIGHT - height) >> 1;
  for (let y = 0; y < height; y++) {
    frame.data.set(
      fitted.data.subarray(y * width, (y + 1) * width),
      (top + y) * FRAME_WIDTH + left,
    );
  }
  return frame;
}

export function grayToRgba(image: GrayImage): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(image.data.length * 4);
  for (let i = 0, j = 0; i < image.data.length; i++, j += 4) {
    const value = image.data[i] ?? 0;
    rgba[j] = value;
    rgba[j + 1] = value;
    rgba[j + 2] = value;
    rgba[j + 3] = 255;
  }
  return rgba;
}

function enlarge(image: GrayImage, width: number, height: number): GrayImage {
  const out = grayImage(width, height);
  const src = image.data;
  const xRatio = image.width / width;
  const yRatio = image.height / height;
  for (let y = 0; y < height; y++) {
    const sy = Math.min(image.height - 1, Math.max(0, (y + 0.5) * yRatio - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(image.width - 1, Math.max(0, (x + 0.5) * xRatio - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const fx = sx - x0;
      const top =
        (src[y0 * image.width + x0] ?? 0) * (1 - fx) + (src[y0 * image.width + x1] ?? 0) * fx;
      const bottom =
        (src[y1 * image.width + x0] ?? 0) * (1 - fx) + (src[y1 * image.width + x1] ?? 0) * fx;
      out.data[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return out;
}
