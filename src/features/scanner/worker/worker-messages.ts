import type { DecodedBarcode } from '../../../lib/barcode/decode-frame.ts';

/** Which decoder produced a read: the browser's BarcodeDetector or ZXing in the worker. */
export type ReadSource = 'native' | 'zxing';

/**
 * A frame travels to the worker without a copy: as an ImageBitmap, or as an RGBA buffer where the
 * worker cannot draw bitmaps (no OffscreenCanvas). Both are transferred, so the sender loses them.
 */
export type FramePayload =
  | { kind: 'bitmap'; bitmap: ImageBitmap }
  | { kind: 'rgba'; pixels: ArrayBuffer; width: number; height: number };

export type ToWorker = { type: 'decode'; id: number; frame: FramePayload };

export type WorkerCapabilities = {
  /** The worker can read ImageBitmap pixels itself (OffscreenCanvas). */
  bitmaps: boolean;
  /** Native BarcodeDetector passed its self-test and is used first. */
  native: boolean;
  /** Why native detection is off, for diagnostics. */
  nativeNote: string;
};

export type FromWorker =
  | { type: 'ready'; capabilities: WorkerCapabilities }
  | {
      type: 'decoded';
      id: number;
      read: (DecodedBarcode & { source: ReadSource }) | null;
      decodeMs: number;
    }
  /** A newer frame arrived while this one waited, so this one was dropped unread. */
  | { type: 'skipped'; id: number }
  | { type: 'failed'; id: number; message: string };
