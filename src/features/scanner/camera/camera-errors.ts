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

/** The error's name; WebKit's OverconstrainedError is not an Error, but it has one. */
export function errorNameOf(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('name' in error)) return '';
  return typeof error.name === 'string' ? error.name : '';
}

/**
 * Maps getUserMedia's DOMException names to the problem the cashier can act on. WebKit answers
 * OverconstrainedError on a device with no camera at all (openCamera retries without
 * constraints first, so by here no camera fits).
 */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = errorNameOf(error);
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'SecurityError') return window.isSecureContext ? 'denied' : 'insecure';
  if (
    name === 'NotFoundError' ||
    name === 'DevicesNotFoundError' ||
    name === 'OverconstrainedError'
  ) {
    return 'missing';
  }
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') {
    return 'busy';
  }
  return 'failed';
}
