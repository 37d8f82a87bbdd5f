import { useSyncExternalStore } from 'react';
import { appUpdates, type UpdateState } from './app-updates.ts';

/** The app's update state, and the action that applies a waiting update. */
export function useAppUpdate(): { state: UpdateState; apply: () => void } {
  const state = useSyncExternalStore(appUpdates.subscribe, appUpdates.current);
  return { state, apply: () => appUpdates.apply() };
}
