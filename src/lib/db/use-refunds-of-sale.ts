import { useLiveQuery } from 'dexie-react-hooks';
import type { RefundRow, SaleRow } from './database.ts';
import { db } from './database.ts';

/** A sale (null when the journal has no such sale) with its refunds, read in one transaction. */
export type SaleWithRefunds = { sale: SaleRow | null; refunds: RefundRow[] };

export function readSaleWithRefunds(outTradeNo: string): Promise<SaleWithRefunds> {
  return db.transaction('r', db.sales, db.refunds, async () => ({
    sale: (await db.sales.get(outTradeNo)) ?? null,
    refunds: await db.refunds.where('outTradeNo').equals(outTradeNo).toArray(),
  }));
}

/**
 * The sale and its refunds, kept up to date as the outbox or another tab writes them; undefined
 * while loading, so that "loading" and "no such sale" can be told apart.
 */
export function useSaleWithRefunds(outTradeNo: string): SaleWithRefunds | undefined {
  return useLiveQuery(() => readSaleWithRefunds(outTradeNo), [outTradeNo]);
}
