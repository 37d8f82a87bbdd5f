/**
 * The benchmark video carries a marker strip in its top-left corner, in blocks: block 0 is always
 * white (a black or blank frame is not a camera frame), block 1 turns from dark to white on the
 * frame the payment code appears, and blocks 2..9 spell the frame's index in binary (white is 1,
 * least significant first), so the page can tell which frame it sees even when it misses some.
 */
export const VIDEO = { width: 1280, height: 720, fps: 30 } as const;
export const MARKER = { block: 32, indexBits: 8, dark: 16, light: 235 } as const;
export const MARKER_BLOCKS = 2 + MARKER.indexBits;
export const MAX_FRAMES = 2 ** MARKER.indexBits;

/** Is marker block `block` white in frame `index` of a video whose code starts at `codeFrom`? */
export function markerBlockLit(block: number, index: number, codeFrom: number): boolean {
  if (block === 0) return true;
  if (block === 1) return index >= codeFrom;
  return ((index >> (block - 2)) & 1) === 1;
}

/** Reads the marker from one luma sample per block; null for a frame that has none. */
export function readMarker(
  blockLuma: readonly number[],
): { codeVisible: boolean; index: number } | null {
  const lit = (block: number) => (blockLuma[block] ?? 0) > (MARKER.dark + MARKER.light) / 2;
  if (!lit(0)) return null;
  let index = 0;
  for (let bit = 0; bit < MARKER.indexBits; bit++) {
    if (lit(bit + 2)) index |= 1 << bit;
  }
  return { codeVisible: lit(1), index };
}
