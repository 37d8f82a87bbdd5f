import type { Settlement, SettlementLine, SettlementTotals } from '../../protocol/settlements.ts';
import type { LedgerEntry } from '../store/ledger-repo.ts';
import type { Repos } from '../store/store.ts';

const DAY_MS = 24 * 60 * 60_000;

/** The UTC day `YYYY-MM-DD` as [start, end) in unix ms. */
export function utcDayBounds(date: string): { from: number; to: number } {
  const from = Date.parse(`${date}T00:00:00.000Z`);
  return { from, to: from + DAY_MS };
}

/**
 * A merchant's statement for one UTC day: every movement of money in it, and totals that add
 * up by construction (net = gross − refunds − fees).
 */
export async function settlementFor(
  repos: Repos,
  merchantId: string,
  date: string,
): Promise<Settlement> {
  const { from, to } = utcDayBounds(date);
  const entries = await repos.ledger.listBetween(merchantId, from, to);
  return {
    date,
    lines: entries.map(settlementLineOf),
    totals: totalsOf(entries),
  };
}

/** A ledger entry as the statement shows it. */
export function settlementLineOf(entry: LedgerEntry): SettlementLine {
  return {
    type: entry.type,
    outTradeNo: entry.outTradeNo,
    ...(entry.outRefundNo !== null ? { outRefundNo: entry.outRefundNo } : {}),
    tradeNo: entry.tradeNo,
    provider: entry.provider,
    amount: entry.amount,
    fee: entry.fee,
    at: new Date(entry.at).toISOString(),
    ...(entry.terminalId !== undefined ? { terminalId: entry.terminalId } : {}),
  };
}

export function totalsOf(entries: readonly LedgerEntry[]): SettlementTotals {
  let gross = 0;
  let refunds = 0;
  let fees = 0;
  let count = 0;
  for (const entry of entries) {
    if (entry.type === 'PAYMENT') {
      gross += entry.amount;
      fees += entry.fee;
      count += 1;
    } else {
      refunds += entry.amount;
      fees -= entry.fee;
    }
  }
  return { gross, refunds, fees, net: gross - refunds - fees, count };
}
