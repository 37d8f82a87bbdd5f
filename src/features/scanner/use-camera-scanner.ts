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
      video.srcObject = opened;
      await video.play();
      setCameraReady(true);
      let last = 0;
      const tick = (time: number) => {
        if (stopped) return;
        if (
          time - last >= DECODE_INTERVAL_MS &&
          video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA
        ) {
          last = time;
          const decoded = decoder.decodeVideoFrame(video, canvas);
          if (decoded) onTextRef.current(decoded.text);
        }
        frame = requestAnimationFrame(tick);
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
