export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'missing' | 'busy' | 'failed';

export class CameraError extends Error {
  constructor(
    readonly problem: CameraProblem,
    message: string = CAMERA_MESSAGES[problem],
  ) {
    super(message);
    this.name = 'CameraError';
  }
}

export const CAMERA_MESSAGES: Record<CameraProblem, string> = {
  insecure:
    'The camera needs a secure page (https:// or localhost). Enter the code manually, use a scan gun, or open Saoma over HTTPS.',
  unsupported: 'This browser cannot use the camera. Enter the code manually or use a scan gun.',
  denied:
    'Camera permission was denied. Allow the camera for this site in the browser settings, or enter the code manually.',
  missing: 'No camera was found on this device. Enter the code manually or use a scan gun.',
  busy: 'The camera is in use by another app or tab. Close it and try again, or enter the code manually.',
  failed: 'The camera could not be started. Try again, or enter the code manually.',
};

/** Maps getUserMedia's DOMException names to the problem the cashier can act on. */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'SecurityError') return window.isSecureContext ? 'denied' : 'insecure';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError') return 'missing';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') {
    return 'busy';
  }
  return 'failed';
}
