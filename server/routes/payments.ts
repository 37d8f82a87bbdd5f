import { Hono } from 'hono';
import { z } from 'zod';
import { OutTradeNoSchema, PayRequestSchema } from '../../protocol/payments.ts';
import { RefundRequestSchema } from '../../protocol/refunds.ts';
import { requireTerminalSignature, type SignedEnv } from '../auth/terminal-signature.ts';
import type { Deps } from '../deps.ts';
import { answerCommitted } from '../http/answer.ts';
import { ApiProblem } from '../http/problem.ts';
import { parseJsonBody, parseOptionalJsonBody, parseParam } from '../http/read-body.ts';
import { cancelPayment } from '../payments/cancel-payment.ts';
import { charge } from '../payments/charge.ts';
import { toPayment } from '../payments/payment-view.ts';
import { presentCode } from '../payments/present-code.ts';
import { applyTimeout } from '../payments/timeout.ts';
import { refundPayment } from '../refunds/refund-payment.ts';
import { toRefund } from '../refunds/refund-view.ts';
import type { Repos } from '../store/store.ts';

const CancelRequestSchema = z.strictObject({});

export function paymentRoutes(deps: Deps) {
  const { store, now, inFlight, faults } = deps;

  /** 403 when only another merchant has this payment, 404 when nobody has. */
  async function missingPayment(repos: Repos, outTradeNo: string): Promise<ApiProblem> {
    return (await repos.payments.existsForAnyMerchant(outTradeNo))
      ? new ApiProblem('FORBIDDEN', 'This payment belongs to another merchant.')
      : new ApiProblem('NOT_FOUND', `There is no payment ${outTradeNo}.`);
  }

  function mismatch(what: string, fields: string[]): ApiProblem {
    return new ApiProblem(
      'IDEMPOTENCY_MISMATCH',
      `${what} was already used with a different ${fields.join(', ')}.`,
    );
  }

  return (
    new Hono<SignedEnv>()
      .use('*', requireTerminalSignature(deps))
      // Every business outcome, declines included, is a 200 with the payment.
      .post('/', async (c) => {
        const body = parseJsonBody(c.var.rawBody, PayRequestSchema);
        const presented = await presentCode(deps, body);
        const { terminalId, merchantId } = c.var.terminal;
        return inFlight.run(`pay:${merchantId}:${body.outTradeNo}`, async () => {
          await faults.delay();
          const result = await charge(
            store,
            {
              merchantId,
              terminalId,
              outTradeNo: body.outTradeNo,
              presented,
              authCode: body.authCode,
              amount: body.amount,
              currency: body.currency,
              subject: body.subject ?? null,
              offline: body.offline ?? false,
              capturedAt: body.capturedAt === undefined ? null : Date.parse(body.capturedAt),
            },
            {
              now,
              fees: deps.fees,
              forceConfirmation: () => faults.forceConfirmation(),
              codeHash: deps.codeHash,
            },
          );
          if (result.kind === 'mismatch') {
            throw mismatch(`outTradeNo ${body.outTradeNo}`, result.fields);
          }
          if (result.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
          return answerCommitted(c, deps, toPayment(result.payment), 200);
        });
      })
      .get('/:outTradeNo', async (c) => {
        const outTradeNo = parseParam('outTradeNo', c.req.param('outTradeNo'), OutTradeNoSchema);
        const { merchantId } = c.var.terminal;
        const payment = await store.transaction(async (repos) => {
          const found = await repos.payments.find(merchantId, outTradeNo);
          if (!found) throw await missingPayment(repos, outTradeNo);
          return applyTimeout(repos, found, now());
        });
        return c.json(toPayment(payment), 200);
      })
      .post('/:outTradeNo/cancel', async (c) => {
        const outTradeNo = parseParam('outTradeNo', c.req.param('outTradeNo'), OutTradeNoSchema);
        parseOptionalJsonBody(c.var.rawBody, CancelRequestSchema);
        const { merchantId } = c.var.terminal;
        return inFlight.run(`pay:${merchantId}:${outTradeNo}`, async () => {
          await faults.delay();
          const payment = await store.transaction(async (repos) => {
            const locked = await repos.payments.lock(merchantId, outTradeNo);
            if (!locked) throw await missingPayment(repos, outTradeNo);
            return cancelPayment(repos, locked, now());
          });
          return answerCommitted(c, deps, toPayment(payment), 200);
        });
      })
      .post('/:outTradeNo/refunds', async (c) => {
        const outTradeNo = parseParam('outTradeNo', c.req.param('outTradeNo'), OutTradeNoSchema);
        const body = parseJsonBody(c.var.rawBody, RefundRequestSchema);
        const { merchantId } = c.var.terminal;
        return inFlight.run(`refund:${merchantId}:${body.outRefundNo}`, async () => {
          await faults.delay();
          const result = await refundPayment(store, { ...body, merchantId, outTradeNo }, now());
          if (result.kind === 'no-payment') {
            throw await store.transaction((repos) => missingPayment(repos, outTradeNo));
          }
          if (result.kind === 'mismatch') {
            throw mismatch(`outRefundNo ${body.outRefundNo}`, result.fields);
          }
          if (result.kind === 'replayed') c.header('Idempotent-Replayed', 'true');
          return answerCommitted(c, deps, toRefund(result.refund), 200);
        });
      })
  );
}
