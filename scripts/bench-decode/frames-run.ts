import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  CHEAP_PASSES,
  decodeFrame,
  HARD_PASSES,
  passesForFrame,
  type DecodePass,
} from '../../src/lib/barcode/decode-frame.ts';
import { quarterTurns, rgbaToGray, rotate } from '../../src/lib/barcode/gray-image.ts';
import { loadBlackboxFolder } from './blackbox.ts';
import { FRAME_HEIGHT, FRAME_WIDTH, frameFrom, grayToRgba, SCAN_WINDOW } from './frame.ts';
import { Score, type ScoreSummary } from './score.ts';
import { mean, round } from './stats.ts';
import type { WasmReader } from './wasm-reader.ts';

type DecoderReport = ScoreSummary & {
  what: string;
  noCodeMeanMs?: number;
  meanFramesPerHit?: number;
};

export type FramesReport = {
  frame: string;
  setup: string;
  frames: number;
  decoders: Record<string, DecoderReport>;
  perFolder: Array<{ folder: string; frames: number; hits: Record<string, number> }>;
};

/** What a decoder made of one image: its text, and the ms of each camera frame it used. */
type Attempt = { text: string | null; frameMs: number[] };

type Decoder = { name: string; what: string; read: (rgba: Uint8ClampedArray) => Promise<Attempt> };

const WARM_UP_FRAMES = 8;

/**
 * Every image of the folders, at each rotation, as a 1280×720 camera frame; the decoders read
 * each frame in turn, all starting from the same RGBA pixels.
 */
export async function runFrames(
  dirs: readonly string[],
  rotationsOf: (dir: string) => readonly number[],
  wasm: WasmReader | null,
  inverted: boolean,
): Promise<FramesReport> {
  const decoders = [
    oneFrame('saoma-cheap', `decodeFrame, passes ${CHEAP_PASSES.join(', ')} only`, CHEAP_PASSES),
    oneFrame('saoma-full', 'decodeFrame, full cascade: every pass on one frame', undefined),
    live(),
    ...(wasm ? [wasmDecoder(wasm)] : []),
  ];
  const totals = new Map(decoders.map(({ name }) => [name, new Score()]));
  const framesPerHit = new Map(decoders.map(({ name }) => [name, [] as number[]]));
  const perFolder: FramesReport['perFolder'] = [];
  await warmUp(dirs[0], decoders);
  for (const dir of dirs) {
    const folder = basename(dir);
    const scores = new Map(decoders.map(({ name }) => [name, new Score()]));
    const cases = loadBlackboxFolder(dir, inverted);
    for (const rotation of rotationsOf(dir)) {
      process.stderr.write(`1280×720 frames: ${folder} ${rotation}°\n`);
      for (const { image, expected } of cases) {
        const rgba = grayToRgba(frameFrom(rotate(image, quarterTurns(rotation))));
        for (const { name, read } of decoders) {
          const { text, frameMs } = await read(rgba);
          scores.get(name)?.add(expected, text, frameMs);
          totals.get(name)?.add(expected, text, frameMs);
          if (text !== null && text === expected) framesPerHit.get(name)?.push(frameMs.length);
        }
      }
    }
    perFolder.push({
      folder,
      frames: scores.get('saoma-full')?.images ?? 0,
      hits: Object.fromEntries([...scores].map(([name, score]) => [name, score.hits])),
    });
  }
  return {
    frame: `${FRAME_WIDTH}×${FRAME_HEIGHT}`,
    setup:
      'Each image, at each rotation of its folder, scaled to fill the centre ' +
      `${SCAN_WINDOW * 100} % scan window of a mid-grey frame. Ours: rgbaToGray + decodeFrame ` +
      `(window ${SCAN_WINDOW}); zxing-wasm: readBarcodes on the whole RGBA frame. Times are per ` +
      `camera frame; the first ${WARM_UP_FRAMES} images are decoded once beforehand, uncounted, ` +
      'to warm up the JIT.',
    frames: totals.get('saoma-full')?.images ?? 0,
    decoders: Object.fromEntries(
      decoders.map(({ name, what }) => {
        const score = totals.get(name) ?? new Score();
        const frames = framesPerHit.get(name) ?? [];
        const report: DecoderReport = {
          what,
          ...score.summary(),
          noCodeMeanMs: score.noCodeMeanMs(),
        };
        if (name === 'saoma-live') report.meanFramesPerHit = round(mean(frames));
        return [name, report];
      }),
    ),
    perFolder,
  };
}

function oneFrame(name: string, what: string, passes: readonly DecodePass[] | undefined): Decoder {
  return {
    name,
    what,
    read: (rgba) => {
      const start = performance.now();
      const text = decodeRgba(rgba, passes);
      return Promise.resolve({ text, frameMs: [performance.now() - start] });
    },
  };
}

/** The image held in view over consecutive frames, each frame running passesForFrame(n). */
function live(): Decoder {
  let frameNumber = 0;
  return {
    name: 'saoma-live',
    what:
      'decodeFrame with passesForFrame(n) on consecutive frames of the same image, until read ' +
      `or ${HARD_PASSES.length} frames: the worker's schedule; ms per frame`,
    read: (rgba) => {
      const frameMs: number[] = [];
      let text: string | null = null;
      while (text === null && frameMs.length < HARD_PASSES.length) {
        const start = performance.now();
        text = decodeRgba(rgba, passesForFrame(frameNumber++));
        frameMs.push(performance.now() - start);
      }
      return Promise.resolve({ text, frameMs });
    },
  };
}

function wasmDecoder(wasm: WasmReader): Decoder {
  return {
    name: 'zxing-wasm',
    what: 'zxing-wasm readBarcodes, formats QRCode, Code128, EAN13, other options at defaults',
    read: async (rgba) => {
      const start = performance.now();
      const text = await wasm(rgba, FRAME_WIDTH, FRAME_HEIGHT);
      return { text, frameMs: [performance.now() - start] };
    },
  };
}

function decodeRgba(rgba: Uint8ClampedArray, passes: readonly DecodePass[] | undefined) {
  const gray = rgbaToGray(rgba, FRAME_WIDTH, FRAME_HEIGHT);
  return decodeFrame(gray, { window: SCAN_WINDOW, ...(passes && { passes }) })?.text ?? null;
}

async function warmUp(dir: string | undefined, decoders: readonly Decoder[]): Promise<void> {
  if (dir === undefined) return;
  for (const { image } of loadBlackboxFolder(dir).slice(0, WARM_UP_FRAMES)) {
    const rgba = grayToRgba(frameFrom(image));
    for (const decoder of decoders) await decoder.read(rgba);
  }
}
