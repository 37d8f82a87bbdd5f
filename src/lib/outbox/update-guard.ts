import { useMemo, useSyncExternalStore } from 'react';
import { countInFlightWork, useInFlightWorkCount } from '../db/in-flight-work.ts';
import type { Replayer } from './replayer.ts';
import type { Outbox } from './start-outbox.ts';

/** How long the replayer must have been idle before an update may be offered again. */
export const REPLAY_SETTLE_MS = 1_000;

type ReplayerStatusSource = Pick<Replayer, 'current' | 'subscribe'>;
type Store<T> = { subscribe: (notify: () => void) => () => void; current: () => T };

/**
 * The replayer's `replaying`, held for `settleMs` after each pass: a pass with nothing to do
 * lasts milliseconds, and the update prompt should not blink with every one.
 */
export function settledReplaying(
  replayer: ReplayerStatusSource,
  settleMs = REPLAY_SETTLE_MS,
): Store<boolean> {
  let replaying = replayer.current().replaying;
  return {
    current: () => replaying,
    subscribe: (notify) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = (next: boolean) => {
        if (replaying === next) return;
        replaying = next;
        notify();
      };
      const follow = (status: { replaying: boolean }) => {
        clearTimeout(timer);
        if (status.replaying) settle(true);
        else if (replaying) timer = setTimeout(() => settle(false), settleMs);
      };
      const unsubscribe = replayer.subscribe(follow);
      follow(replayer.current());
      return () => {
        clearTimeout(timer);
        unsubscribe();
      };
    },
  };
}

const IDLE: Store<boolean> = { subscribe: () => () => undefined, current: () => false };

/**
 * True while an app update must wait: a sale is in flight in any tab (created, sending, waiting
 * for the customer or cancelling) or a refund is being sent, or this page's replayer is working through the outbox. While
 * the journal is being read, or cannot be read, the answer is true as well.
 */
export function useUpdateGuard(outbox: Outbox | null): boolean {
  const replayer = outbox?.replayer;
  const store = useMemo(() => (replayer ? settledReplaying(replayer) : IDLE), [replayer]);
  const replaying = useSyncExternalStore(store.subscribe, store.current);
  const inFlight = useInFlightWorkCount();
  return inFlight === undefined || inFlight > 0 || replaying;
}

/** The same question asked afresh, at the moment the cashier accepts the update. */
export async function isUpdateSafe(outbox: Outbox | null): Promise<boolean> {
  if (outbox?.replayer.current().replaying) return false;
  try {
    return (await countInFlightWork()) === 0;
  } catch {
    return false;
  }
}
