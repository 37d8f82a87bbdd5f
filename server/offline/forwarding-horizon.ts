const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long after an offline code's `exp` a sale captured with it may still be forwarded. The
 * wallet remembers every offline code (used or not) until then, so that no code is honoured
 * twice; a sale forwarded later is refused (OFFLINE_CODE_INVALID), and only then is the code
 * forgotten (server/pruning/). The terminal forwards pending sales as soon as it is online, so
 * a sale this old means a tablet that was offline, or switched off, for a month.
 */
export const OFFLINE_FORWARDING_HORIZON_MS = 30 * DAY_MS;

/** Pruning waits this much longer than the horizon, so that a clock step cannot reopen it. */
export const OFFLINE_PRUNE_MARGIN_MS = DAY_MS;

export const PAST_HORIZON_MESSAGE =
  'The offline sale was forwarded more than 30 days after its code expired; the wallet no longer accepts it. Settle it with the customer another way.';

/** Whether a sale with a code that expires at `exp` comes too late when forwarded at `at`. */
export function pastForwardingHorizon(exp: number, at: number): boolean {
  return at >= exp + OFFLINE_FORWARDING_HORIZON_MS;
}
