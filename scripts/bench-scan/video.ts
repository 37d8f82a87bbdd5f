import {
  MARKER,
  MARKER_BLOCKS,
  MAX_FRAMES,
  VIDEO,
  markerBlockLit,
} from '../../bench/scan/marker.ts';
import { qrImage, writeY4mSequence, type LumaImage } from '../../e2e/support/y4m.ts';

export type VideoPlan = { path: string; code: string; leadFrames: number; codeFrames: number };

/**
 * Writes the fake camera's video: `leadFrames` of a light, empty scene, then `codeFrames` of the
 * payment code as a QR, each frame stamped with the marker strip. Chromium loops the file.
 */
export async function writeBenchVideo(plan: VideoPlan): Promise<void> {
  const total = plan.leadFrames + plan.codeFrames;
  if (total > MAX_FRAMES) throw new Error(`The video is at most ${MAX_FRAMES} frames`);
  const withCode = qrImage(plan.code, VIDEO.width, VIDEO.height);
  const empty: LumaImage = { ...withCode, luma: new Uint8Array(withCode.luma.length).fill(235) };
  await writeY4mSequence(plan.path, total, (index) => {
    const scene = index < plan.leadFrames ? empty : withCode;
    const frame: LumaImage = { ...scene, luma: Uint8Array.from(scene.luma) };
    stampMarker(frame, index, plan.leadFrames);
    return frame;
  });
}

function stampMarker(frame: LumaImage, index: number, codeFrom: number): void {
  const { block, dark, light } = MARKER;
  for (let b = 0; b < MARKER_BLOCKS; b++) {
    const value = markerBlockLit(b, index, codeFrom) ? light : dark;
    for (let y = 0; y < block; y++) {
      const row = y * frame.width + b * block;
      frame.luma.fill(value, row, row + block);
    }
  }
}
