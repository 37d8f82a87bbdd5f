import { readMarkerLuma } from './marker-luma.ts';
import { VIDEO, readMarker } from './marker.ts';
import { noFrames, type FrameClockReport, type SeenFrame } from './report.ts';

const TRACE_LIMIT = 90;

/**
 * Watches the marker strip of every frame `video` presents. The code's first frame is dated by
 * its capture time when Chromium gives one (else its presentation time); when the page missed
 * that frame, the date is carried back from the first code frame it did see, one frame period
 * per index.
 */
export function watchFrames(video: HTMLVideoElement, codeFrom: number) {
  const report = noFrames();
  let stopped = false;
  let pending = Promise.resolve();

  const record = (frame: SeenFrame) => {
    report.framesSeen++;
    if (report.trace.length < TRACE_LIMIT) report.trace.push(frame);
    report.firstFrame ??= frame;
    if (frame.codeVisible && report.firstCodeFrame === null) {
      report.firstCodeFrame = frame;
      const missed = frame.index - codeFrom;
      report.codeFrameAt = (frame.capturedAt ?? frame.presentedAt) - (missed * 1000) / VIDEO.fps;
    }
  };

  const onFrame = (_: number, metadata: VideoFrameCallbackMetadata) => {
    if (stopped) return;
    const callbackAt = performance.now();
    video.requestVideoFrameCallback(onFrame);
    report.videoSize = `${video.videoWidth}x${video.videoHeight}`;
    const read = readMarkerLuma(video);
    report.observerMs += performance.now() - callbackAt;
    // Reads finish in order, so frames are recorded in the order they were presented.
    pending = pending.then(async () => {
      try {
        const marker = readMarker(await read);
        if (marker === null) {
          report.blankFrames++;
          return;
        }
        record({
          ...marker,
          callbackAt,
          presentedAt: metadata.presentationTime,
          capturedAt: metadata.captureTime ?? null,
        });
      } catch (error) {
        report.unreadFrames++;
        report.readError = error instanceof Error ? error.message : String(error);
      }
    });
  };
  video.requestVideoFrameCallback(onFrame);

  return {
    report: async (): Promise<FrameClockReport> => {
      await pending;
      return report;
    },
    stop: () => {
      stopped = true;
    },
  };
}
