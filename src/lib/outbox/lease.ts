import type { OutboxFields } from '../db/database.ts';

/**
 * How long a page may work on a row before another page may take it over. Long enough for a
 * slow request; short enough that a crashed tab's work resumes soon.
 */
export const LEASE_MS = 15_000;

/** True when another page holds a live lease on the row. */
export function leasedByOther(row: OutboxFields, owner: string, now: number): boolean {
  return row.leaseOwner !== undefined && row.leaseOwner !== owner && (row.leaseUntil ?? 0) > now;
}

export function withLease<T extends OutboxFields>(row: T, owner: string, now: number): T {
  return { ...row, leaseOwner: owner, leaseUntil: now + LEASE_MS };
}

export function withoutLease<T extends OutboxFields>(row: T): T {
  return { ...row, leaseOwner: undefined, leaseUntil: undefined };
}
