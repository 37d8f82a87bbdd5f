import type { Currency } from '../../protocol/money.ts';
import type { Provider } from '../../protocol/payment-code.ts';
import type { PaymentFailureCode, PaymentStatus } from '../../protocol/payments.ts';
import type { Db } from './database.ts';

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
  refundedAmount: number;
  authCodeHash: string;
  subject: string | null;
  createdAt: number;
  paidAt: number | null;
  failureCode: PaymentFailureCode | null;
  failureMessage: string | null;
};

export type WalletActivityRecord = {
  tradeNo: string;
  provider: Provider;
  amount: number;
  status: PaymentStatus;
  merchantName: string;
  at: number;
};

const PAYMENT_COLUMNS = `trade_no AS tradeNo, merchant_id AS merchantId, out_trade_no AS outTradeNo,
  terminal_id AS terminalId, wallet_id AS walletId, provider, status, amount, currency, fee,
  refunded_amount AS refundedAmount, auth_code_hash AS authCodeHash, subject,
  created_at AS createdAt, paid_at AS paidAt, failure_code AS failureCode,
  failure_message AS failureMessage`;

export function paymentsRepo(db: Db) {
  const insert = db.prepare<PaymentRecord>(
    `INSERT INTO payments (trade_no, merchant_id, out_trade_no, terminal_id, wallet_id, provider,
       status, amount, currency, fee, refunded_amount, auth_code_hash, subject, created_at,
       paid_at, failure_code, failure_message)
     VALUES (@tradeNo, @merchantId, @outTradeNo, @terminalId, @walletId, @provider, @status,
       @amount, @currency, @fee, @refundedAmount, @authCodeHash, @subject, @createdAt, @paidAt,
       @failureCode, @failureMessage)`,
  );
  const selectOne = db.prepare<[string, string], PaymentRecord>(
    `SELECT ${PAYMENT_COLUMNS} FROM payments WHERE out_trade_no = ? AND merchant_id = ?`,
  );
  const selectOwner = db.prepare<[string], { merchantId: string }>(
    'SELECT merchant_id AS merchantId FROM payments WHERE out_trade_no = ? LIMIT 1',
  );
  const selectRecent = db.prepare<[string, number], WalletActivityRecord>(
    `SELECT p.trade_no AS tradeNo, p.provider, p.amount, p.status, m.name AS merchantName,
            coalesce(p.paid_at, p.created_at) AS at
     FROM payments p JOIN merchants m ON m.id = p.merchant_id
     WHERE p.wallet_id = ?
     ORDER BY p.created_at DESC, p.rowid DESC
     LIMIT ?`,
  );

  return {
    insert(record: PaymentRecord): void {
      insert.run(record);
    },
    find(merchantId: string, outTradeNo: string): PaymentRecord | undefined {
      return selectOne.get(outTradeNo, merchantId);
    },
    /** Whether any merchant has a payment under this outTradeNo (for telling 403 from 404). */
    existsForAnyMerchant(outTradeNo: string): boolean {
      return selectOwner.get(outTradeNo) !== undefined;
    },
    recentForWallet(walletId: string, limit: number): WalletActivityRecord[] {
      return selectRecent.all(walletId, limit);
    },
  };
}
export type PaymentsRepo = ReturnType<typeof paymentsRepo>;
