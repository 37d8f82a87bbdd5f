import { apiPaths } from '../../../protocol/paths.ts';
import { PaymentSchema, type Payment, type PayRequest } from '../../../protocol/payments.ts';
import { WALLET_DEADLINES_MS } from './deadlines.ts';
import { signedRequest, type TerminalCredentials } from './signed-request.ts';

/** `signal` lets the caller stop waiting (the cashier's Cancel); the answer is then unknown. */
export function pay(
  credentials: TerminalCredentials,
  body: PayRequest,
  signal?: AbortSignal,
): Promise<Payment> {
  return signedRequest(
    credentials,
    {
      method: 'POST',
      path: apiPaths.payments,
      body,
      deadlineMs: WALLET_DEADLINES_MS.pay,
      ...(signal ? { signal } : {}),
    },
    PaymentSchema,
  );
}

export function queryPayment(
  credentials: TerminalCredentials,
  outTradeNo: string,
  signal?: AbortSignal,
): Promise<Payment> {
  return signedRequest(
    credentials,
    {
      method: 'GET',
      path: apiPaths.payment(outTradeNo),
      deadlineMs: WALLET_DEADLINES_MS.query,
      ...(signal ? { signal } : {}),
    },
    PaymentSchema,
  );
}

/** The wallet's "reverse": closes a payment and returns any money that moved. Idempotent. */
export function cancelPayment(
  credentials: TerminalCredentials,
  outTradeNo: string,
  signal?: AbortSignal,
): Promise<Payment> {
  return signedRequest(
    credentials,
    {
      method: 'POST',
      path: apiPaths.paymentCancel(outTradeNo),
      deadlineMs: WALLET_DEADLINES_MS.cancel,
      ...(signal ? { signal } : {}),
    },
    PaymentSchema,
  );
}
