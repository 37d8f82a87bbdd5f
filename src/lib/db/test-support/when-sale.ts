import { liveQuery } from 'dexie';
import { db, type SaleRow } from '../database.ts';

/** Resolves with the sale once it satisfies `predicate`, watching every write to it. */
export function whenSale(
  outTradeNo: string,
  predicate: (sale: SaleRow) => boolean,
): Promise<SaleRow> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(() => db.sales.get(outTradeNo)).subscribe({
      next: (sale) => {
        if (!sale || !predicate(sale)) return;
        queueMicrotask(() => subscription.unsubscribe());
        resolve(sale);
      },
      error: reject,
    });
  });
}
