import { open, writeFile } from 'node:fs/promises';
import { encodeCode128 } from '../../src/lib/barcode/code128.ts';
import { qrModules } from './qr-matrix.ts';

/** A grayscale picture: one luma byte per pixel. */
export type LumaImage = { width: number; height: number; luma: Uint8Array };

function blank(width: number, height: number): LumaImage {
  return { width, height, luma: new Uint8Array(width * height).fill(235) };
}

/** A QR code of `text`, centred on a light background, as a phone screen would show it. */
export function qrImage(text: string, width = 640, height = 480): LumaImage {
  const image = blank(width, height);
  const matrix = qrModules(text);
  const quiet = 4;
  const scale = Math.floor((Math.min(width, height) * 0.7) / (matrix.size + 2 * quiet));
  const side = (matrix.size + 2 * quiet) * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - quiet;
      const my = Math.floor(y / scale) - quiet;
      const dark =
        mx >= 0 && my >= 0 && mx < matrix.size && my < matrix.size && matrix.dark(mx, my);
      image.luma[(top + y) * width + left + x] = dark ? 16 : 255;
    }
  }
  return image;
}

/** A Code 128 barcode of `text`, centred, with quiet zones. */
export function code128Image(text: string, width = 640, height = 480): LumaImage {
  const image = blank(width, height);
  const widths = encodeCode128(text);
  const modules = widths.reduce((sum, w) => sum + w, 0) + 20;
  const scale = Math.max(1, Math.floor((width * 0.75) / modules));
  const barHeight = Math.floor(height * 0.3);
  const left = Math.floor((width - modules * scale) / 2);
  const top = Math.floor((height - barHeight) / 2);
  for (let y = top - 10; y < top + barHeight + 10; y++) {
    image.luma.fill(255, y * width + left, y * width + left + modules * scale);
  }
  let x = left + 10 * scale;
  widths.forEach((w, i) => {
    if (i % 2 === 0) {
      for (let y = top; y < top + barHeight; y++)
        image.luma.fill(16, y * width + x, y * width + x + w * scale);
    }
    x += w * scale;
  });
  return image;
}

/**
 * Writes a Y4M video that Chromium's fake camera loops. The colour tag must be the plain `C420`
 * (ffmpeg's `C420mpeg2` is refused by Chromium).
 */
export async function writeY4m(path: string, image: LumaImage, frames = 5): Promise<void> {
  const { width, height, luma } = image;
  const header = y4mHeader(width, height);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), Buffer.from(luma), chroma]);
  await writeFile(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

/**
 * Writes a 30 fps grey Y4M video whose frame `i` is `frameAt(i)`, one frame at a time, so that a
 * long 720p sequence never sits in memory whole.
 */
export async function writeY4mSequence(
  path: string,
  frameCount: number,
  frameAt: (index: number) => LumaImage,
): Promise<void> {
  const file = await open(path, 'w');
  try {
    let size: { width: number; height: number } | null = null;
    let chroma = Buffer.alloc(0);
    for (let index = 0; index < frameCount; index++) {
      const { width, height, luma } = frameAt(index);
      if (size === null) {
        size = { width, height };
        chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
        await file.write(y4mHeader(width, height));
      } else if (width !== size.width || height !== size.height) {
        throw new Error(`Frame ${index} is ${width}×${height}, not ${size.width}×${size.height}`);
      }
      await file.writev([Buffer.from('FRAME\n', 'ascii'), luma, chroma]);
    }
  } finally {
    await file.close();
  }
}

function y4mHeader(width: number, height: number): Buffer {
  if (width % 2 !== 0 || height % 2 !== 0) throw new Error('Y4M 4:2:0 needs even dimensions');
  return Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420\n`, 'ascii');
}
