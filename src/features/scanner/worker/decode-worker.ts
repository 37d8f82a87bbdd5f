import {
  decodeFrame,
  passesForFrame,
  type BarcodeFormatName,
  type DecodedBarcode,
} from '../../../lib/barcode/decode-frame.ts';
import { centreRect, rgbaToGray } from '../../../lib/barcode/gray-image.ts';
import { bitmapToGray, canReadBitmaps } from './bitmap-pixels.ts';
import {
  checkNativeDetector,
  type BarcodeDetectorClass,
  type NativeDetector,
} from './native-detector.ts';
import { makeNativeProbe } from './native-probe.ts';
import type { FramePayload, FromWorker, ToWorker, WorkerCapabilities } from './worker-messages.ts';

/**
 * The decode worker. It reads one frame at a time; a frame that arrives while another is being
 * read waits in a single slot, and a newer one replaces it, so the worker never works through a
 * backlog of stale frames.
 */

const FORMATS: readonly BarcodeFormatName[] = ['qr_code', 'code_128', 'ean_13'];
/** The on-screen scan window: the centre 80 % of each side of the frame. */
const SCAN_WINDOW = 0.8;

// In a dedicated worker, `self.postMessage(message)` answers the page. The app is typed with the
// DOM library, where this call matches Window's (message, options?) form, which has the same shape.
const post = (message: FromWorker) => self.postMessage(message);

let native: NativeDetector | null = null;
const ready = start();

async function start(): Promise<void> {
  const bitmaps = canReadBitmaps();
  const detectorClass = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  const check = bitmaps
    ? await checkNativeDetector(detectorClass, FORMATS, makeNativeProbe)
    : { detector: null, note: 'No OffscreenCanvas for the BarcodeDetector self-test' };
  native = check.detector;
  const capabilities: WorkerCapabilities = {
    bitmaps,
    native: native !== null,
    nativeNote: check.note,
  };
  post({ type: 'ready', capabilities });
}

let busy = false;
let waiting: ToWorker | null = null;

globalThis.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  if (waiting) {
    release(waiting.frame);
    post({ type: 'skipped', id: waiting.id });
  }
  waiting = event.data;
  if (!busy) void drain();
});

async function drain(): Promise<void> {
  busy = true;
  await ready;
  while (waiting) {
    const message = waiting;
    waiting = null;
    post(await read(message));
  }
  busy = false;
}

async function read({ id, frame }: ToWorker): Promise<FromWorker> {
  const started = performance.now();
  try {
    const fromNative = await readNatively(frame);
    const found = fromNative
      ? { ...fromNative, source: 'native' as const }
      : withSource(readWithZxing(frame));
    return { type: 'decoded', id, read: found, decodeMs: performance.now() - started };
  } catch (error) {
    return { type: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  } finally {
    release(frame);
  }
}

function withSource<T extends object>(decoded: T | null): (T & { source: 'zxing' }) | null {
  return decoded ? { ...decoded, source: 'zxing' } : null;
}

async function readNatively(frame: FramePayload) {
  if (!native) return null;
  try {
    return await native.detect(frame.kind === 'bitmap' ? frame.bitmap : toImageData(frame));
  } catch {
    // A detector that throws once is not trusted again; ZXing reads every frame from now on.
    native = null;
    return null;
  }
}

function toImageData(frame: Extract<FramePayload, { kind: 'rgba' }>): ImageData {
  return new ImageData(new Uint8ClampedArray(frame.pixels), frame.width, frame.height);
}

let frameNumber = 0;

/** ZXing's cheap passes on every frame, plus one of the hard passes in turn (SCANNER.md). */
function readWithZxing(frame: FramePayload): DecodedBarcode | null {
  const passes = passesForFrame(frameNumber++);
  if (frame.kind === 'bitmap') {
    const window = centreRect(frame.bitmap.width, frame.bitmap.height, SCAN_WINDOW);
    return decodeFrame(bitmapToGray(frame.bitmap, window), { formats: FORMATS, passes });
  }
  const gray = rgbaToGray(new Uint8ClampedArray(frame.pixels), frame.width, frame.height);
  return decodeFrame(gray, { formats: FORMATS, passes, window: SCAN_WINDOW });
}

function release(frame: FramePayload): void {
  if (frame.kind === 'bitmap') frame.bitmap.close();
}
