export type BackoffPolicy = { baseMs: number; capMs: number };

/** The outbox replayer's policy: 1 s, doubling, never more than a minute. */
export const REPLAY_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 60_000 };

/**
 * "Full jitter": a uniformly random wait between 0 and min(cap, base·2^attempt). Spreading the
 * retries of many terminals over the whole window keeps them from hammering a recovering wallet
 * in lock-step. `attempt` counts failures so far, from 0.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = REPLAY_BACKOFF,
  random: () => number = Math.random,
): number {
  if (!Number.isInteger(attempt) || attempt < 0) {
    throw new RangeError(`attempt must be a whole number from 0, not ${attempt}`);
  }
  // 2^attempt overflows to Infinity for large attempts; min() with the cap handles that.
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * When to try again after a retryable failure: the jittered backoff, but never before the
 * server's Retry-After.
 */
export function nextAttemptAt(
  now: number,
  attempt: number,
  retryAfterMs: number | undefined,
  policy: BackoffPolicy = REPLAY_BACKOFF,
  random: () => number = Math.random,
): number {
  return now + Math.max(backoffDelay(attempt, policy, random), retryAfterMs ?? 0);
}
