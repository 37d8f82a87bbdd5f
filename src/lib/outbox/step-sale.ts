import { CONFIRMATION_TIMEOUT_MS, type PayRequest } from '../../../protocol/payments.ts';
import type { SaleRow } from '../db/database.ts';
import { getSale } from '../db/sales.ts';
import type { PaymentEvent } from '../payment-machine/payment-machine.ts';
import { WalletUnreachableError } from '../wallet-client/errors.ts';
import { cancelPayment, pay, queryPayment } from '../wallet-client/payments-api.ts';
import type { TerminalCredentials } from '../wallet-client/signed-request.ts';
import { leasedByOther } from './lease.ts';
import type { OutboxContext } from './outbox-clock.ts';
import { applySaleEvent, claimSale, deferSale } from './sale-events.ts';
import { answerOf, failureOf, type WalletAnswer } from './wallet-answers.ts';
import { t } from '../i18n/translate.ts';

export type StepDeps = {
  credentials: TerminalCredentials;
  context: OutboxContext;
  /** Called as each wallet call is sent; what it returns is told whether the wallet answered. */
  beginContact: () => (answered: boolean) => void;
};

/** When an answer arrives that the sale's state cannot take, look again this much later. */
const MISFIT_RETRY_MS = 3_000;

/**
 * Does the next piece of work a pending sale needs (send, forward, query or cancel) and records
 * what came of it. Returns the sale afterwards, or null when another page is working on it.
 */
export async function stepSale(
  outTradeNo: string,
  deps: StepDeps,
  keepLease: boolean,
  signal?: AbortSignal,
): Promise<SaleRow | null> {
  const row = await readyRow(outTradeNo, deps);
  if (!row) return null;
  switch (row.state) {
    case 'created':
      return call(row, 'send', deps, keepLease, () =>
        pay(deps.credentials, payRequestOf(row), signal),
      );
    case 'accepted-offline':
      return call(row, 'forward', deps, keepLease, () =>
        pay(deps.credentials, payRequestOf(row), signal),
      );
    case 'sending':
    case 'forwarding':
      // A call this page never saw finish (a reload or a crash): its outcome is unknown.
      return record(
        row,
        { event: 'lost', details: { error: t('outbox.interrupted') } },
        deps,
        keepLease,
      );
    case 'unknown':
      return query(row, deps, keepLease, signal);
    case 'userpaying':
      if (deps.context.now() >= Date.parse(row.createdAt) + CONFIRMATION_TIMEOUT_MS) {
        const cancelling = await record(
          row,
          { event: 'cancel', details: { note: 'not confirmed in time' } },
          deps,
          keepLease,
        );
        return cancelling?.state === 'cancelling'
          ? stepCancel(cancelling, deps, keepLease, signal)
          : cancelling;
      }
      return query(row, deps, keepLease, signal);
    case 'cancelling':
      return stepCancel(row, deps, keepLease, signal);
    default:
      return row;
  }
}

/**
 * The sale, claimed for this page. A send or a forward claims it in the same write that starts
 * the call (see `call`), so only the other states need a write of their own here.
 */
async function readyRow(outTradeNo: string, deps: StepDeps): Promise<SaleRow | null> {
  const row = await getSale(outTradeNo);
  if (!row || row.pending !== 1 || leasedByOther(row, deps.context.owner, deps.context.now())) {
    return null;
  }
  if (row.state === 'created' || row.state === 'accepted-offline') return row;
  return claimSale(outTradeNo, deps.context);
}

function query(
  row: SaleRow,
  deps: StepDeps,
  keepLease: boolean,
  signal: AbortSignal | undefined,
): Promise<SaleRow | null> {
  return call(
    row,
    null,
    deps,
    keepLease,
    () => queryPayment(deps.credentials, row.outTradeNo, signal),
    'query',
  );
}

function stepCancel(
  row: SaleRow,
  deps: StepDeps,
  keepLease: boolean,
  signal: AbortSignal | undefined,
): Promise<SaleRow | null> {
  return call(
    row,
    null,
    deps,
    keepLease,
    () => cancelPayment(deps.credentials, row.outTradeNo, signal),
    'cancel',
  );
}

async function call(
  row: SaleRow,
  start: PaymentEvent | null,
  deps: StepDeps,
  keepLease: boolean,
  request: () => ReturnType<typeof pay>,
  kind: 'send' | 'query' | 'cancel' = 'send',
): Promise<SaleRow | null> {
  if (start) {
    const started = await applySaleEvent(row.outTradeNo, start, {}, deps.context, {
      claim: true,
      keepLease: true,
    });
    if (!started.ok) return started.row ?? null;
  }
  let answer: WalletAnswer;
  const contact = deps.beginContact();
  try {
    answer = answerOf(await request());
    contact(true);
  } catch (error) {
    // The cashier stopped waiting: that says nothing about whether the wallet answers.
    if (!(error instanceof WalletUnreachableError && error.abandoned)) {
      contact(!(error instanceof WalletUnreachableError && error.noResponse));
    }
    answer = failureOf(error, kind);
  }
  return record(row, answer, deps, keepLease);
}

async function record(
  row: SaleRow,
  answer: WalletAnswer,
  deps: StepDeps,
  keepLease: boolean,
): Promise<SaleRow | null> {
  const applied = await applySaleEvent(row.outTradeNo, answer.event, answer.details, deps.context, {
    keepLease,
  });
  if (applied.ok) return applied.row;
  if (applied.reason === 'illegal') {
    await deferSale(row.outTradeNo, applied.message, MISFIT_RETRY_MS, deps.context);
  }
  return applied.row ?? null;
}

/** The pay call for a sale, the same bytes on every attempt so the wallet sees a repeat. */
export function payRequestOf(row: SaleRow): PayRequest {
  return {
    outTradeNo: row.outTradeNo,
    authCode: row.authCode,
    amount: row.amount,
    currency: row.currency,
    capturedAt: row.capturedAt,
    offline: row.mode === 'offline',
  };
}
