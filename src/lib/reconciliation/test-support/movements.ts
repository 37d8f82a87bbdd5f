import type { Settlement, SettlementLine } from '../../../../protocol/settlements.ts';
import type { JournalEntry } from '../../journal/journal-entry.ts';
import { testEntry } from '../../journal/test-support/test-entry.ts';
import { settlementTotals } from '../settlement-totals.ts';

export const DAY = '2026-11-21';
/** A moment of DAY (UTC): `at('08:00')`. */
export const at = (time: string, day = DAY) => Date.parse(`${day}T${time}:00.000Z`);

function entry(fields: Partial<JournalEntry> & Pick<JournalEntry, 'id' | 'kind' | 'outTradeNo'>) {
  return testEntry({ createdAt: at('08:00'), ...fields });
}

/** A sale; it moved money at `movedAt` (a PAYMENT), or not at all when that is undefined. */
export function sale(outTradeNo: string, amount: number, fee: number, movedAt?: number) {
  return entry({
    id: outTradeNo,
    kind: 'sale',
    outTradeNo,
    amount,
    fee,
    ...(movedAt !== undefined
      ? { movedAt, movement: 'PAYMENT' }
      : { status: 'pending', state: 'unknown' }),
  });
}

export function refund(
  outTradeNo: string,
  outRefundNo: string,
  amount: number,
  fee: number,
  movedAt?: number,
) {
  return entry({
    id: outRefundNo,
    kind: 'refund',
    outTradeNo,
    outRefundNo,
    amount,
    fee,
    status: 'refunded',
    state: 'refunded',
    ...(movedAt !== undefined ? { movedAt, movement: 'REFUND' } : {}),
  });
}

export function cancel(outTradeNo: string, amount: number, fee: number, movedAt?: number) {
  return entry({
    id: `${outTradeNo}~cancel`,
    kind: 'cancel',
    outTradeNo,
    amount,
    fee,
    status: 'cancelled',
    state: 'cancelled',
    ...(movedAt !== undefined ? { movedAt, movement: 'CANCEL' } : {}),
  });
}

export function line(
  type: SettlementLine['type'],
  outTradeNo: string,
  amount: number,
  fee: number,
  moment: number,
  outRefundNo?: string,
): SettlementLine {
  return {
    type,
    outTradeNo,
    ...(outRefundNo !== undefined ? { outRefundNo } : {}),
    tradeNo: `tr_${outTradeNo}`,
    provider: 'alipay',
    amount,
    fee,
    at: new Date(moment).toISOString(),
  };
}

export function statement(lines: SettlementLine[], date = DAY): Settlement {
  return { date, lines, totals: settlementTotals(lines) };
}
