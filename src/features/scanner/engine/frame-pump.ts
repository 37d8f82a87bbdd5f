import type { DecodeWorkerClient, WorkerAnswer } from '../worker/decode-worker-client.ts';
import type { FramePayload } from '../worker/worker-messages.ts';
import { VideoFrames } from './video-frames.ts';

/** Larger camera frames are scaled down to this width before they go to the worker. */
const MAX_FRAME_WIDTH = 1280;

/**
 * Feeds the decode worker from a playing video, one frame at a time: the next frame is grabbed
 * only once the worker has answered, and it is always the newest one showing, so no stale frame
 * is ever queued and decoding keeps pace with whatever the device can do.
 */
export class FramePump {
  private stopped = false;
  private readonly frames: VideoFrames;
  private canvas: HTMLCanvasElement | null = null;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly worker: DecodeWorkerClient,
    private readonly onAnswer: (answer: WorkerAnswer) => void,
    private readonly onFailure: (error: Error) => void,
  ) {
    this.frames = new VideoFrames(video);
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.frames.stop();
  }

  private async run(): Promise<void> {
    try {
      while (this.running()) {
        await this.frames.next();
        if (!this.running()) return;
        const frame = await this.grab();
        if (!this.running()) {
          if (frame?.kind === 'bitmap') frame.bitmap.close();
          return;
        }
        if (!frame) continue;
        const answer = await this.worker.decode(frame);
        if (this.running()) this.onAnswer(answer);
      }
    } catch (error) {
      if (this.running()) this.onFailure(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** A method, not the field, so that the checks after each await are not narrowed away. */
  private running(): boolean {
    return !this.stopped;
  }

  private async grab(): Promise<FramePayload | null> {
    const { videoWidth, videoHeight } = this.video;
    if (videoWidth === 0 || videoHeight === 0) return null;
    const scale = Math.min(1, MAX_FRAME_WIDTH / videoWidth);
    const width = Math.round(videoWidth * scale);
    const height = Math.round(videoHeight * scale);
    if (this.worker.capabilities.bitmaps) {
      const bitmap =
        scale === 1
          ? await createImageBitmap(this.video)
          : await createImageBitmap(this.video, { resizeWidth: width, resizeHeight: height });
      return { kind: 'bitmap', bitmap };
    }
    return this.grabPixels(width, height);
  }

  /** For workers without OffscreenCanvas: the page reads the pixels and transfers the buffer. */
  private grabPixels(width: number, height: number): FramePayload | null {
    this.canvas ??= document.createElement('canvas');
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    const context = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(this.video, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    return { kind: 'rgba', pixels: data.buffer, width, height };
  }
}
