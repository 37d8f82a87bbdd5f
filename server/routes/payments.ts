import { Hono } from 'hono';
import { routePaymentCode } from '../../protocol/payment-code.ts';
import { OutTradeNoSchema, PayRequestSchema } from '../../protocol/payments.ts';
import { requireTerminalSignature, type SignedEnv } from '../auth/terminal-signature.ts';
import type { Deps } from '../deps.ts';
import { ApiProblem, invalidField } from '../http/problem.ts';
import { parseJsonBody, parseParam } from '../http/read-body.ts';
import { charge } from '../payments/charge.ts';
import { toPayment } from '../payments/payment-view.ts';

export function paymentRoutes(deps: Deps) {
  const { store, now } = deps;
  return (
    new Hono<SignedEnv>()
      .use('*', requireTerminalSignature(deps))
      // Every business outcome, declines included, is a 200 with the payment in a final state.
      .post('/', (c) => {
        const body = parseJsonBody(c.var.rawBody, PayRequestSchema);
        if (body.offline === true) {
          throw invalidField(
            'offline',
            'forwarding offline sales is not supported by this server yet',
          );
        }
        const route = routePaymentCode(body.authCode);
        if (!route.ok) throw invalidField('authCode', route.message);

        const { terminalId, merchantId } = c.var.terminal;
        const result = charge(
          store,
          {
            merchantId,
            terminalId,
            outTradeNo: body.outTradeNo,
            authCode: route.code,
            provider: route.provider,
            amount: body.amount,
            currency: body.currency,
            subject: body.subject ?? null,
          },
          now,
        );
        if (result.kind === 'mismatch') {
          throw new ApiProblem(
            'IDEMPOTENCY_MISMATCH',
            `outTradeNo ${body.outTradeNo} was already used with a different ${result.fields.join(', ')}.`,
          );
        }
        if (result.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
        return c.json(toPayment(result.payment), 200);
      })
      .get('/:outTradeNo', (c) => {
        const outTradeNo = parseParam('outTradeNo', c.req.param('outTradeNo'), OutTradeNoSchema);
        const payment = store.payments.find(c.var.terminal.merchantId, outTradeNo);
        if (payment) return c.json(toPayment(payment), 200);
        if (store.payments.existsForAnyMerchant(outTradeNo)) {
          throw new ApiProblem('FORBIDDEN', 'This payment belongs to another merchant.');
        }
        throw new ApiProblem('NOT_FOUND', `There is no payment ${outTradeNo}.`);
      })
  );
}
