import { apiPaths } from '../../../protocol/paths.ts';
import { PaymentSchema, type Payment, type PayRequest } from '../../../protocol/payments.ts';
import { signedRequest, type TerminalCredentials } from './signed-request.ts';

export function pay(credentials: TerminalCredentials, body: PayRequest): Promise<Payment> {
  return signedRequest(
    credentials,
    { method: 'POST', path: apiPaths.payments, body },
    PaymentSchema,
  );
}

export function queryPayment(
  credentials: TerminalCredentials,
  outTradeNo: string,
): Promise<Payment> {
  return signedRequest(
    credentials,
    { method: 'GET', path: apiPaths.payment(outTradeNo) },
    PaymentSchema,
  );
}

/** The wallet's "reverse": closes a payment and returns any money that moved. Idempotent. */
export function cancelPayment(
  credentials: TerminalCredentials,
  outTradeNo: string,
): Promise<Payment> {
  return signedRequest(
    credentials,
    { method: 'POST', path: apiPaths.paymentCancel(outTradeNo) },
    PaymentSchema,
  );
}
