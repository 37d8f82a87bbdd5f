import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DECODE_PASSES, decodeFrame, type DecodePass } from '../../src/lib/barcode/decode-frame.ts';
import { quarterTurns, rotate, type GrayImage } from '../../src/lib/barcode/gray-image.ts';
import { loadBlackboxFolder } from './blackbox.ts';
import { frameFrom, SCAN_WINDOW } from './frame.ts';
import { mean, round } from './stats.ts';

type PassTally = { reads: number; misreads: number; noCodeMs?: number };

export type PassesReport = {
  what: string;
  images: Record<string, PassTally>;
  frames1280: Record<string, PassTally>;
};

/** Passes that reuse the hybrid binarisation of the 'hybrid' pass: timed on top of it. */
const ON_HYBRID: readonly DecodePass[] = ['rotated', 'try-harder'];

/**
 * What each pass adds in cascade order: every read is credited to the first pass that makes it,
 * and each pass is timed on the images without a code, where the whole cascade runs.
 */
export function runPasses(
  dirs: readonly string[],
  rotationsOf: (dir: string) => readonly number[],
  inverted: boolean,
): PassesReport {
  const images = tallies();
  const frames = tallies();
  for (const dir of dirs) {
    const cases = loadBlackboxFolder(dir, inverted);
    for (const rotation of rotationsOf(dir)) {
      process.stderr.write(`passes: ${basename(dir)} ${rotation}°\n`);
      for (const { image, expected } of cases) {
        const rotated = rotate(image, quarterTurns(rotation));
        credit(images, rotated, 1, expected);
        credit(frames, frameFrom(rotated), SCAN_WINDOW, expected);
      }
    }
  }
  return {
    what:
      'reads: images first read by that pass, in cascade order; misreads: wrong texts it ' +
      'returned first; noCodeMs: its mean ms on images without a code (rotated and ' +
      'try-harder on top of the hybrid pass, whose binarisation they reuse)',
    images: summary(images),
    frames1280: summary(frames),
  };
}

type Tally = { reads: number; misreads: number; noCodeMs: number[] };
type Tallies = Map<DecodePass, Tally>;

function tallies(): Tallies {
  return new Map(DECODE_PASSES.map((pass) => [pass, { reads: 0, misreads: 0, noCodeMs: [] }]));
}

function credit(tallies: Tallies, image: GrayImage, window: number, expected: string | null): void {
  const decode = (passes: readonly DecodePass[]) => decodeFrame(image, { window, passes });
  if (expected === null) {
    const hybridMs = time(() => decode(['hybrid']));
    for (const pass of DECODE_PASSES) {
      const ms = ON_HYBRID.includes(pass)
        ? time(() => decode(['hybrid', pass])) - hybridMs
        : time(() => decode([pass]));
      tallies.get(pass)?.noCodeMs.push(ms);
    }
  }
  for (const pass of DECODE_PASSES) {
    const text = decode([pass])?.text;
    const tally = tallies.get(pass);
    if (text === undefined || !tally) continue;
    if (text === expected) tally.reads++;
    else tally.misreads++;
    return;
  }
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function summary(tallies: Tallies): Record<string, PassTally> {
  return Object.fromEntries(
    [...tallies].map(([pass, { reads, misreads, noCodeMs }]) => [
      pass,
      { reads, misreads, ...(noCodeMs.length > 0 && { noCodeMs: round(mean(noCodeMs)) }) },
    ]),
  );
}
