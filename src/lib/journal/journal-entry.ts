import type { Minor } from '../../../protocol/money.ts';
import { maskPaymentCode, type Provider } from '../../../protocol/payment-code.ts';
import { addMinor, subtractMinor } from '../../../protocol/money.ts';
import type { RefundRow, SaleRow, StateChange } from '../db/database.ts';
import type { PaymentState } from '../payment-machine/payment-machine.ts';
import type { RefundState } from '../payment-machine/refund-machine.ts';

/**
 * The journal shows three kinds of entry: the sale itself, each refund of it, and the cancel of
 * a sale whose money had moved (the wallet gives it all back).
 */
export const JOURNAL_KINDS = ['sale', 'refund', 'cancel'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

/** The cashier's coarse view of an entry, for filters and badges; `state` keeps the detail. */
export const JOURNAL_STATUSES = ['paid', 'pending', 'declined', 'cancelled', 'refunded'] as const;
export type JournalStatus = (typeof JOURNAL_STATUSES)[number];

/** The wallet's settlement line an entry stands for, once its money has moved. */
export type MovementType = 'PAYMENT' | 'REFUND' | 'CANCEL';

export type JournalEntry = {
  /** Unique in the journal: the outTradeNo, the outRefundNo, or `<outTradeNo>~cancel`. */
  id: string;
  kind: JournalKind;
  outTradeNo: string;
  outRefundNo?: string;
  tradeNo?: string;
  provider: Provider;
  mode: 'online' | 'offline';
  /** The sale's amount; a refund's; for a cancel, what it gave back. Never negative. */
  amount: Minor;
  /** The fee charged (sale) or given back (refund, cancel); 0 until the wallet has said. */
  fee: Minor;
  status: JournalStatus;
  state: PaymentState | RefundState;
  /** Unix ms the entry began on this terminal: the journal's order and its date filter. */
  createdAt: number;
  /**
   * Unix ms the wallet moved the money (paidAt, the refund's time, closedAt): when the entry is
   * a line of the wallet's settlement. Absent while no money has moved.
   */
  movedAt?: number;
  movement?: MovementType;
  /** The code, masked (first 2 and last 4 characters), and its last four characters. */
  maskedCode: string;
  codeLast4: string;
  /** The trade numbers in capitals, made once so a search does not convert 50,000 strings. */
  searchText: string;
  failure?: { code: string; message: string };
};

/** Every entry of the journal, newest first. */
export function journalEntries(
  sales: readonly SaleRow[],
  refunds: readonly RefundRow[],
): JournalEntry[] {
  const refundsBySale = new Map<string, RefundRow[]>();
  for (const refund of refunds) {
    const list = refundsBySale.get(refund.outTradeNo) ?? [];
    list.push(refund);
    refundsBySale.set(refund.outTradeNo, list);
  }
  const salesByNo = new Map(sales.map((sale) => [sale.outTradeNo, sale]));
  const entries: JournalEntry[] = [];
  for (const sale of sales) {
    entries.push(saleEntry(sale));
    const cancel = cancelEntry(sale, refundsBySale.get(sale.outTradeNo) ?? []);
    if (cancel) entries.push(cancel);
  }
  for (const refund of refunds) {
    const sale = salesByNo.get(refund.outTradeNo);
    if (sale) entries.push(refundEntry(refund, sale));
  }
  return entries.sort(newestFirst);
}

export function newestFirst(a: JournalEntry, b: JournalEntry): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

const SALE_STATUS: Readonly<Record<PaymentState, JournalStatus>> = {
  created: 'pending',
  sending: 'pending',
  userpaying: 'pending',
  unknown: 'pending',
  cancelling: 'pending',
  paid: 'paid',
  declined: 'declined',
  cancelled: 'cancelled',
  'accepted-offline': 'pending',
  forwarding: 'pending',
  forwarded: 'paid',
  'declined-after-forwarding': 'declined',
};

const REFUND_STATUS: Readonly<Record<RefundState, JournalStatus>> = {
  created: 'pending',
  sending: 'pending',
  unknown: 'pending',
  refunded: 'refunded',
  declined: 'declined',
};

function saleEntry(sale: SaleRow): JournalEntry {
  const movedAt = sale.paidAt === undefined ? undefined : Date.parse(sale.paidAt);
  return {
    id: sale.outTradeNo,
    kind: 'sale',
    outTradeNo: sale.outTradeNo,
    ...(sale.tradeNo !== undefined ? { tradeNo: sale.tradeNo } : {}),
    provider: sale.provider,
    mode: sale.mode,
    amount: sale.amount,
    fee: sale.fee ?? 0,
    status: SALE_STATUS[sale.state],
    state: sale.state,
    createdAt: Date.parse(sale.createdAt),
    ...(movedAt !== undefined ? { movedAt, movement: 'PAYMENT' as const } : {}),
    ...codeFields(sale.authCode),
    searchText: searchTextOf(sale.outTradeNo),
    ...(sale.failure ? { failure: sale.failure } : {}),
  };
}

function refundEntry(refund: RefundRow, sale: SaleRow): JournalEntry {
  const moved = refund.state === 'refunded' && refund.refundedAt !== undefined;
  return {
    id: refund.outRefundNo,
    kind: 'refund',
    outTradeNo: refund.outTradeNo,
    outRefundNo: refund.outRefundNo,
    ...(sale.tradeNo !== undefined ? { tradeNo: sale.tradeNo } : {}),
    provider: sale.provider,
    mode: sale.mode,
    amount: refund.amount,
    fee: refund.fee ?? 0,
    status: REFUND_STATUS[refund.state],
    state: refund.state,
    createdAt: Date.parse(refund.createdAt),
    ...(moved && refund.refundedAt !== undefined
      ? { movedAt: Date.parse(refund.refundedAt), movement: 'REFUND' as const }
      : {}),
    ...codeFields(sale.authCode),
    searchText: searchTextOf(refund.outTradeNo, refund.outRefundNo),
    ...(refund.failure ? { failure: refund.failure } : {}),
  };
}

/**
 * The cancel of a sale whose money had moved: it gives back what refunds left, with the rest of
 * the fee. A sale cancelled before it was paid needs no entry of its own: it moved no money.
 */
function cancelEntry(sale: SaleRow, refunds: readonly RefundRow[]): JournalEntry | null {
  if (sale.paidAt === undefined) return null;
  if (sale.state !== 'cancelling' && sale.state !== 'cancelled') return null;
  const requested = lastChangeTo(sale.history, 'cancelling');
  const refunded = refunds.filter((refund) => refund.state === 'refunded');
  const closed = sale.state === 'cancelled' && sale.closedAt !== undefined;
  return {
    id: `${sale.outTradeNo}~cancel`,
    kind: 'cancel',
    outTradeNo: sale.outTradeNo,
    ...(sale.tradeNo !== undefined ? { tradeNo: sale.tradeNo } : {}),
    provider: sale.provider,
    mode: sale.mode,
    amount: subtractMinor(sale.amount, addMinor(...refunded.map((refund) => refund.amount))),
    fee: subtractMinor(sale.fee ?? 0, addMinor(...refunded.map((refund) => refund.fee ?? 0))),
    status: sale.state === 'cancelled' ? 'cancelled' : 'pending',
    state: sale.state,
    createdAt: Date.parse(requested?.at ?? sale.updatedAt),
    ...(closed && sale.closedAt !== undefined
      ? { movedAt: Date.parse(sale.closedAt), movement: 'CANCEL' as const }
      : {}),
    ...codeFields(sale.authCode),
    searchText: searchTextOf(sale.outTradeNo),
  };
}

function lastChangeTo<S extends string>(
  history: readonly StateChange<S>[],
  state: S,
): StateChange<S> | undefined {
  return history.findLast((change) => change.state === state);
}

function searchTextOf(...numbers: string[]): string {
  return numbers.join('\n').toUpperCase();
}

function codeFields(authCode: string): { maskedCode: string; codeLast4: string } {
  // A pending sale still holds its full code: the journal never shows it.
  return { maskedCode: maskPaymentCode(authCode), codeLast4: authCode.slice(-4) };
}
