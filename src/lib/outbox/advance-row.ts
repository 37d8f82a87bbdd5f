import type { Failure, OutboxFields, StateChange } from '../db/database.ts';
import type { Transition } from '../payment-machine/machine.ts';
import { nextAttemptAt } from './backoff.ts';
import { withLease, withoutLease } from './lease.ts';
import type { OutboxContext } from './outbox-clock.ts';

/** What came with an event: the wallet's refusal, why no answer came, a note for the history. */
export type RowEventDetails = {
  failure?: Failure;
  retryAfterMs?: number;
  error?: string;
  note?: string;
};

/**
 * How an event reschedules the row: `lost` backs off (never before Retry-After), `poll` comes
 * back after a fixed interval, `start` leaves the attempt count as it is (a send, forward or
 * cancel is an attempt of its own), and `answer` starts afresh.
 */
export type Schedule =
  { kind: 'lost' } | { kind: 'poll'; afterMs: number } | { kind: 'start' } | { kind: 'answer' };

type OutboxRow<S extends string> = OutboxFields & {
  state: S;
  history: StateChange<S>[];
  failure?: Failure;
  updatedAt: string;
};

/**
 * What every outbox row gets from an allowed transition: its new state and history entry, the
 * pending flag, the next attempt, and the lease (kept for the page driving it, dropped once the
 * row is final or handed to the replayer).
 */
export function advanceRow<S extends string, R extends OutboxRow<S>>(
  row: R,
  transition: Extract<Transition<S>, { ok: true }>,
  pending: boolean,
  schedule: Schedule,
  details: RowEventDetails,
  context: OutboxContext,
  keepLease: boolean,
): R {
  const now = context.now();
  const at = new Date(now).toISOString();
  const unchanged = transition.to === row.state && details.note === undefined;
  const next: R = {
    ...row,
    state: transition.to,
    pending: pending ? 1 : 0,
    // A retry that changed nothing but the schedule is not a change of the sale.
    updatedAt: unchanged ? row.updatedAt : at,
    history: unchanged
      ? row.history
      : [
          ...row.history,
          { state: transition.to, at, ...(details.note ? { note: details.note } : {}) },
        ],
    ...scheduled(row, schedule, details, now, context.random),
    ...(details.failure ? { failure: details.failure } : {}),
  };
  return pending && keepLease ? withLease(next, context.owner, now) : withoutLease(next);
}

function scheduled(
  row: OutboxFields,
  schedule: Schedule,
  details: RowEventDetails,
  now: number,
  random: () => number,
): Pick<OutboxFields, 'attempts' | 'nextAttemptAt' | 'lastError'> {
  switch (schedule.kind) {
    case 'lost':
      return {
        attempts: row.attempts + 1,
        nextAttemptAt: nextAttemptAt(now, row.attempts, details.retryAfterMs, undefined, random),
        lastError: details.error,
      };
    case 'poll':
      return { attempts: 0, nextAttemptAt: now + schedule.afterMs, lastError: undefined };
    case 'start':
      return { attempts: row.attempts, nextAttemptAt: now, lastError: row.lastError };
    case 'answer':
      return { attempts: 0, nextAttemptAt: now, lastError: undefined };
  }
}
