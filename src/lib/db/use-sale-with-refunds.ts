import { useLiveQuery } from 'dexie-react-hooks';
import type { RefundRow, SaleRow } from './database.ts';
import { db } from './database.ts';

export type SaleWithRefunds = { sale: SaleRow | undefined; refunds: RefundRow[] };

/** A sale and its refunds, read together and again whenever either changes. */
export function useSaleWithRefunds(outTradeNo: string): SaleWithRefunds | undefined {
  return useLiveQuery(
    () =>
      db.transaction('r', db.sales, db.refunds, async () => ({
        sale: await db.sales.get(outTradeNo),
        refunds: await db.refunds.where('outTradeNo').equals(outTradeNo).sortBy('createdAt'),
      })),
    [outTradeNo],
  );
}
