import { useEffect, useRef, useState, type RefObject } from 'react';
import { CameraError, openCamera, stopStream } from './camera.ts';

const DECODE_INTERVAL_MS = 100;

/**
 * Runs the camera into the video element and decodes frames until unmounted. Every track is
 * stopped on unmount.
 */
export function useCameraScanner(
  videoRef: RefObject<HTMLVideoElement | null>,
  onText: (text: string) => void,
): { cameraError: string | null; cameraReady: boolean } {
  const [cameraError, setCameraError] = useState<string | null>(null);
  const [cameraReady, setCameraReady] = useState(false);
  const onTextRef = useRef(onText);

  useEffect(() => {
    onTextRef.current = onText;
  }, [onText]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let frame = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');

    async function start() {
      const video = videoRef.current;
      if (!video) return;
      const [opened, decoder] = await Promise.all([openCamera(), import('./frame-decoder.ts')]);
      if (stopped) return stopStream(opened);
      stream = opened;
      performance.mark('saoma:camera-opened');
      video.srcObject = opened;
      // Decoding waits for a frame, not for play() to settle: its promise can lag far behind the
      // first frame on a busy device, and a scan must not wait on it.
      video.play().catch((error: unknown) => {
        if (!stopped && error instanceof Error && error.name === 'NotAllowedError') {
          setCameraError('The browser blocked the camera preview. Tap the preview to start it.');
        }
      });
      let ready = false;
      let last = 0;
      const tick = (time: number) => {
        if (stopped) return;
        frame = requestAnimationFrame(tick);
        if (
          video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA ||
          time - last < DECODE_INTERVAL_MS
        ) {
          return;
        }
        if (!ready) {
          ready = true;
          performance.mark('saoma:first-frame');
          setCameraReady(true);
        }
        last = time;
        const decoded = decoder.decodeVideoFrame(video, canvas);
        if (decoded) onTextRef.current(decoded.text);
      };
      frame = requestAnimationFrame(tick);
    }

    start().catch((error: unknown) => {
      if (stopped) return;
      setCameraError(
        error instanceof CameraError ? error.message : 'The camera could not be started.',
      );
    });

    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      if (stream) stopStream(stream);
    };
  }, [videoRef]);

  return { cameraError, cameraReady };
}
