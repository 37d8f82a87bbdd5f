import type { Provider } from '../../protocol/payment-code.ts';
import type { SettlementLineType } from '../../protocol/settlements.ts';
import type { Sql } from './sql/sql.ts';

/**
 * One movement of the merchant's money: a payment paid, a refund or a cancel that returned it.
 * Amounts and fees are positive; `type` says which way they went. Settlement statements are
 * read from here.
 */
export type LedgerEntry = {
  id: string;
  merchantId: string;
  type: SettlementLineType;
  tradeNo: string;
  outTradeNo: string;
  outRefundNo: string | null;
  provider: Provider;
  amount: number;
  fee: number;
  at: number;
};

const LEDGER_COLUMNS = `id, merchant_id AS "merchantId", type, trade_no AS "tradeNo",
  out_trade_no AS "outTradeNo", out_refund_no AS "outRefundNo", provider, amount, fee, at`;

export function ledgerRepo(sql: Sql) {
  return {
    async insert(entry: LedgerEntry): Promise<void> {
      await sql.run(
        `INSERT INTO ledger (id, merchant_id, type, trade_no, out_trade_no, out_refund_no,
           provider, amount, fee, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          entry.id,
          entry.merchantId,
          entry.type,
          entry.tradeNo,
          entry.outTradeNo,
          entry.outRefundNo,
          entry.provider,
          entry.amount,
          entry.fee,
          entry.at,
        ],
      );
    },
    /** A merchant's entries with `from <= at < to`, oldest first. */
    listBetween(merchantId: string, from: number, to: number): Promise<LedgerEntry[]> {
      return sql.all<LedgerEntry>(
        `SELECT ${LEDGER_COLUMNS} FROM ledger WHERE merchant_id = ? AND at >= ? AND at < ?
         ORDER BY at, seq`,
        [merchantId, from, to],
      );
    },
    /** Every entry's signed effect on merchants, for the money-conservation checks. */
    async totals(): Promise<{
      received: number;
      returned: number;
      fees: number;
      feesReturned: number;
    }> {
      const row = await sql.get<{
        received: number;
        returned: number;
        fees: number;
        feesReturned: number;
      }>(
        `SELECT
           CAST(coalesce(sum(CASE WHEN type = 'PAYMENT' THEN amount ELSE 0 END), 0) AS BIGINT) AS "received",
           CAST(coalesce(sum(CASE WHEN type <> 'PAYMENT' THEN amount ELSE 0 END), 0) AS BIGINT) AS "returned",
           CAST(coalesce(sum(CASE WHEN type = 'PAYMENT' THEN fee ELSE 0 END), 0) AS BIGINT) AS "fees",
           CAST(coalesce(sum(CASE WHEN type <> 'PAYMENT' THEN fee ELSE 0 END), 0) AS BIGINT) AS "feesReturned"
         FROM ledger`,
      );
      return row ?? { received: 0, returned: 0, fees: 0, feesReturned: 0 };
    },
  };
}
export type LedgerRepo = ReturnType<typeof ledgerRepo>;
