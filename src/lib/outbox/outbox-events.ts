import type { OutboxFields } from '../db/database.ts';
import type { Advance } from './advance-sale.ts';
import { leasedByOther, withLease } from './lease.ts';
import type { OutboxContext } from './outbox-clock.ts';

/** A journal table as the outbox needs it: one row read, changed and written atomically. */
export type OutboxTable<R> = {
  label: string;
  update: (
    id: string,
    change: (row: R) => R | null,
  ) => Promise<{ before: R; after: R | null } | undefined>;
};

export type Applied<R> =
  | { ok: true; row: R }
  | { ok: false; reason: 'missing' | 'illegal' | 'leased'; message: string; row?: R };

/**
 * Applies an event to a stored row in one transaction. Two pages may race on the same row (a
 * second tab, the replayer); the machine refuses a stale event instead of overwriting a newer
 * state, and `claim` refuses to start work on a row another live page is working on.
 */
export async function applyEvent<R extends OutboxFields>(
  table: OutboxTable<R>,
  id: string,
  advance: (row: R) => Advance<R>,
  context: OutboxContext,
  claim: boolean,
): Promise<Applied<R>> {
  let refusal: Applied<R> | undefined;
  const result = await table.update(id, (row) => {
    if (claim && leasedByOther(row, context.owner, context.now())) {
      refusal = {
        ok: false,
        reason: 'leased',
        message: `${table.label} ${id} is being worked on by another page`,
        row,
      };
      return null;
    }
    const advanced = advance(row);
    if (!advanced.ok) {
      refusal = { ok: false, reason: 'illegal', message: advanced.message, row };
      return null;
    }
    return advanced.row;
  });
  if (refusal) return refusal;
  if (!result?.after) {
    return { ok: false, reason: 'missing', message: `No ${table.label} ${id} in the journal` };
  }
  return { ok: true, row: result.after };
}

/** Takes (or renews) the lease on a pending row for this page; null when another page holds it. */
export async function claimRow<R extends OutboxFields>(
  table: OutboxTable<R>,
  id: string,
  context: OutboxContext,
): Promise<R | null> {
  const result = await table.update(id, (row) =>
    leasedByOther(row, context.owner, context.now()) || row.pending !== 1
      ? null
      : withLease(row, context.owner, context.now()),
  );
  return result?.after ?? null;
}

/** Leaves a row for later after an attempt that changed nothing (an answer that did not fit). */
export async function deferRow<R extends OutboxFields>(
  table: OutboxTable<R>,
  id: string,
  message: string,
  delayMs: number,
  context: OutboxContext,
): Promise<void> {
  await table.update(id, (row) => ({
    ...row,
    attempts: row.attempts + 1,
    nextAttemptAt: context.now() + delayMs,
    lastError: message,
    leaseOwner: undefined,
    leaseUntil: undefined,
  }));
}
