import type { Currency } from '../../protocol/money.ts';
import type { Provider } from '../../protocol/payment-code.ts';
import type { PaymentFailureCode, PaymentStatus } from '../../protocol/payments.ts';
import type { Sql, SqlValue } from './sql/sql.ts';

export type PaymentRecord = {
  tradeNo: string;
  merchantId: string;
  outTradeNo: string;
  terminalId: string;
  walletId: string | null;
  provider: Provider;
  status: PaymentStatus;
  amount: number;
  currency: Currency;
  fee: number;
  /** The fee rate in parts per million, fixed when the payment is made. */
  feePpm: number;
  refundedAmount: number;
  /** The part of `fee` returned to the merchant by refunds and cancels. */
  refundedFee: number;
  authCodeHash: string;
  subject: string | null;
  offline: boolean;
  capturedAt: number | null;
  createdAt: number;
  paidAt: number | null;
  closedAt: number | null;
  failureCode: PaymentFailureCode | null;
  failureMessage: string | null;
};

/** The fields that change when a payment moves from one status to another. */
export type PaymentOutcome = Pick<
  PaymentRecord,
  'status' | 'walletId' | 'fee' | 'paidAt' | 'closedAt' | 'failureCode' | 'failureMessage'
>;

export type WalletActivityRecord = {
  tradeNo: string;
  provider: Provider;
  amount: number;
  status: PaymentStatus;
  merchantName: string;
  at: number;
};

const PAYMENT_COLUMNS = `trade_no AS "tradeNo", merchant_id AS "merchantId",
  out_trade_no AS "outTradeNo", terminal_id AS "terminalId", wallet_id AS "walletId", provider,
  status, amount, currency, fee, fee_ppm AS "feePpm", refunded_amount AS "refundedAmount",
  refunded_fee AS "refundedFee", auth_code_hash AS "authCodeHash", subject, offline,
  captured_at AS "capturedAt", created_at AS "createdAt", paid_at AS "paidAt",
  closed_at AS "closedAt", failure_code AS "failureCode", failure_message AS "failureMessage"`;

type PaymentRow = Omit<PaymentRecord, 'offline'> & { offline: number };

function fromRow<Row extends PaymentRow>(row: Row): Omit<Row, 'offline'> & { offline: boolean } {
  return { ...row, offline: row.offline === 1 };
}

function fromOptionalRow(row: PaymentRow | undefined): PaymentRecord | undefined {
  return row && fromRow(row);
}

