import { useLiveQuery } from 'dexie-react-hooks';
import type { OfflineLimits } from '../offline-acceptance/offline-limits.ts';
import { loadOfflineLimits } from './offline-limits.ts';

/** The terminal's offline limits, kept up to date when Settings saves new ones. */
export function useOfflineLimits(): OfflineLimits | undefined {
  return useLiveQuery(loadOfflineLimits, []);
}
