import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { IssuedOfflineCode } from '../../../protocol/offline-code.ts';
import type { Provider } from '../../../protocol/payment-code.ts';
import { useNow } from '../../lib/clock/use-now.ts';
import { DEFAULT_OFFLINE_CAP, OFFLINE_BATCH_SIZE, usableCodes } from './offline-code-batch.ts';
import {
  discardOfflineCode,
  dropExpiredOfflineCodes,
  fetchOfflineCodes,
  offlineCodesSnapshot,
  subscribeOfflineCodes,
  topUpOfflineCodes,
} from './offline-code-store.ts';
import type { WalletRef } from './use-payment-code.ts';

export type OfflineCodes = {
  current: IssuedOfflineCode | undefined;
  remaining: number;
  fetching: boolean;
  error: string | null;
  now: number;
  next: () => void;
  fetchBatch: (cap: number) => void;
};

/**
 * The phone's offline codes for one wallet. While the wallet is reachable a batch is fetched
 * whenever no usable code is left, so the phone has codes before the network goes away.
 */
export function useOfflineCodes(
  wallet: WalletRef,
  provider: Provider,
  walletReachable: boolean,
): OfflineCodes {
  const { walletId, token } = wallet;
  const state = useSyncExternalStore(subscribeOfflineCodes, () => offlineCodesSnapshot(walletId));
  const now = useNow(1000);
  const usable = useMemo(() => usableCodes(state.codes, now), [state.codes, now]);
  const expired = state.codes.length - usable.length;
  const current = usable[0];

  useEffect(() => {
    if (expired > 0) dropExpiredOfflineCodes(walletId, now);
  }, [expired, walletId, now]);

  useEffect(() => {
    if (!walletReachable || usable.length > 0) return;
    const request = { count: OFFLINE_BATCH_SIZE, cap: DEFAULT_OFFLINE_CAP, provider };
    topUpOfflineCodes({ walletId, token }, request, now);
  }, [walletReachable, usable.length, walletId, token, provider, now]);

  const next = useCallback(() => {
    if (current) discardOfflineCode(walletId, current.cid);
  }, [walletId, current]);

  const fetchBatch = useCallback(
    (cap: number) => {
      void fetchOfflineCodes({ walletId, token }, { count: OFFLINE_BATCH_SIZE, cap, provider });
    },
    [walletId, token, provider],
  );

  return {
    current,
    remaining: usable.length,
    fetching: state.fetching,
    error: state.error,
    now,
    next,
    fetchBatch,
  };
}
