import { clearLocalData } from '../../src/lib/db/clear-data.ts';
import { loadOfflineLimits } from '../../src/lib/db/offline-limits.ts';
import { insertOfflineSale, insertSale } from '../../src/lib/db/sales.ts';
import { checkOfflineLimits } from '../../src/lib/offline-acceptance/offline-limits.ts';
import { newSaleRow } from '../../src/lib/outbox/new-sale.ts';
import { browserOutboxContext } from '../../src/lib/outbox/outbox-clock.ts';
import type { BenchCode, EnqueueSamples } from './bench-api.ts';
import { offlineIntent } from './offline-intent.ts';

/** Writes before timing, so opening the database is not in the first sample. */
const WARM_UP_WRITES = 5;

/**
 * Times the write-ahead of one offline sale per code, into a journal that starts empty and
 * grows: first `insertSale` (the strict write), then, on an emptied journal again,
 * `insertOfflineSale` with the limits check the checkout runs. Leaves the journal empty.
 */
export async function measureEnqueue(codes: readonly BenchCode[]): Promise<EnqueueSamples> {
  const context = browserOutboxContext(crypto.randomUUID());
  const first = codes[0];
  if (first === undefined) throw new Error('No offline code to enqueue with');
  for (let i = 0; i < WARM_UP_WRITES; i++) {
    await insertSale(await newSaleRow(offlineIntent(first), context));
  }
  await clearAll();

  const writeMs: number[] = [];
  const totalMs: number[] = [];
  for (const code of codes) {
    const startedAt = performance.now();
    const row = await newSaleRow(offlineIntent(code), context);
    const builtAt = performance.now();
    await insertSale(row);
    const writtenAt = performance.now();
    writeMs.push(writtenAt - builtAt);
    totalMs.push(writtenAt - startedAt);
  }
  await clearAll();

  const limits = await loadOfflineLimits();
  const offlineAcceptanceMs: number[] = [];
  let offlineAcceptanceRefused = 0;
  for (const code of codes) {
    const intent = offlineIntent(code);
    const row = await newSaleRow(intent, context);
    const capturedAt = context.now();
    const startedAt = performance.now();
    const refusal = await insertOfflineSale(
      { ...row, offlineCodeId: intent.offlineCodeId },
      (exposure, used) => {
        if (used) return 'already accepted';
        const check = checkOfflineLimits(intent.amount, exposure, limits, capturedAt);
        return check.ok ? null : check.message;
      },
    );
    offlineAcceptanceMs.push(performance.now() - startedAt);
    if (refusal !== null) offlineAcceptanceRefused += 1;
  }
  await clearAll();
  return { writeMs, totalMs, offlineAcceptanceMs, offlineAcceptanceRefused };
}

export async function clearAll(): Promise<void> {
  await clearLocalData(() => null);
}
