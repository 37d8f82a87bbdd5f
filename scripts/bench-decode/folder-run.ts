import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { decodeFrame } from '../../src/lib/barcode/decode-frame.ts';
import { quarterTurns, rotate } from '../../src/lib/barcode/gray-image.ts';
import { loadBlackboxFolder } from './blackbox.ts';
import { grayToRgba } from './frame.ts';
import { javaTarget } from './java-must-pass.ts';
import { Score } from './score.ts';
import type { WasmReader } from './wasm-reader.ts';

export type FolderReport = ReturnType<Score['summary']> & {
  folder: string;
  rotation: number;
  java?: { mustPass: number; allowedFalse: number; tryHarder?: number; pass: boolean };
  zxingWasm?: ReturnType<Score['summary']>;
};

/** Every image of a blackbox folder at each rotation, whole image, full cascade. */
export async function runFolder(
  dir: string,
  rotations: readonly number[],
  wasm: WasmReader | null,
  inverted: boolean,
): Promise<FolderReport[]> {
  const folder = basename(dir);
  const cases = loadBlackboxFolder(dir, inverted);
  const reports: FolderReport[] = [];
  for (const rotation of rotations) {
    const ours = new Score();
    const theirs = new Score();
    for (const { image, expected } of cases) {
      const rotated = rotate(image, quarterTurns(rotation));
      const start = performance.now();
      const text = decodeFrame(rotated)?.text ?? null;
      ours.add(expected, text, performance.now() - start);
      if (wasm) {
        const rgba = grayToRgba(rotated);
        const wasmStart = performance.now();
        const wasmText = await wasm(rgba, rotated.width, rotated.height);
        theirs.add(expected, wasmText, performance.now() - wasmStart);
      }
    }
    const summary = ours.summary();
    // Java's counts are for the images as they are.
    const target = inverted ? null : javaTarget(folder, rotation);
    const java = target && {
      ...target,
      pass: summary.hits >= target.mustPass && summary.falsePositives <= target.allowedFalse,
    };
    reports.push({
      folder,
      rotation,
      ...summary,
      ...(java && { java }),
      ...(wasm && { zxingWasm: theirs.summary() }),
    });
    process.stderr.write(
      `${folder} ${rotation}°: ${summary.hits}/${summary.images}` +
        `${java ? ` (Java ${java.mustPass}) ${java.pass ? 'ok' : 'FAIL'}` : ''}\n`,
    );
  }
  return reports;
}
