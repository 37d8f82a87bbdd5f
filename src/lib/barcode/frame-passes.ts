import type { BinaryBitmap, BitMatrix } from '@zxing/library';
import { BinarizedImage } from './binarized-image.ts';
import { matrixBitmap, rotateMatrix } from './bit-matrix.ts';
import type { BarcodeFormatName, DecodedBarcode, DecodePass } from './decode-frame.ts';
import { columnsAsRows, halve, invert, type GrayImage } from './gray-image.ts';
import { readQr } from './qr-reader.ts';
import { middleOutRows, readRows, type RowFormat, type RowSource } from './row-reader.ts';

/** Images with a longer side above this are first tried halved (repeatedly) down to it. */
const DOWNSCALE_ABOVE = 640;
/** Java ZXing's OneDReader without TRY_HARDER: 15 rows, 1/32 of the height apart. */
const CHEAP_ROWS = { count: 15, spacing: 32 };
const HARD_ROWS = { count: 63, spacing: 64 };

/** The decode passes over one frame, sharing its binarisations. */
export class FramePasses {
  private readonly full: BinarizedImage;
  private readonly qr: boolean;
  /** Read on Java's histogram rows. */
  private readonly rowFormats: readonly RowFormat[];
  /**
   * Read on the extra rows too. EAN-13 stays out: there it costs a fifth of a no-code frame,
   * and on dense rows it reads codes in the false-positive images.
   */
  private readonly extraRowFormats: readonly RowFormat[];

  constructor(image: GrayImage, formats: readonly BarcodeFormatName[]) {
    this.full = new BinarizedImage(image);
    this.qr = formats.includes('qr_code');
    this.rowFormats = formats.filter((format): format is RowFormat => format !== 'qr_code');
    this.extraRowFormats = this.rowFormats.filter((format) => format === 'code_128');
  }

  run(pass: DecodePass): DecodedBarcode | null {
    switch (pass) {
      case 'downscaled':
        return this.downscaled();
      case 'hybrid':
        return this.allReaders(this.full.hybrid());
      case 'global':
        return this.qrCode(this.full.global());
      case 'rotated':
        return this.rotated();
      case 'inverted':
        // Binarised afresh: a flipped hybrid matrix reads far fewer inverted blackbox images,
        // as the binariser takes every flat block for white paper.
        return this.allReaders(new BinarizedImage(invert(this.full.image)).hybrid());
      case 'try-harder':
        return this.tryHarder();
    }
  }

  /** Big codes in a big frame: a quarter of the pixels, and modules nearer the 8 px blocks. */
  private downscaled(): DecodedBarcode | null {
    let image = this.full.image;
    if (Math.max(image.width, image.height) <= DOWNSCALE_ABOVE) return null;
    while (Math.max(image.width, image.height) > DOWNSCALE_ABOVE) image = halve(image);
    return this.qrCode(new BinarizedImage(image).hybrid());
  }

  /** QR on block thresholds; 1D on Java's row histograms, then on the block thresholds. */
  private allReaders(bitmap: BinaryBitmap): DecodedBarcode | null {
    const rows = spread(bitmap.getHeight(), CHEAP_ROWS);
    return (
      this.qrCode(bitmap) ??
      readRows(histogramRows(bitmap), rows, this.rowFormats) ??
      readRows(matrixRows(bitmap.getBlackMatrix()), rows, this.extraRowFormats)
    );
  }

  /** The hybrid matrix turned a quarter: other finder scan lines, and vertical barcodes. */
  private rotated(): DecodedBarcode | null {
    const matrix = rotateMatrix(this.full.hybrid().getBlackMatrix());
    const columns = spread(matrix.getHeight(), CHEAP_ROWS);
    const strip = new BinarizedImage(columnsAsRows(this.full.image, columns)).global();
    return (
      this.qrCode(matrixBitmap(matrix)) ??
      readRows(histogramRows(strip), [...columns.keys()], this.rowFormats) ??
      readRows(matrixRows(matrix), columns, this.extraRowFormats)
    );
  }

  /** Java's TRY_HARDER for QR (a finer finder search) on the cached matrix, and 4× the rows. */
  private tryHarder(): DecodedBarcode | null {
    const bitmap = this.full.hybrid();
    const rows = spread(bitmap.getHeight(), HARD_ROWS);
    return (
      (this.qr ? found(readQr(bitmap, true), 'qr_code') : null) ??
      readRows(histogramRows(bitmap), rows, this.extraRowFormats)
    );
  }

  private qrCode(bitmap: BinaryBitmap): DecodedBarcode | null {
    return this.qr ? found(readQr(bitmap), 'qr_code') : null;
  }
}

function spread(height: number, { count, spacing }: { count: number; spacing: number }) {
  return middleOutRows(height, Math.max(1, Math.floor(height / spacing)), count);
}

/** Java's 1D binarisation: each row thresholded on its own histogram, after sharpening. */
function histogramRows(bitmap: BinaryBitmap): RowSource {
  return (y, row) => bitmap.getBlackRow(y, row);
}

function matrixRows(matrix: BitMatrix): RowSource {
  return (y, row) => matrix.getRow(y, row);
}

function found(text: string | null, format: BarcodeFormatName): DecodedBarcode | null {
  return text === null ? null : { text, format };
}
