import type { RefundRow } from '../db/database.ts';
import { updateRefund } from '../db/refunds.ts';
import type { RefundEvent } from '../payment-machine/refund-machine.ts';
import { WalletProblemError, WalletUnreachableError } from '../wallet-client/errors.ts';
import { refundPayment } from '../wallet-client/refunds-api.ts';
import { advanceRefund, type RefundEventDetails } from './advance-refund.ts';
import { applyEvent, claimRow, deferRow, type OutboxTable } from './outbox-events.ts';
import type { StepDeps } from './step-sale.ts';
import { t } from '../i18n/translate.ts';

const REFUNDS: OutboxTable<RefundRow> = { label: 'Refund', update: updateRefund };
const MISFIT_RETRY_MS = 3_000;

function apply(
  outRefundNo: string,
  event: RefundEvent,
  details: RefundEventDetails,
  deps: StepDeps,
  claim: boolean,
) {
  return applyEvent(
    REFUNDS,
    outRefundNo,
    (row) => advanceRefund(row, event, details, deps.context, claim),
    deps.context,
    claim,
  );
}

/**
 * Sends a pending refund, or sends it again: the protocol has no refund query, and the wallet
 * answers a repeated outRefundNo with the first result. Returns the refund afterwards, or null
 * when another page is working on it.
 */
export async function stepRefund(outRefundNo: string, deps: StepDeps): Promise<RefundRow | null> {
  const row = await claimRow(REFUNDS, outRefundNo, deps.context);
  if (!row) return null;
  if (row.state === 'sending') {
    // A send this page never saw finish (a reload or a crash).
    return settle(row, 'lost', { error: t('outbox.interrupted') }, deps);
  }
  const started = await apply(outRefundNo, 'send', {}, deps, true);
  if (!started.ok) return started.row ?? null;
  let event: RefundEvent;
  let details: RefundEventDetails;
  const contact = deps.beginContact();
  try {
    const refund = await refundPayment(deps.credentials, row.outTradeNo, {
      outRefundNo,
      amount: row.amount,
      ...(row.reason === undefined ? {} : { reason: row.reason }),
    });
    contact(true);
    event = refund.status === 'SUCCESS' ? 'succeeded' : 'failed';
    details = { refund };
  } catch (error) {
    if (error instanceof WalletUnreachableError) {
      contact(!error.noResponse);
      event = 'lost';
      details = { error: error.message, retryAfterMs: error.retryAfterMs };
    } else if (error instanceof WalletProblemError) {
      contact(true);
      event = 'rejected';
      details = { failure: { code: error.code, message: error.detail } };
    } else throw error;
  }
  return settle(row, event, details, deps);
}

async function settle(
  row: RefundRow,
  event: RefundEvent,
  details: RefundEventDetails,
  deps: StepDeps,
): Promise<RefundRow | null> {
  const applied = await apply(row.outRefundNo, event, details, deps, false);
  if (applied.ok) return applied.row;
  if (applied.reason === 'illegal') {
    await deferRow(REFUNDS, row.outRefundNo, applied.message, MISFIT_RETRY_MS, deps.context);
  }
  return applied.row ?? null;
}
