import type { RefundFailureCode, RefundStatus } from '../../protocol/refunds.ts';
import type { Sql } from './sql/sql.ts';

export type RefundRecord = {
  merchantId: string;
  outRefundNo: string;
  tradeNo: string;
  outTradeNo: string;
  status: RefundStatus;
  amount: number;
  /** The part of the payment's fee this refund returned to the merchant. */
  fee: number;
  reason: string | null;
  createdAt: number;
  failureCode: RefundFailureCode | null;
  failureMessage: string | null;
};

const REFUND_COLUMNS = `merchant_id AS "merchantId", out_refund_no AS "outRefundNo",
  trade_no AS "tradeNo", out_trade_no AS "outTradeNo", status, amount, fee, reason,
  created_at AS "createdAt", failure_code AS "failureCode", failure_message AS "failureMessage"`;

export function refundsRepo(sql: Sql) {
  return {
    /** Inserts the refund unless its (merchant, outRefundNo) exists; false if it did. */
    async insertIfAbsent(record: RefundRecord): Promise<boolean> {
      const changed = await sql.run(
        `INSERT INTO refunds (merchant_id, out_refund_no, trade_no, out_trade_no, status, amount,
           fee, reason, created_at, failure_code, failure_message)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (merchant_id, out_refund_no) DO NOTHING`,
        [
          record.merchantId,
          record.outRefundNo,
          record.tradeNo,
          record.outTradeNo,
          record.status,
          record.amount,
          record.fee,
          record.reason,
          record.createdAt,
          record.failureCode,
          record.failureMessage,
        ],
      );
      return changed === 1;
    },
    find(merchantId: string, outRefundNo: string): Promise<RefundRecord | undefined> {
      return sql.get<RefundRecord>(
        `SELECT ${REFUND_COLUMNS} FROM refunds WHERE merchant_id = ? AND out_refund_no = ?`,
        [merchantId, outRefundNo],
      );
    },
    listForPayment(tradeNo: string): Promise<RefundRecord[]> {
      return sql.all<RefundRecord>(
        `SELECT ${REFUND_COLUMNS} FROM refunds WHERE trade_no = ? ORDER BY created_at, out_refund_no`,
        [tradeNo],
      );
    },
  };
}
export type RefundsRepo = ReturnType<typeof refundsRepo>;
