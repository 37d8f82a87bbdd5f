import { useLiveQuery } from 'dexie-react-hooks';
import type { RefundRow, SaleRow } from './database.ts';
import { db } from './database.ts';

export type JournalRows = { sales: SaleRow[]; refunds: RefundRow[] };

/** Every sale and refund, read in one transaction and read again whenever either changes. */
export function useJournalRows(): JournalRows | undefined {
  return useLiveQuery(readJournalRows);
}

/** The same rows, once, for exports and reports computed on demand. */
export function readJournalRows(): Promise<JournalRows> {
  return db.transaction('r', db.sales, db.refunds, async () => ({
    sales: await db.sales.toArray(),
    refunds: await db.refunds.toArray(),
  }));
}
