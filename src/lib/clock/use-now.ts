import { useSyncExternalStore } from 'react';

/** The current time, re-read every `intervalMs` while `active`, for countdowns and ages. */
export function useNow(intervalMs: number, active = true): number {
  return useSyncExternalStore(
    (notify) => {
      if (!active) return () => undefined;
      const timer = setInterval(notify, intervalMs);
      return () => clearInterval(timer);
    },
    () => Math.floor(Date.now() / intervalMs) * intervalMs,
  );
}