export function paymentsRepo(sql: Sql) {
  return {
    /**
     * Inserts the payment unless its (merchant, outTradeNo) exists; false if it did. On
     * PostgreSQL a concurrent insert of the same key waits for the first to commit, so two
     * duplicates can never both create a payment.
     */
    async insertIfAbsent(record: PaymentRecord): Promise<boolean> {
      const values: SqlValue[] = [
        record.tradeNo,
        record.merchantId,
        record.outTradeNo,
        record.terminalId,
        record.walletId,
        record.provider,
        record.status,
        record.amount,
        record.currency,
        record.fee,
        record.feePpm,
        record.refundedAmount,
        record.refundedFee,
        record.authCodeHash,
        record.subject,
        record.offline ? 1 : 0,
        record.capturedAt,
        record.createdAt,
        record.paidAt,
        record.closedAt,
        record.failureCode,
        record.failureMessage,
      ];
      const changed = await sql.run(
        `INSERT INTO payments (trade_no, merchant_id, out_trade_no, terminal_id, wallet_id,
           provider, status, amount, currency, fee, fee_ppm, refunded_amount, refunded_fee,
           auth_code_hash, subject, offline, captured_at, created_at, paid_at, closed_at,
           failure_code, failure_message)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (merchant_id, out_trade_no) DO NOTHING`,
        values,
      );
      return changed === 1;
    },
    async find(merchantId: string, outTradeNo: string): Promise<PaymentRecord | undefined> {
      return fromOptionalRow(
        await sql.get<PaymentRow>(
          `SELECT ${PAYMENT_COLUMNS} FROM payments WHERE merchant_id = ? AND out_trade_no = ?`,
          [merchantId, outTradeNo],
        ),
      );
    },
    /**
     * Reads a payment and holds it for the rest of the transaction: on PostgreSQL the no-op
     * update takes the row lock, so refunds, cancels and confirmations of one payment run one
     * after another and each sees the others' committed effects.
     */
    async lock(merchantId: string, outTradeNo: string): Promise<PaymentRecord | undefined> {
      await sql.run(
        'UPDATE payments SET status = status WHERE merchant_id = ? AND out_trade_no = ?',
        [merchantId, outTradeNo],
      );
      return this.find(merchantId, outTradeNo);
    },
    async lockByTradeNo(tradeNo: string): Promise<PaymentRecord | undefined> {
      await sql.run('UPDATE payments SET status = status WHERE trade_no = ?', [tradeNo]);
      return this.findByTradeNo(tradeNo);
    },
    async findByTradeNo(tradeNo: string): Promise<PaymentRecord | undefined> {
      return fromOptionalRow(
        await sql.get<PaymentRow>(`SELECT ${PAYMENT_COLUMNS} FROM payments WHERE trade_no = ?`, [
          tradeNo,
        ]),
      );
    },
    /** Whether any merchant has a payment under this outTradeNo (for telling 403 from 404). */
    async existsForAnyMerchant(outTradeNo: string): Promise<boolean> {
      const row = await sql.get('SELECT 1 FROM payments WHERE out_trade_no = ? LIMIT 1', [
        outTradeNo,
      ]);
      return row !== undefined;
    },
    /**
     * Moves a payment from status `from` to the outcome; false (and no change) if it is no
     * longer in `from`, because a concurrent call moved it first.
     */
    async transition(
      tradeNo: string,
      from: PaymentStatus,
      outcome: PaymentOutcome,
    ): Promise<boolean> {
      const changed = await sql.run(
        `UPDATE payments SET status = ?, wallet_id = ?, fee = ?, paid_at = ?, closed_at = ?,
           failure_code = ?, failure_message = ?
         WHERE trade_no = ? AND status = ?`,
        [
          outcome.status,
          outcome.walletId,
          outcome.fee,
          outcome.paidAt,
          outcome.closedAt,
          outcome.failureCode,
          outcome.failureMessage,
          tradeNo,
          from,
        ],
      );
      return changed === 1;
    },
    /**
     * Adds a refund to a SUCCESS payment; false (and no change) if the payment is not SUCCESS
     * or the refunds would exceed the amount paid.
     */
    async addRefund(tradeNo: string, amount: number, fee: number): Promise<boolean> {
      const changed = await sql.run(
        `UPDATE payments SET refunded_amount = refunded_amount + ?, refunded_fee = refunded_fee + ?
         WHERE trade_no = ? AND status = 'SUCCESS' AND refunded_amount + ? <= amount`,
        [amount, fee, tradeNo, amount],
      );
      return changed === 1;
    },
    /** SUCCESS becomes CLOSED with everything returned; false if it was not SUCCESS. */
    async closeRefunded(tradeNo: string, at: number): Promise<boolean> {
      const changed = await sql.run(
        `UPDATE payments SET status = 'CLOSED', closed_at = ?, refunded_amount = amount,
           refunded_fee = fee
         WHERE trade_no = ? AND status = 'SUCCESS'`,
        [at, tradeNo],
      );
      return changed === 1;
    },
    /** USERPAYING payments created before `cutoff`, which the wallet must now close. */
    async listAwaitingSince(cutoff: number, limit: number): Promise<PaymentRecord[]> {
      const rows = await sql.all<PaymentRow>(
        `SELECT ${PAYMENT_COLUMNS} FROM payments
         WHERE status = 'USERPAYING' AND created_at < ? ORDER BY created_at LIMIT ?`,
        [cutoff, limit],
      );
      return rows.map(fromRow);
    },
    /** The USERPAYING payments that wait for this wallet's confirmation, oldest first. */
    async listAwaitingForWallet(
      walletId: string,
    ): Promise<(PaymentRecord & { merchantName: string })[]> {
      const rows = await sql.all<PaymentRow & { merchantName: string }>(
        `SELECT ${PAYMENT_COLUMNS},
           (SELECT m.name FROM merchants m WHERE m.id = payments.merchant_id) AS "merchantName"
         FROM payments WHERE wallet_id = ? AND status = 'USERPAYING' ORDER BY created_at`,
        [walletId],
      );
      return rows.map(fromRow);
    },
    recentForWallet(walletId: string, limit: number): Promise<WalletActivityRecord[]> {
      return sql.all<WalletActivityRecord>(
        `SELECT p.trade_no AS "tradeNo", p.provider, p.amount, p.status, m.name AS "merchantName",
                coalesce(p.paid_at, p.created_at) AS "at"
         FROM payments p JOIN merchants m ON m.id = p.merchant_id
         WHERE p.wallet_id = ?
         ORDER BY p.created_at DESC, p.trade_no DESC
         LIMIT ?`,
        [walletId, limit],
      );
    },
    /** Every online payment's code hash, for re-keying hashes made before codes were keyed. */
    listOnlineCodeHashes(): Promise<{ tradeNo: string; authCodeHash: string }[]> {
      return sql.all(
        `SELECT trade_no AS "tradeNo", auth_code_hash AS "authCodeHash" FROM payments
         WHERE offline = 0`,
      );
    },
    async setAuthCodeHash(tradeNo: string, authCodeHash: string): Promise<void> {
      await sql.run('UPDATE payments SET auth_code_hash = ? WHERE trade_no = ?', [
        authCodeHash,
        tradeNo,
      ]);
    },
  };
}
export type PaymentsRepo = ReturnType<typeof paymentsRepo>;
