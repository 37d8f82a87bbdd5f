import type { BarcodeFormatName } from '../../../lib/barcode/decode-frame.ts';
import { t } from '../../../lib/i18n/translate.ts';
import type { CameraProblem } from '../camera/camera-errors.ts';
import type { CameraDevice } from '../camera/choose-camera.ts';
import { openCamera, stopStream } from '../camera/open-camera.ts';
import { rememberedCamera } from '../camera/remembered-camera.ts';
import { preferContinuousFocus } from '../camera/track-controls.ts';
import type { ScannedCode } from '../../../../protocol/scanned-code.ts';
import { ScanFilter, type FrameRead } from '../validation/scan-filter.ts';
import { DecodeWorkerClient, type WorkerAnswer } from '../worker/decode-worker-client.ts';
import type { WorkerCapabilities } from '../worker/worker-messages.ts';
import { FramePump } from './frame-pump.ts';

export type AcceptedScan = { scanned: ScannedCode; format: BarcodeFormatName };

/** A payment scanner: only payment codes are accepted; anything else is refused on the spot. */
export type PaymentScanHandlers = {
  onScan: (scan: AcceptedScan) => void;
  onRefusal?: (message: string) => void;
};

/** A scanner for other codes (the pairing QR): each verified read, unjudged. */
export type TextScanHandlers = { onText: (read: FrameRead) => void };

export type ScanSessionOptions = {
  video: HTMLVideoElement;
  /** The camera to use; null or absent picks the remembered or best back camera. */
  deviceId?: string | null;
  /** The scanner stopped after it had started (the worker died, the camera was unplugged). */
  onFailure?: (problem: CameraProblem | 'decoder', message: string) => void;
} & (PaymentScanHandlers | TextScanHandlers);

export type ScanSession = {
  track: MediaStreamTrack;
  deviceId: string | undefined;
  cameras: CameraDevice[];
  decoder: WorkerCapabilities;
  stop(): void;
};

/**
 * One scanning run: opens the camera, plays it into the video element, pumps frames to the
 * decode worker and turns its reads into validated, de-duplicated scans. `stop` releases the
 * camera tracks; the page's one decode worker stays up for the next session.
 */
export async function startScanSession(options: ScanSessionOptions): Promise<ScanSession> {
  const { video } = options;
  const starting = DecodeWorkerClient.shared();
  // Awaited below; a failure here is reported there, or on the next session's start.
  starting.catch(() => undefined);
  const camera = await openCamera(options.deviceId ?? rememberedCamera());
  const { stream, track } = camera;
  let decoder: DecodeWorkerClient;
  try {
    decoder = await starting;
  } catch (error) {
    stopStream(stream);
    throw error;
  }
  void preferContinuousFocus(track);
  video.srcObject = stream;
  // Frames are read as soon as they arrive, not when play() settles: its promise can lag far
  // behind the first frame on a busy device.
  video.play().catch((error: unknown) => {
    if (error instanceof Error && error.name === 'NotAllowedError') {
      options.onFailure?.('failed', t('scanner.previewBlocked'));
    }
  });

  const filter = new ScanFilter();
  const onAnswer = (answer: WorkerAnswer) => {
    if (answer.type === 'skipped') return;
    if ('onText' in options) {
      const read = filter.confirm(answer.read, performance.now());
      if (read) options.onText(read);
      return;
    }
    const verdict = filter.offer(answer.read, performance.now());
    if (verdict.kind === 'accepted') {
      options.onScan({ scanned: verdict.scanned, format: verdict.format });
    } else if (verdict.kind === 'refused') {
      options.onRefusal?.(verdict.message);
    }
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    pump.stop();
    stopStream(stream);
    track.removeEventListener('ended', onEnded);
    video.srcObject = null;
  };
  const onEnded = () => {
    stop();
    options.onFailure?.('missing', t('scanner.disconnected'));
  };
  const pump = new FramePump(video, decoder, onAnswer, (error) => {
    stop();
    options.onFailure?.('decoder', t('scanner.stopped', { reason: error.message }));
  });
  track.addEventListener('ended', onEnded);

  return {
    track,
    deviceId: camera.deviceId,
    cameras: camera.cameras,
    decoder: decoder.capabilities,
    stop,
  };
}
