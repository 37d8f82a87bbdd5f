import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { RefundRow, SaleRow } from './database.ts';
import { db } from './database.ts';

export type JournalRows = { sales: SaleRow[]; refunds: RefundRow[] };
/** The rows read so far: the newest sales first, then (`complete`) the whole journal. */
export type JournalRowsRead = { rows: JournalRows; complete: boolean };

/** Enough to fill the first screens while the whole journal is read. */
const PREVIEW_SALES = 200;

/**
 * Every sale and refund, read again whenever either changes. A large journal takes seconds to
 * read, so the newest sales (with their refunds) come first, and the whole journal after.
 */
export function useJournalRows(): JournalRowsRead | undefined {
  // The big read waits for the small one: IndexedDB would otherwise answer each step of the
  // small read's cursor only after the whole journal.
  const preview = useLiveQuery(() => readNewestJournalRows(PREVIEW_SALES));
  const previewRead = preview !== undefined;
  const all = useLiveQuery(() => (previewRead ? readJournalRows() : undefined), [previewRead]);
  return useMemo(() => {
    if (all) return { rows: all, complete: true };
    return preview && { rows: preview, complete: false };
  }, [all, preview]);
}

/** The same rows, once, for exports and reports computed on demand. */
export function readJournalRows(): Promise<JournalRows> {
  return db.transaction('r', db.sales, db.refunds, async () => ({
    sales: await db.sales.toArray(),
    refunds: await db.refunds.toArray(),
  }));
}

function readNewestJournalRows(limit: number): Promise<JournalRows> {
  return db.transaction('r', db.sales, db.refunds, async () => {
    const sales = await db.sales.orderBy('createdAt').reverse().limit(limit).toArray();
    const refunds = await db.refunds
      .where('outTradeNo')
      .anyOf(sales.map((sale) => sale.outTradeNo))
      .toArray();
    return { sales, refunds };
  });
}
