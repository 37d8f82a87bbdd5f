import type { Minor } from '../../../protocol/money.ts';
import type { Provider } from '../../../protocol/payment-code.ts';
import type { Payment, PayRequest } from '../../../protocol/payments.ts';
import { sha256Hex } from '../../../protocol/signing.ts';
import {
  recordSaleIntent,
  recordSaleOutcome,
  recordSaleRejected,
  recordSaleUnknown,
} from '../../lib/db/sales.ts';
import { WalletProblemError, WalletUnreachableError } from '../../lib/wallet-client/errors.ts';
import { pay, queryPayment } from '../../lib/wallet-client/payments-api.ts';
import type { TerminalCredentials } from '../../lib/wallet-client/signed-request.ts';
import { newOutTradeNo } from './out-trade-no.ts';

export type ChargeOutcome =
  | { kind: 'settled'; payment: Payment }
  | { kind: 'rejected'; outTradeNo: string; code: string; message: string }
  | { kind: 'unknown'; outTradeNo: string };

export type ChargeDeps = {
  now: () => Date;
  wait: (ms: number) => Promise<void>;
  onWaitingForCustomer?: (payment: Payment) => void;
};

const RESEND_DELAYS_MS = [500, 1000, 2000];
const USERPAYING_POLL_MS = 3000;
const USERPAYING_LIMIT_MS = 45_000;

/**
 * Charges a scanned code. The sale is journalled before the first call. A pay call that gets no
 * answer is re-sent with the same outTradeNo, which the wallet deduplicates, so a resend never
 * charges twice.
 */
export async function chargeCode(
  credentials: TerminalCredentials,
  sale: { amount: Minor; code: string; provider: Provider },
  deps: ChargeDeps,
): Promise<ChargeOutcome> {
  const outTradeNo = newOutTradeNo(deps.now());
  const request: PayRequest = {
    outTradeNo,
    authCode: sale.code,
    amount: sale.amount,
    currency: 'CNY',
    capturedAt: deps.now().toISOString(),
  };
  await recordSaleIntent(
    {
      outTradeNo,
      amount: sale.amount,
      currency: 'CNY',
      provider: sale.provider,
      authCode: sale.code,
      authCodeHash: await sha256Hex(sale.code),
    },
    deps.now(),
  );

  for (let attempt = 0; ; attempt++) {
    try {
      const payment = await pay(credentials, request);
      await recordSaleOutcome(payment, deps.now());
      if (payment.status !== 'USERPAYING') return { kind: 'settled', payment };
      deps.onWaitingForCustomer?.(payment);
      return await awaitCustomer(credentials, payment, deps);
    } catch (error) {
      if (error instanceof WalletProblemError) {
        await recordSaleRejected(
          outTradeNo,
          { code: error.code, detail: error.detail },
          deps.now(),
        );
        return { kind: 'rejected', outTradeNo, code: error.code, message: error.detail };
      }
      if (!(error instanceof WalletUnreachableError)) throw error;
      if (attempt === 0) await recordSaleUnknown(outTradeNo, deps.now());
      const delay = RESEND_DELAYS_MS[attempt];
      if (delay === undefined) return { kind: 'unknown', outTradeNo };
      await deps.wait(delay);
    }
  }
}

async function awaitCustomer(
  credentials: TerminalCredentials,
  first: Payment,
  deps: ChargeDeps,
): Promise<ChargeOutcome> {
  const started = deps.now().getTime();
  while (deps.now().getTime() - started < USERPAYING_LIMIT_MS) {
    await deps.wait(USERPAYING_POLL_MS);
    try {
      const payment = await queryPayment(credentials, first.outTradeNo);
      if (payment.status !== 'USERPAYING') {
        await recordSaleOutcome(payment, deps.now());
        return { kind: 'settled', payment };
      }
    } catch (error) {
      if (!(error instanceof WalletUnreachableError)) throw error;
    }
  }
  return { kind: 'unknown', outTradeNo: first.outTradeNo };
}
