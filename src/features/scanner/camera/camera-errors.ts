import { t } from '../../../lib/i18n/translate.ts';

export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'missing' | 'busy' | 'failed';

export class CameraError extends Error {
  constructor(
    readonly problem: CameraProblem,
    message: string = t(`camera.${problem}`),
  ) {
    super(message);
    this.name = 'CameraError';
  }
}

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
