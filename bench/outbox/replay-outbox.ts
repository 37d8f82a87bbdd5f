import type { SaleRow } from '../../src/lib/db/database.ts';
import { getSale, pendingSales } from '../../src/lib/db/sales.ts';
import { startOutbox } from '../../src/lib/outbox/start-outbox.ts';
import type { TerminalCredentials } from '../../src/lib/wallet-client/signed-request.ts';
import type { ReplayReport } from './bench-api.ts';
import { whenNothingPending } from './when-nothing-pending.ts';

/**
 * Starts this page's outbox, as the app does once paired, and times it from the start until no
 * sale is pending; then tells how each of `outTradeNos` ended.
 */
export async function replayOutbox(
  credentials: TerminalCredentials,
  outTradeNos: readonly string[],
  timeoutMs: number,
): Promise<ReplayReport> {
  const sales = (await pendingSales()).length;
  const startedAt = performance.now();
  const outbox = startOutbox(credentials);
  let finishedAt: number | null;
  try {
    finishedAt = await whenNothingPending(outbox.replayer, timeoutMs);
  } finally {
    outbox.stop();
  }
  const seconds = ((finishedAt ?? performance.now()) - startedAt) / 1000;
  const rows = await Promise.all(outTradeNos.map((outTradeNo) => getSale(outTradeNo)));
  return { sales, finished: finishedAt !== null, seconds, ...outcomes(rows) };
}

function outcomes(
  rows: readonly (SaleRow | undefined)[],
): Omit<ReplayReport, 'sales' | 'finished' | 'seconds'> {
  const byState: Record<string, number> = {};
  let forwardedAmount = 0;
  let forwardAttempts = 0;
  let retriedSales = 0;
  for (const row of rows) {
    const state = row?.state ?? 'missing';
    byState[state] = (byState[state] ?? 0) + 1;
    if (!row) continue;
    if (row.state === 'forwarded') forwardedAmount += row.amount;
    const forwards = row.history.filter((change) => change.state === 'forwarding').length;
    forwardAttempts += forwards;
    if (forwards > 1) retriedSales += 1;
  }
  return { byState, forwardedAmount, forwardAttempts, retriedSales };
}
