import { addMinor, subtractMinor, type Minor } from '../../../protocol/money.ts';
import type { Provider } from '../../../protocol/payment-code.ts';
import type { RefundRow, SaleRow } from '../db/database.ts';
import { isPendingPayment, type PaymentState } from '../payment-machine/payment-machine.ts';
import type { RefundState } from '../payment-machine/refund-machine.ts';
import { receiptCode } from './receipt-code.ts';

export type ReceiptRefund = {
  outRefundNo: string;
  amount: Minor;
  /** The part of the fee the wallet gave back; undefined until it has said. */
  fee: Minor | undefined;
  state: RefundState;
  /** Unix ms: when the wallet refunded it, else when the cashier asked for it. */
  time: number;
};

/** The cancel of a sale whose money had moved: the wallet gives back what refunds left. */
export type ReceiptCancel = {
  amount: Minor;
  fee: Minor;
  state: 'cancelling' | 'cancelled';
  /** Unix ms: when the wallet closed the payment, else when the cashier asked to cancel. */
  time: number;
};

/** What a receipt shows, in no language yet: receiptRows and receiptText put it in words. */
export type Receipt = {
  merchantName: string | undefined;
  /** Masked always, even while the sale is pending and the journal still holds the full code. */
  maskedCode: string;
  provider: Provider;
  mode: 'online' | 'offline';
  amount: Minor;
  /** The fee the wallet charged; undefined until it has said. */
  fee: Minor | undefined;
  /** Unix ms: when the wallet took the money, else when the sale began on this terminal. */
  time: number;
  outTradeNo: string;
  tradeNo: string | undefined;
  /** The sale's state; its words are the message `state.<state>`. */
  state: PaymentState;
  /** Oldest first. */
  refunds: ReceiptRefund[];
  cancel: ReceiptCancel | undefined;
  /** What the shop keeps of the amount after refunds and a cancel; null while not final. */
  net: Minor | null;
};

/** The receipt of one sale and its refunds (every refund must belong to the sale). */
export function receiptOf(
  sale: SaleRow,
  refunds: readonly RefundRow[],
  merchantName?: string,
): Receipt {
  const foreign = refunds.find((refund) => refund.outTradeNo !== sale.outTradeNo);
  if (foreign) {
    throw new Error(
      `Refund ${foreign.outRefundNo} belongs to sale ${foreign.outTradeNo}, not to ${sale.outTradeNo}.`,
    );
  }
  const ordered = [...refunds].sort(
    (a, b) =>
      Date.parse(a.createdAt) - Date.parse(b.createdAt) || compare(a.outRefundNo, b.outRefundNo),
  );
  const done = ordered.filter((refund) => refund.state === 'refunded');
  const refunded = addMinor(...done.map((refund) => refund.amount));
  const feeBack = addMinor(...done.map((refund) => refund.fee ?? 0));
  const cancel = cancelOf(sale, refunded, feeBack);
  const name = merchantName?.trim();
  return {
    merchantName: name === '' ? undefined : name,
    maskedCode: receiptCode(sale.authCode),
    provider: sale.provider,
    mode: sale.mode,
    amount: sale.amount,
    fee: sale.fee,
    time: Date.parse(sale.paidAt ?? sale.createdAt),
    outTradeNo: sale.outTradeNo,
    tradeNo: sale.tradeNo,
    state: sale.state,
    refunds: ordered.map(receiptRefund),
    cancel,
    net: netOf(sale, refunded, cancel),
  };
}

function receiptRefund(refund: RefundRow): ReceiptRefund {
  return {
    outRefundNo: refund.outRefundNo,
    amount: refund.amount,
    fee: refund.fee,
    state: refund.state,
    time: Date.parse(refund.refundedAt ?? refund.createdAt),
  };
}

function cancelOf(sale: SaleRow, refunded: Minor, feeBack: Minor): ReceiptCancel | undefined {
  // A sale cancelled before it was paid moved no money: its status says all there is.
  if (sale.paidAt === undefined) return undefined;
  if (sale.state !== 'cancelling' && sale.state !== 'cancelled') return undefined;
  const asked = sale.history.findLast((change) => change.state === 'cancelling')?.at;
  const closed = sale.state === 'cancelled' ? sale.closedAt : undefined;
  return {
    amount: subtractMinor(sale.amount, refunded),
    fee: subtractMinor(sale.fee ?? 0, feeBack),
    state: sale.state,
    time: Date.parse(closed ?? asked ?? sale.updatedAt),
  };
}

function netOf(sale: SaleRow, refunded: Minor, cancel: ReceiptCancel | undefined): Minor | null {
  if (isPendingPayment(sale.state)) return null;
  const paid = sale.paidAt !== undefined || sale.state === 'paid' || sale.state === 'forwarded';
  if (!paid) return 0;
  const cancelled = cancel?.state === 'cancelled' ? cancel.amount : 0;
  return subtractMinor(sale.amount, addMinor(refunded, cancelled));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
