import { db, strictDb, type RefundRow } from './database.ts';
import { guardStorage } from './storage-errors.ts';

/** Writes a new refund before it is sent, strictly, like a new sale (see insertSale). */
export function insertRefund(row: RefundRow): Promise<void> {
  return guardStorage(() =>
    strictDb.transaction('rw', strictDb.refunds, async () => {
      await strictDb.refunds.add(row);
    }),
  );
}

export function getRefund(outRefundNo: string): Promise<RefundRow | undefined> {
  return db.refunds.get(outRefundNo);
}

export function refundsOfSale(outTradeNo: string): Promise<RefundRow[]> {
  return db.refunds.where('outTradeNo').equals(outTradeNo).toArray();
}

/** Reads, changes and writes one refund in a single transaction (see updateSale). */
export function updateRefund(
  outRefundNo: string,
  change: (row: RefundRow) => RefundRow | null,
): Promise<{ before: RefundRow; after: RefundRow | null } | undefined> {
  return guardStorage(() =>
    db.transaction('rw', db.refunds, async () => {
      const before = await db.refunds.get(outRefundNo);
      if (!before) return undefined;
      const after = change(before);
      if (after) await db.refunds.put(after);
      return { before, after };
    }),
  );
}

export function dueRefunds(now: number, limit: number): Promise<RefundRow[]> {
  return pendingRefundsDueBy(now).limit(limit).toArray();
}

export async function nextRefundDueAt(): Promise<number | undefined> {
  const first = await pendingRefundsDueBy(Number.POSITIVE_INFINITY).first();
  return first?.nextAttemptAt;
}

function pendingRefundsDueBy(time: number) {
  return db.refunds
    .where('[pending+nextAttemptAt]')
    .between([1, Number.NEGATIVE_INFINITY], [1, time], true, true);
}
