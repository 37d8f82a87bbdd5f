import { useEffect } from 'react';
import { holdScreenWakeLock } from './wake-lock.ts';

/** Keeps the screen on while the calling component is mounted and `active` (where supported). */
export function useScreenWakeLock(active = true): void {
  useEffect(() => (active ? holdScreenWakeLock() : undefined), [active]);
}
