import { addMinor, type Minor } from '../../../protocol/money.ts';
import { db, strictDb, type SaleRow, type SaomaDatabase } from './database.ts';
import { guardStorage } from './storage-errors.ts';

/**
 * Writes a new sale before any network call. The transaction is strict: IndexedDB reports it
 * done only once it is on disk, so a crash right after cannot lose the sale.
 */
export function insertSale(row: SaleRow): Promise<void> {
  return guardStorage(() =>
    strictDb.transaction('rw', strictDb.sales, async () => {
      await strictDb.sales.add(row);
    }),
  );
}

/**
 * Writes a sale accepted offline, strictly, if `check` still allows it when it sees the pending
 * offline sales and whether the code was already taken, in the same transaction, so two tabs
 * cannot both squeeze under a limit. Answers the refusal, or null once written.
 */
export function insertOfflineSale(
  row: SaleRow & { offlineCodeId: string },
  check: (exposure: OfflineExposure, alreadyAccepted: boolean) => string | null,
): Promise<string | null> {
  return guardStorage(() =>
    strictDb.transaction('rw', strictDb.sales, async () => {
      const pending = await pendingByDueTime(strictDb).toArray();
      const used = await strictDb.sales.where('offlineCodeId').equals(row.offlineCodeId).count();
      const refusal = check(offlineExposureOf(pending), used > 0);
      if (refusal === null) await strictDb.sales.add(row);
      return refusal;
    }),
  );
}

export function getSale(outTradeNo: string): Promise<SaleRow | undefined> {
  return db.sales.get(outTradeNo);
}

/**
 * Reads, changes and writes one sale in a single transaction, so two tabs can never interleave
 * their changes. `change` returns the new row, or null to leave the row as it is.
 */
export function updateSale(
  outTradeNo: string,
  change: (row: SaleRow) => SaleRow | null,
): Promise<{ before: SaleRow; after: SaleRow | null } | undefined> {
  return guardStorage(() =>
    db.transaction('rw', db.sales, async () => {
      const before = await db.sales.get(outTradeNo);
      if (!before) return undefined;
      const after = change(before);
      if (after) await db.sales.put(after);
      return { before, after };
    }),
  );
}

/** Every pending sale, soonest due first. */
function pendingByDueTime(database: SaomaDatabase = db) {
  return database.sales
    .where('[pending+nextAttemptAt]')
    .between([1, Number.NEGATIVE_INFINITY], [1, Number.POSITIVE_INFINITY]);
}

/** Pending sales whose next attempt is due, oldest first. */
export function dueSales(now: number, limit: number): Promise<SaleRow[]> {
  return db.sales
    .where('[pending+nextAttemptAt]')
    .between([1, Number.NEGATIVE_INFINITY], [1, now], true, true)
    .limit(limit)
    .toArray();
}

/** When the next pending sale falls due, if any sale is pending. */
export async function nextDueAt(): Promise<number | undefined> {
  const first = await pendingByDueTime().first();
  return first?.nextAttemptAt;
}

export function pendingSales(): Promise<SaleRow[]> {
  return pendingByDueTime().toArray();
}

export async function hasSaleWithOfflineCode(codeId: string): Promise<boolean> {
  return (await db.sales.where('offlineCodeId').equals(codeId).count()) > 0;
}

export type OfflineExposure = {
  pendingTotal: Minor;
  count: number;
  oldestPendingAt: number | undefined;
};

/** Money accepted offline and not yet confirmed by the wallet, and how long the oldest has waited. */
export function offlineExposureOf(rows: readonly SaleRow[]): OfflineExposure {
  let pendingTotal = 0;
  let count = 0;
  let oldestPendingAt: number | undefined;
  for (const row of rows) {
    if (row.mode !== 'offline' || row.pending !== 1) continue;
    pendingTotal = addMinor(pendingTotal, row.amount);
    count += 1;
    const at = Date.parse(row.createdAt);
    if (oldestPendingAt === undefined || at < oldestPendingAt) oldestPendingAt = at;
  }
  return { pendingTotal, count, oldestPendingAt };
}

export async function offlineExposure(): Promise<OfflineExposure> {
  return offlineExposureOf(await pendingSales());
}

/** Makes every pending sale due at `now`; answers how many are pending. */
export function makePendingDue(now: number): Promise<number> {
  return guardStorage(() => pendingByDueTime().modify({ nextAttemptAt: now }));
}

/** The cashier has followed up a sale declined after forwarding: it leaves "Needs attention". */
export async function markFollowedUp(outTradeNo: string, at: Date): Promise<boolean> {
  const result = await updateSale(outTradeNo, (row) =>
    row.state === 'declined-after-forwarding' && row.followedUpAt === undefined
      ? { ...row, followedUpAt: at.toISOString() }
      : null,
  );
  return result?.after != null;
}
