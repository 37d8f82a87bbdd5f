import { NONCE_MEMORY_MS } from '../../protocol/signing.ts';
import {
  OFFLINE_FORWARDING_HORIZON_MS,
  OFFLINE_PRUNE_MARGIN_MS,
} from '../offline/forwarding-horizon.ts';
import type { Repos } from '../store/store.ts';

/**
 * How long an expired online code is still known: a terminal that presents it a little late
 * hears CODE_EXPIRED (or CODE_USED), not CODE_INVALID. After this the wallet forgets it, and a
 * presentation answers CODE_INVALID: the wallet does not know the code.
 */
export const PAYMENT_CODE_GRACE_MS = 10 * 60 * 1000;
/** Used or expired pairing codes are kept a day, for the admin side to see what happened. */
export const PAIRING_CODE_KEPT_MS = 24 * 60 * 60 * 1000;

/** One kind of row the wallet forgets once it is of no more use; returns how many it removed. */
export type PruneStep = { name: string; prune: (repos: Repos, now: number) => Promise<number> };

/** Everything the sweeper prunes, in order. A new table of short-lived codes adds its step here. */
export const PRUNE_STEPS: readonly PruneStep[] = [
  {
    name: 'expired payment codes',
    prune: (repos, now) => repos.wallets.pruneCodesExpiredBefore(now - PAYMENT_CODE_GRACE_MS),
  },
  {
    name: 'offline codes past the forwarding horizon',
    prune: (repos, now) =>
      repos.offlineCodes.pruneExpiredBefore(
        now - OFFLINE_FORWARDING_HORIZON_MS - OFFLINE_PRUNE_MARGIN_MS,
      ),
  },
  {
    name: 'used or expired pairing codes',
    prune: (repos, now) => repos.pairingCodes.pruneSettledBefore(now - PAIRING_CODE_KEPT_MS),
  },
  {
    name: 'used or expired wallet pairing codes',
    prune: (repos, now) => repos.walletPairingCodes.pruneSettledBefore(now - PAIRING_CODE_KEPT_MS),
  },
  {
    name: 'nonces',
    prune: (repos, now) => repos.nonces.pruneBefore(now - NONCE_MEMORY_MS),
  },
];
