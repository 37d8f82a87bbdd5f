import type { Minor } from '../../../../protocol/money.ts';
import type { Provider } from '../../../../protocol/payment-code.ts';
import type { JournalEntry } from '../../journal/journal-entry.ts';
import { testEntry } from '../../journal/test-support/test-entry.ts';

/** A journal entry for tests: a paid alipay sale of ¥10.00 (fee ¥0.04) begun and moved at `at`. */
export function journalEntry(
  id: string,
  at: string,
  overrides: Partial<JournalEntry> = {},
): JournalEntry {
  const ms = Date.parse(at);
  return { ...unmoved(id, ms), movedAt: ms, movement: 'PAYMENT', ...overrides };
}

function unmoved(id: string, ms: number): JournalEntry {
  return testEntry({ id, outTradeNo: id, tradeNo: `T-${id}`, createdAt: ms });
}

/** A paid sale whose money moved at `at` (ISO). */
export const payment = (
  id: string,
  at: string,
  amount: Minor,
  fee: Minor,
  provider: Provider = 'alipay',
) => journalEntry(id, at, { amount, fee, provider });

/** A refund of `sale` whose money moved at `at`. */
export const refund = (sale: JournalEntry, no: string, at: string, amount: Minor, fee: Minor) =>
  journalEntry(no, at, {
    kind: 'refund',
    outTradeNo: sale.outTradeNo,
    outRefundNo: no,
    searchText: `${sale.outTradeNo}\n${no}`.toUpperCase(),
    provider: sale.provider,
    amount,
    fee,
    status: 'refunded',
    state: 'refunded',
    movement: 'REFUND',
  });

/** The cancel of `sale`, closed at `at`, giving back `amount` and `fee`. */
export const cancel = (sale: JournalEntry, at: string, amount: Minor, fee: Minor) =>
  journalEntry(`${sale.outTradeNo}~cancel`, at, {
    kind: 'cancel',
    outTradeNo: sale.outTradeNo,
    provider: sale.provider,
    amount,
    fee,
    status: 'cancelled',
    state: 'cancelled',
    movement: 'CANCEL',
  });

/** An offline sale accepted at `at`, not forwarded yet: no money has moved. */
export function pendingOffline(id: string, at: string, amount: Minor): JournalEntry {
  return {
    ...unmoved(id, Date.parse(at)),
    mode: 'offline',
    amount,
    fee: 0,
    status: 'pending',
    state: 'accepted-offline',
  };
}
