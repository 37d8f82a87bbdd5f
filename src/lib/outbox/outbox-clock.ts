import { walletClock } from '../wallet-client/clock-offset.ts';

/** What the outbox reads from the world, so tests can run it on a fake clock. */
export type OutboxContext = {
  now: () => number;
  random: () => number;
  /** This page's id, written on the rows it is working on (see lease.ts). */
  owner: string;
  /** Wallet time minus device time (clock-offset.ts); 0 when not given. */
  clockOffsetMs?: () => number;
  /** How far that offset may be off, in ms (clock-offset.ts); 0 when not given. */
  clockUncertaintyMs?: () => number;
};

export function browserOutboxContext(owner: string): OutboxContext {
  return {
    now: () => Date.now(),
    random: Math.random,
    owner,
    clockOffsetMs: () => walletClock.offsetMs(),
    clockUncertaintyMs: () => walletClock.uncertaintyMs(),
  };
}
