import { Dexie, type EntityTable } from 'dexie';
import type { Currency, Minor } from '../../../protocol/money.ts';
import type { PaymentFailureCode, PaymentStatus } from '../../../protocol/payments.ts';
import type { Provider } from '../../../protocol/payment-code.ts';

/** The paired terminal. The HMAC key is a non-extractable CryptoKey, stored as is. */
export type TerminalSessionRow = {
  id: 'terminal';
  terminalId: string;
  merchantId: string;
  key: CryptoKey;
  pairedAt: string;
};

/**
 * A sale in the local journal. It is written before the first network call (write-ahead), so a
 * crash mid-payment leaves a row whose outcome can still be queried by its outTradeNo.
 */
export type SaleRow = {
  outTradeNo: string;
  amount: Minor;
  currency: Currency;
  provider: Provider;
  /** The full code while the outcome is unknown; masked once the sale is final. */
  authCode: string;
  authCodeHash: string;
  state: 'sending' | 'unknown' | 'final';
  status?: PaymentStatus;
  failure?: { code: PaymentFailureCode; message: string };
  /** Set when the wallet refused the request (problem+json): no payment exists there. */
  rejection?: { code: string; detail: string };
  tradeNo?: string;
  fee?: Minor;
  createdAt: string;
  updatedAt: string;
};

export class SaomaDatabase extends Dexie {
  session!: EntityTable<TerminalSessionRow, 'id'>;
  sales!: EntityTable<SaleRow, 'outTradeNo'>;

  constructor(name = 'saoma') {
    super(name);
    this.version(1).stores({
      session: 'id',
      sales: 'outTradeNo, state, createdAt',
    });
  }
}

export const db = new SaomaDatabase();
