import {
  Binarizer,
  BinaryBitmap,
  BitArray,
  BitMatrix,
  LuminanceSource,
  UnsupportedOperationException,
} from '@zxing/library';

/** Turned a quarter clockwise: ZXing's finder scans rows, so it sees different runs. */
export function rotateMatrix(matrix: BitMatrix): BitMatrix {
  const width = matrix.getWidth();
  const height = matrix.getHeight();
  const rowSize = (height + 31) >> 5;
  const bits = new Int32Array(rowSize * width);
  let row = new BitArray(width);
  for (let y = 0; y < height; y++) {
    row = matrix.getRow(y, row);
    const words = row.getBitArray();
    const to = height - 1 - y;
    const word = to >> 5;
    const bit = 1 << (to & 31);
    for (let i = 0; i < words.length; i++) {
      let set = words[i] ?? 0;
      while (set !== 0) {
        const lowest = set & -set;
        const x = (i << 5) + 31 - Math.clz32(lowest);
        if (x < width) bits[x * rowSize + word] = (bits[x * rowSize + word] ?? 0) | bit;
        set ^= lowest;
      }
    }
  }
  return new BitMatrix(height, width, rowSize, bits);
}

/** A BinaryBitmap whose black matrix is the given one, for readers that take a bitmap. */
export function matrixBitmap(matrix: BitMatrix): BinaryBitmap {
  return new BinaryBitmap(new FixedBinarizer(matrix));
}

class FixedBinarizer extends Binarizer {
  constructor(private readonly matrix: BitMatrix) {
    super(new SizeOnlySource(matrix.getWidth(), matrix.getHeight()));
  }

  getBlackRow(y: number, row: BitArray): BitArray {
    return this.matrix.getRow(y, row);
  }

  getBlackMatrix(): BitMatrix {
    return this.matrix;
  }

  createBinarizer(): Binarizer {
    throw new UnsupportedOperationException('a fixed matrix has no source to re-binarise');
  }
}

/** Binarizer needs a source for its size; the pixels behind a fixed matrix are gone. */
class SizeOnlySource extends LuminanceSource {
  /** Public, as the base constructor is protected. */
  public constructor(width: number, height: number) {
    super(width, height);
  }

  getRow(): Uint8ClampedArray {
    throw new UnsupportedOperationException('no pixels behind a fixed matrix');
  }

  getMatrix(): Uint8ClampedArray {
    throw new UnsupportedOperationException('no pixels behind a fixed matrix');
  }

  invert(): LuminanceSource {
    throw new UnsupportedOperationException('no pixels behind a fixed matrix');
  }
}
