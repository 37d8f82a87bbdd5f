import type { SaleRow } from './database.ts';
import { readPendingWork } from './pending-work.ts';

/** Work the wallet has not yet settled: losing it would lose or double sales and refunds. */
export type UnsentWork = { sales: SaleRow[]; refunds: number };

/** Answers why the unsent work forbids an action, or null to allow it. */
export type UnsentWorkCheck = (unsent: UnsentWork) => string | null;

/** Reads the unsent work; inside a transaction on sales and refunds it reads that transaction's view. */
export async function readUnsentWork(): Promise<UnsentWork> {
  const { sales, refunds } = await readPendingWork();
  return { sales, refunds: refunds.length };
}
