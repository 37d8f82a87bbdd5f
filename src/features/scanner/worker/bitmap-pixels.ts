import { rgbaToGray, type GrayImage } from '../../../lib/barcode/gray-image.ts';

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

/** Reads an ImageBitmap's pixels as gray, reusing one canvas while the frame size stays put. */
export function bitmapToGray(bitmap: ImageBitmap): GrayImage {
  const { width, height } = bitmap;
  if (!canvas || !context || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('The decode worker could not get a 2D canvas');
  }
  context.drawImage(bitmap, 0, 0);
  return rgbaToGray(context.getImageData(0, 0, width, height).data, width, height);
}

export function canReadBitmaps(): boolean {
  return typeof OffscreenCanvas === 'function';
}
