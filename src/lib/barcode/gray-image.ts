/** One byte of luminance per pixel, row by row. */
export type GrayImage = {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
};

export type Rect = {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
};

export type QuarterTurns = 0 | 1 | 2 | 3;

export function grayImage(width: number, height: number, fill = 0): GrayImage {
  return { data: new Uint8ClampedArray(width * height).fill(fill), width, height };
}

/**
 * Java ZXing's BufferedImageLuminanceSource weights, so results match its blackbox tests. A
 * fully transparent pixel is white: transparent PNGs usually mean "paper" there.
 */
export function rgbaToGray(rgba: Uint8ClampedArray, width: number, height: number): GrayImage {
  const pixels = width * height;
  // The values never need clamping, and stores into a Uint8Array are the cheaper ones.
  const data = new Uint8Array(pixels);
  for (let i = 0, j = 0; i < pixels; i++, j += 4) {
    data[i] =
      rgba[j + 3] === 0
        ? 255
        : (306 * (rgba[j] ?? 0) + 601 * (rgba[j + 1] ?? 0) + 117 * (rgba[j + 2] ?? 0) + 0x200) >>
          10;
  }
  return { data: new Uint8ClampedArray(data.buffer), width, height };
}

export function crop(image: GrayImage, rect: Rect): GrayImage {
  const { left, top, width, height } = rect;
  if (left < 0 || top < 0 || left + width > image.width || top + height > image.height) {
    throw new RangeError('crop rectangle outside the image');
  }
  const data = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    const from = (top + y) * image.width + left;
    data.set(image.data.subarray(from, from + width), y * width);
  }
  return { data, width, height };
}

/** The centred rectangle covering `fraction` of each side. */
export function centreRect(width: number, height: number, fraction: number): Rect {
  const w = Math.max(1, Math.round(width * fraction));
  const h = Math.max(1, Math.round(height * fraction));
  return { left: (width - w) >> 1, top: (height - h) >> 1, width: w, height: h };
}

export function invert(image: GrayImage): GrayImage {
  const data = new Uint8ClampedArray(image.data.length);
  const src = image.data;
  // 255 - v is v XOR 0xff: flip four pixels per 32-bit word, then the tail.
  const words = src.length >> 2;
  if (src.byteOffset % 4 === 0) {
    const from = new Uint32Array(src.buffer, src.byteOffset, words);
    const to = new Uint32Array(data.buffer, 0, words);
    for (let i = 0; i < words; i++) to[i] = ~(from[i] ?? 0);
  } else {
    for (let i = 0; i < words * 4; i++) data[i] = 255 - (src[i] ?? 0);
  }
  for (let i = words * 4; i < src.length; i++) data[i] = 255 - (src[i] ?? 0);
  return { data, width: image.width, height: image.height };
}

/** Row i of the result is column `columns[i]` of the image, top to bottom. */
export function columnsAsRows(image: GrayImage, columns: readonly number[]): GrayImage {
  const { width, height, data: src } = image;
  const data = new Uint8ClampedArray(columns.length * height);
  columns.forEach((x, i) => {
    for (let y = 0; y < height; y++) data[i * height + y] = src[y * width + x] ?? 0;
  });
  return { data, width: height, height: columns.length };
}

export function quarterTurns(degrees: number): QuarterTurns {
  const turns = (((degrees / 90) % 4) + 4) % 4;
  if (turns === 0 || turns === 1 || turns === 2 || turns === 3) return turns;
  throw new RangeError(`${degrees}° is not a whole number of quarter turns`);
}

/** Rotates clockwise by quarter turns. */
export function rotate(image: GrayImage, turns: QuarterTurns): GrayImage {
  if (turns === 0) return image;
  const { width, height, data: src } = image;
  if (turns === 2) return { data: src.slice().reverse(), width, height };
  const data = new Uint8ClampedArray(src.length);
  // Output (x, y) of the width×height → height×width image, read along source columns.
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < height; x++) {
      const sx = turns === 1 ? y : width - 1 - y;
      const sy = turns === 1 ? height - 1 - x : x;
      data[y * height + x] = src[sy * width + sx] ?? 0;
    }
  }
  return { data, width: height, height: width };
}

