import { useCallback, useSyncExternalStore } from 'react';
import type { ReplayerStatus } from '../../lib/outbox/replayer.ts';
import type { Connectivity } from '../../lib/outbox/sale-worker.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';

/** Whether the browser is online and the wallet answers, as this page's worker last saw it. */
export function useConnectivity(outbox: Outbox): Connectivity {
  const store = outbox.worker.connectivity;
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** Whether this tab leads the replay across tabs, and whether it is replaying right now. */
export function useReplayerStatus(outbox: Outbox): ReplayerStatus {
  const { replayer } = outbox;
  const subscribe = useCallback(
    (notify: () => void) => replayer.subscribe(() => notify()),
    [replayer],
  );
  const current = useCallback(() => replayer.current(), [replayer]);
  return useSyncExternalStore(subscribe, current);
}
