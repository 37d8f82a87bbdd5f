import { Hono } from 'hono';
import { z } from 'zod';
import { MAX_PAYMENT_AMOUNT } from '../../protocol/money.ts';
import { OutTradeNoSchema } from '../../protocol/payments.ts';
import { SETTLEMENT_LINE_TYPES } from '../../protocol/settlements.ts';
import { requireAdmin } from '../auth/admin-token.ts';
import type { Deps } from '../deps.ts';
import { ApiProblem, invalidField } from '../http/problem.ts';
import { readJsonBody } from '../http/read-body.ts';
import { settlementLineOf } from '../settlements/statement.ts';
import type { LedgerKey } from '../store/ledger-repo.ts';

const MinorSchema = (least: number) =>
  z
    .int('must be a whole number of fen')
    .min(least, `must be at least ${least}`)
    .max(MAX_PAYMENT_AMOUNT, `must be at most ${MAX_PAYMENT_AMOUNT}`);

/** A line's amount is never 0 (the ledger refuses it); a fee may be. */
export const LedgerChangeSchema = z
  .strictObject({
    type: z.enum(SETTLEMENT_LINE_TYPES, 'must be PAYMENT, REFUND or CANCEL'),
    outTradeNo: OutTradeNoSchema,
    outRefundNo: OutTradeNoSchema.optional(),
    amount: MinorSchema(1).optional(),
    fee: MinorSchema(0).optional(),
  })
  .superRefine((change, context) => {
    if (change.amount === undefined && change.fee === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['amount'],
        message: 'is required unless fee is given',
      });
    }
    if (change.type === 'REFUND' && change.outRefundNo === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['outRefundNo'],
        message: 'is required for a REFUND line',
      });
    }
    if (change.type !== 'REFUND' && change.outRefundNo !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['outRefundNo'],
        message: 'is only for REFUND lines',
      });
    }
  });
type LedgerChange = z.infer<typeof LedgerChangeSchema>;

/**
 * `PATCH /admin/ledger` (admin token): rewrites one settlement line's amount or fee, so that a
 * test can make the wallet's statement disagree with a terminal. Test-only: the app mounts it
 * only with injectable faults (ALLOW_FAULTS=1), like `/admin/faults`.
 */
export function adminLedgerRoutes(deps: Deps) {
  const { store } = deps;
  return new Hono().use('*', requireAdmin(deps)).patch('/', async (c) => {
    const change = await readJsonBody(c, LedgerChangeSchema);
    const key = keyOf(change);
    const line = await store.transaction(async (repos) => {
      const found = await repos.ledger.findByKey(key);
      const [only] = found;
      if (only === undefined) throw new ApiProblem('NOT_FOUND', `There is no ${describe(key)}.`);
      if (found.length > 1) {
        throw invalidField(
          'outTradeNo',
          `matches the ${describe(key)} of ${found.length} merchants; this path changes one line only`,
        );
      }
      const changed = {
        ...only,
        amount: change.amount ?? only.amount,
        fee: change.fee ?? only.fee,
      };
      await repos.ledger.setAmountAndFee(only.id, changed.amount, changed.fee);
      return changed;
    });
    return c.json(settlementLineOf(line), 200);
  });
}

function keyOf({ type, outTradeNo, outRefundNo }: LedgerChange): LedgerKey {
  if (type !== 'REFUND') return { type, outTradeNo };
  // The schema has made sure of it already.
  if (outRefundNo === undefined) throw invalidField('outRefundNo', 'is required for a REFUND line');
  return { type, outTradeNo, outRefundNo };
}

function describe(key: LedgerKey): string {
  return key.type === 'REFUND'
    ? `REFUND line with outRefundNo ${key.outRefundNo} for outTradeNo ${key.outTradeNo}`
    : `${key.type} line for outTradeNo ${key.outTradeNo}`;
}
