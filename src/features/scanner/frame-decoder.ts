import { decodeLuminance, type DecodedCode } from '../../lib/barcode/decode.ts';
import { rgbaToLuminance } from '../../lib/barcode/luminance.ts';

const MAX_SIDE = 720;

/**
 * Decodes the scan window (the centre of the frame) of the current video frame. Loaded lazily,
 * so the decoder stays out of the initial bundle.
 */
export function decodeVideoFrame(
  video: HTMLVideoElement,
  canvas: HTMLCanvasElement,
): DecodedCode | null {
  const { videoWidth, videoHeight } = video;
  if (videoWidth === 0 || videoHeight === 0) return null;
  const cropWidth = Math.round(videoWidth * 0.8);
  const cropHeight = Math.round(videoHeight * 0.8);
  const scale = Math.min(1, MAX_SIDE / Math.max(cropWidth, cropHeight));
  const width = Math.round(cropWidth * scale);
  const height = Math.round(cropHeight * scale);
  // Resizing a canvas reallocates and clears it, so only do it when the frame size changes.
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(
    video,
    (videoWidth - cropWidth) / 2,
    (videoHeight - cropHeight) / 2,
    cropWidth,
    cropHeight,
    0,
    0,
    width,
    height,
  );
  const { data } = context.getImageData(0, 0, width, height);
  return decodeLuminance(rgbaToLuminance(data, width, height), width, height);
}
