import {
  BinaryBitmap,
  GlobalHistogramBinarizer,
  HybridBinarizer,
  RGBLuminanceSource,
} from '@zxing/library';
import type { GrayImage } from './gray-image.ts';

/**
 * One image with its two ZXing binarisations, made on first use. A BinaryBitmap caches its
 * black matrix, so a later pass (TRY_HARDER, local-threshold rows) reuses the binarisation.
 */
export class BinarizedImage {
  private hybridBitmap: BinaryBitmap | undefined;
  private globalBitmap: BinaryBitmap | undefined;

  constructor(readonly image: GrayImage) {}

  /** Local (8×8 block) thresholds for 2D; its rows use Java's global-histogram row binariser. */
  hybrid(): BinaryBitmap {
    this.hybridBitmap ??= new BinaryBitmap(new HybridBinarizer(this.source()));
    return this.hybridBitmap;
  }

  /** One threshold for the whole image. */
  global(): BinaryBitmap {
    this.globalBitmap ??= new BinaryBitmap(new GlobalHistogramBinarizer(this.source()));
    return this.globalBitmap;
  }

  private source(): RGBLuminanceSource {
    return new RGBLuminanceSource(this.image.data, this.image.width, this.image.height);
  }
}