/**
 * Area-average resampling to any smaller size: each output pixel is the mean of the source area
 * it covers, so thin bars blend into grey instead of disappearing as with point sampling.
 */
export function downscale(image: GrayImage, width: number, height: number): GrayImage {
  if (width > image.width || height > image.height || width < 1 || height < 1) {
    throw new RangeError('downscale only shrinks');
  }
  if (width === image.width && height === image.height) return image;
  const factor = image.width / width;
  if (factor === 2 && image.height === height * 2) return halve(image);
  if (Number.isInteger(factor) && image.height === height * factor) {
    return shrinkByWholeFactor(image, factor);
  }
  const columns = taps(image.width, width);
  const narrow = new Float32Array(image.height * width);
  const src = image.data;
  for (let y = 0; y < image.height; y++) {
    const from = y * image.width;
    const to = y * width;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let t = columns.offsets[x] ?? 0; t < (columns.offsets[x + 1] ?? 0); t++) {
        sum += (columns.weights[t] ?? 0) * (src[from + (columns.sources[t] ?? 0)] ?? 0);
      }
      narrow[to + x] = sum;
    }
  }
  const data = new Uint8ClampedArray(width * height);
  const rows = taps(image.height, height);
  const line = new Float32Array(width);
  for (let y = 0; y < height; y++) {
    line.fill(0);
    for (let t = rows.offsets[y] ?? 0; t < (rows.offsets[y + 1] ?? 0); t++) {
      const from = (rows.sources[t] ?? 0) * width;
      const weight = rows.weights[t] ?? 0;
      for (let x = 0; x < width; x++) line[x] = (line[x] ?? 0) + weight * (narrow[from + x] ?? 0);
    }
    data.set(line, y * width);
  }
  return { data, width, height };
}

/** Area average over 2×2 blocks; an odd last row or column is dropped. */
export function halve(image: GrayImage): GrayImage {
  const width = image.width >> 1;
  const height = image.height >> 1;
  const data = new Uint8ClampedArray(width * height);
  const src = image.data;
  const stride = image.width;
  for (let y = 0, o = 0; y < height; y++) {
    let i = 2 * y * stride;
    for (let x = 0; x < width; x++, i += 2) {
      const sum =
        (src[i] ?? 0) + (src[i + 1] ?? 0) + (src[i + stride] ?? 0) + (src[i + stride + 1] ?? 0);
      data[o++] = (sum + 2) >> 2;
    }
  }
  return { data, width, height };
}

function shrinkByWholeFactor(image: GrayImage, factor: number): GrayImage {
  const width = image.width / factor;
  const height = image.height / factor;
  const data = new Uint8ClampedArray(width * height);
  const sums = new Uint32Array(width);
  const src = image.data;
  const area = factor * factor;
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    for (let row = y * factor; row < (y + 1) * factor; row++) {
      const from = row * image.width;
      for (let x = 0, i = from; x < width; x++, i += factor) {
        let sum = sums[x] ?? 0;
        for (let k = 0; k < factor; k++) sum += src[i + k] ?? 0;
        sums[x] = sum;
      }
    }
    const to = y * width;
    for (let x = 0; x < width; x++) data[to + x] = (((sums[x] ?? 0) + (area >> 1)) / area) | 0;
  }
  return { data, width, height };
}

type Taps = { offsets: Uint32Array; sources: Uint32Array; weights: Float32Array };

/** For each of `size` output samples, the source samples it covers and their weights. */
function taps(sourceSize: number, size: number): Taps {
  const ratio = sourceSize / size;
  const offsets = new Uint32Array(size + 1);
  const sources: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < size; i++) {
    const start = i * ratio;
    const end = start + ratio;
    for (let s = Math.floor(start); s < Math.min(sourceSize, Math.ceil(end)); s++) {
      const weight = (Math.min(end, s + 1) - Math.max(start, s)) / ratio;
      if (weight > 1e-6) {
        sources.push(s);
        weights.push(weight);
      }
    }
    offsets[i + 1] = sources.length;
  }
  return { offsets, sources: Uint32Array.from(sources), weights: Float32Array.from(weights) };
}
