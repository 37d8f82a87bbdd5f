export type CameraProblem = 'insecure' | 'denied' | 'missing' | 'busy' | 'failed';

export class CameraError extends Error {
  constructor(
    readonly problem: CameraProblem,
    message: string,
  ) {
    super(message);
    this.name = 'CameraError';
  }
}

const MESSAGES: Record<CameraProblem, string> = {
  insecure:
    'The camera needs a secure page (https:// or localhost). Enter the code manually, or open Saoma over HTTPS.',
  denied:
    'Camera permission was denied. Allow the camera in the browser settings, or enter the code manually.',
  missing: 'No camera was found on this device. Enter the code manually or use a scan gun.',
  busy: 'The camera is in use by another app or tab. Close it and try again.',
  failed: 'The camera could not be started.',
};

/** Opens the back camera at about 1280×720. */
export async function openCamera(): Promise<MediaStream> {
  if (!window.isSecureContext || !('mediaDevices' in navigator)) {
    throw new CameraError('insecure', MESSAGES.insecure);
  }
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: {
        facingMode: { ideal: 'environment' },
        width: { ideal: 1280 },
        height: { ideal: 720 },
      },
    });
  } catch (error) {
    const problem = classify(error);
    throw new CameraError(problem, MESSAGES[problem]);
  }
}

function classify(error: unknown): CameraProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'missing';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'failed';
}

export function stopStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
