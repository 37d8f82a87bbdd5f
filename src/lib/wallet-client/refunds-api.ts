import { apiPaths } from '../../../protocol/paths.ts';
import { WALLET_DEADLINES_MS } from './deadlines.ts';
import { RefundSchema, type Refund, type RefundRequest } from '../../../protocol/refunds.ts';
import { signedRequest, type TerminalCredentials } from './signed-request.ts';

/** Refunds part or all of a payment; a repeat of the same outRefundNo gets the first answer. */
export function refundPayment(
  credentials: TerminalCredentials,
  outTradeNo: string,
  body: RefundRequest,
): Promise<Refund> {
  return signedRequest(
    credentials,
    {
      method: 'POST',
      path: apiPaths.paymentRefunds(outTradeNo),
      body,
      deadlineMs: WALLET_DEADLINES_MS.refund,
    },
    RefundSchema,
  );
}
