import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db, type RefundRow, type SaleRow } from './database.ts';
import { pendingWorkCount, readPendingWork, type PendingWork } from './pending-work.ts';
import { offlineExposureOf, pendingSales, type OfflineExposure } from './sales.ts';

export { useSale } from './use-sale.ts';

/** A pending sale whose outcome has been unknown this long needs a person to look at it. */
export const UNKNOWN_ATTENTION_MS = 10 * 60_000;
/** A pending sale that failed this many attempts in a row needs a person to look at it. */
export const ATTEMPTS_ATTENTION = 10;

export type AttentionReason = 'declined-after-forwarding' | 'unknown-too-long' | 'many-attempts';

export type OutboxSummary = {
  /** Every pending sale, soonest due first. */
  pending: readonly SaleRow[];
  /** Every refund not yet sent or answered. */
  pendingRefunds: readonly RefundRow[];
  /** Everything waiting to be sent, of every kind (pending-work.ts). */
  pendingCount: number;
  exposure: OfflineExposure;
  /** When the oldest pending sale of any kind (online or offline) was created, unix ms. */
  oldestPendingAt: number | undefined;
  attention: SaleRow[];
};

/** Why a sale needs the cashier's follow-up at `now`, or null when it does not. */
export function attentionReason(row: SaleRow, now: number): AttentionReason | null {
  if (row.state === 'declined-after-forwarding') {
    return row.followedUpAt === undefined ? 'declined-after-forwarding' : null;
  }
  if (row.pending !== 1) return null;
  if (row.state === 'unknown' && now - unknownSince(row) > UNKNOWN_ATTENTION_MS) {
    return 'unknown-too-long';
  }
  if (row.attempts >= ATTEMPTS_ATTENTION) return 'many-attempts';
  return null;
}

/**
 * When the sale last became unknown. A lost answer in the unknown state adds no history entry,
 * so the last entry tells when the current run of not knowing began.
 */
export function unknownSince(row: SaleRow): number {
  const last = row.history.at(-1);
  return Date.parse(last?.state === 'unknown' ? last.at : row.updatedAt);
}

/** The outbox at a glance, from the pending work and the sales declined after forwarding. */
export function summarizeOutbox(
  work: PendingWork,
  declinedAfterForwarding: readonly SaleRow[],
  now: number,
): OutboxSummary {
  const pending = work.sales;
  let oldestPendingAt: number | undefined;
  for (const row of pending) {
    const at = Date.parse(row.createdAt);
    if (oldestPendingAt === undefined || at < oldestPendingAt) oldestPendingAt = at;
  }
  const attention = [...declinedAfterForwarding, ...pending]
    .filter((row) => attentionReason(row, now) !== null)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return {
    pending,
    pendingRefunds: work.refunds,
    pendingCount: pendingWorkCount(work),
    exposure: offlineExposureOf(pending),
    oldestPendingAt,
    attention,
  };
}

function declinedAfterForwarding(): Promise<SaleRow[]> {
  return db.sales.where('state').equals('declined-after-forwarding').toArray();
}

/** The sales that need the cashier's follow-up at `now`, oldest first. */
export async function attentionSales(now: number): Promise<SaleRow[]> {
  const [pending, declined] = await Promise.all([pendingSales(), declinedAfterForwarding()]);
  return summarizeOutbox({ sales: pending, refunds: [] }, declined, now).attention;
}

/**
 * The outbox summary at `now`. The rows are read live; a new `now` only recomputes the summary,
 * so a ticking clock does not query IndexedDB every second.
 */
export function useOutboxSummary(now: number): OutboxSummary | undefined {
  const rows = useLiveQuery(async () => {
    const [work, declined] = await Promise.all([readPendingWork(), declinedAfterForwarding()]);
    return { work, declined };
  }, []);
  return useMemo(
    () => (rows ? summarizeOutbox(rows.work, rows.declined, now) : undefined),
    [rows, now],
  );
}
