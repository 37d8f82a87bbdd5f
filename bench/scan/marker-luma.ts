import { MARKER, MARKER_BLOCKS, VIDEO } from './marker.ts';

/** The marker strip's place in the video as it plays, which may be scaled from VIDEO's size. */
function markerGeometry(video: HTMLVideoElement) {
  const side = (MARKER.block * video.videoWidth) / VIDEO.width;
  const even = (n: number) => 2 * Math.ceil(n / 2);
  return { side, rect: { x: 0, y: 0, width: even(side * MARKER_BLOCKS), height: even(side) } };
}

/**
 * One luma sample from the middle of each marker block of the video's current frame. Copying a
 * small rectangle of the frame's Y plane costs far less than drawing the frame onto a canvas,
 * which is only the fallback for a frame WebCodecs cannot wrap or a format without a Y plane.
 */
export async function readMarkerLuma(video: HTMLVideoElement): Promise<number[]> {
  let frame: VideoFrame;
  try {
    frame = new VideoFrame(video);
  } catch {
    return drawnMarkerLuma(video);
  }
  try {
    if (!frame.format?.startsWith('I4') && frame.format !== 'NV12') return drawnMarkerLuma(video);
    const { side, rect } = markerGeometry(video);
    const buffer = new Uint8Array(frame.allocationSize({ rect }));
    const [luma] = await frame.copyTo(buffer, { rect });
    if (!luma) throw new Error(`No Y plane in a ${frame.format} frame`);
    const row = luma.offset + Math.floor(side / 2) * luma.stride;
    return Array.from({ length: MARKER_BLOCKS }, (_, b) => {
      return buffer[row + Math.floor((b + 0.5) * side)] ?? 0;
    });
  } finally {
    frame.close();
  }
}

const SAMPLE = 4;
let canvas: HTMLCanvasElement | null = null;

function drawnMarkerLuma(video: HTMLVideoElement): number[] {
  canvas ??= Object.assign(document.createElement('canvas'), {
    width: MARKER_BLOCKS * SAMPLE,
    height: SAMPLE,
  });
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas');
  const { side } = markerGeometry(video);
  context.drawImage(video, 0, 0, side * MARKER_BLOCKS, side, 0, 0, canvas.width, SAMPLE);
  const pixels = context.getImageData(0, SAMPLE / 2, canvas.width, 1).data;
  // Red stands for luma: the strip is grey.
  return Array.from(
    { length: MARKER_BLOCKS },
    (_, b) => pixels[(b * SAMPLE + SAMPLE / 2) * 4] ?? 0,
  );
}
