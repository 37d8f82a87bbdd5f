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
  /** The terminal that took the payment (read from the payment; not stored in the ledger). */
  terminalId?: string;
};

/** What names one settlement line for a merchant: its type, and outRefundNo for a refund. */
export type LedgerKey =
  | { type: 'PAYMENT' | 'CANCEL'; outTradeNo: string }
  | { type: 'REFUND'; outTradeNo: string; outRefundNo: string };

const LEDGER_COLUMNS = `id, merchant_id AS "merchantId", type, trade_no AS "tradeNo",
  out_trade_no AS "outTradeNo", out_refund_no AS "outRefundNo", provider, amount, fee, at,
  (SELECT terminal_id FROM payments WHERE payments.trade_no = ledger.trade_no) AS "terminalId"`;

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
    /**
     * The lines of one settlement key, whatever the merchant: a REFUND by its outRefundNo, a
     * PAYMENT or CANCEL by its outTradeNo (test-only admin path, `PATCH /admin/ledger`).
     */
    findByKey(key: LedgerKey): Promise<LedgerEntry[]> {
      return key.type === 'REFUND'
        ? sql.all<LedgerEntry>(
            `SELECT ${LEDGER_COLUMNS} FROM ledger
             WHERE type = 'REFUND' AND out_trade_no = ? AND out_refund_no = ? ORDER BY seq`,
            [key.outTradeNo, key.outRefundNo],
          )
        : sql.all<LedgerEntry>(
            `SELECT ${LEDGER_COLUMNS} FROM ledger
             WHERE type = ? AND out_trade_no = ? AND out_refund_no IS NULL ORDER BY seq`,
            [key.type, key.outTradeNo],
          );
    },
    /** Rewrites one line's amount and fee (test-only, to make a statement disagree). */
    async setAmountAndFee(id: string, amount: number, fee: number): Promise<boolean> {
      return (
        (await sql.run('UPDATE ledger SET amount = ?, fee = ? WHERE id = ?', [amount, fee, id])) ===
        1
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
