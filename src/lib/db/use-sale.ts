import { useLiveQuery } from 'dexie-react-hooks';
import type { SaleRow } from './database.ts';
import { db } from './database.ts';

/** One sale, kept up to date as whoever drives it (this page, the replayer, another tab) writes. */
export function useSale(outTradeNo: string | null): SaleRow | undefined {
  return useLiveQuery(
    () => (outTradeNo === null ? undefined : db.sales.get(outTradeNo)),
    [outTradeNo],
  );
}
