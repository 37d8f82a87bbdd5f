import { rgbaToGray, type GrayImage, type Rect } from '../../../lib/barcode/gray-image.ts';

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

/**
 * Reads the pixels inside `window` (a rectangle of the bitmap) as gray. Drawing only that part
 * spares converting pixels the decoder would not look at. One canvas is reused while the window
 * size stays put.
 */
export function bitmapToGray(bitmap: ImageBitmap, window: Rect): GrayImage {
  const { width, height } = window;
  if (!canvas || !context || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('The decode worker could not get a 2D canvas');
  }
  context.drawImage(bitmap, window.left, window.top, width, height, 0, 0, width, height);
  return rgbaToGray(context.getImageData(0, 0, width, height).data, width, height);
}

export function canReadBitmaps(): boolean {
  return typeof OffscreenCanvas === 'function';
}
