import { insertSale } from '../../src/lib/db/sales.ts';
import { newSaleRow } from '../../src/lib/outbox/new-sale.ts';
import { browserOutboxContext } from '../../src/lib/outbox/outbox-clock.ts';
import type { BenchCode, QueueReport } from './bench-api.ts';
import { offlineIntent } from './offline-intent.ts';

/**
 * Writes one accepted-offline sale per code, as the checkout would have while offline (without
 * its limits check: the limits are not what is measured). Answers the sales' outTradeNos.
 */
export async function queueOfflineSales(
  codes: readonly BenchCode[],
): Promise<{ outTradeNos: string[]; report: QueueReport }> {
  const context = browserOutboxContext(crypto.randomUUID());
  const startedAt = performance.now();
  const outTradeNos: string[] = [];
  for (const code of codes) {
    const row = await newSaleRow(offlineIntent(code), context);
    await insertSale(row);
    outTradeNos.push(row.outTradeNo);
  }
  const seconds = (performance.now() - startedAt) / 1000;
  return { outTradeNos, report: { queued: outTradeNos.length, seconds } };
}
