import type { Translate } from '../i18n/catalogue-types.ts';
import { formatDateTime } from '../i18n/format-date.ts';
import { formatMoney } from '../i18n/format-money.ts';
import type { Language } from '../i18n/languages.ts';
import type { RefundState } from '../payment-machine/refund-machine.ts';
import type { Receipt, ReceiptCancel, ReceiptRefund } from './receipt.ts';

export type ReceiptRow = { label: string; value: string };

/** A part of the receipt, set off from the next by a rule: the sale, a refund, the cancel, the net. */
export type ReceiptBlock = { kind: 'sale' | 'refund' | 'cancel' | 'net'; rows: ReceiptRow[] };

export type ReceiptWords = {
  merchantName: string | undefined;
  title: string;
  blocks: ReceiptBlock[];
};

/** The receipt in words, as the dialog shows it and receiptText prints it. */
export function receiptRows(receipt: Receipt, t: Translate, language: Language): ReceiptWords {
  const money = (amount: number) => formatMoney(amount, { language });
  const time = (moment: number) => formatDateTime(moment, language);
  const sale: ReceiptBlock = {
    kind: 'sale',
    rows: [
      { label: t('receipt.amount'), value: money(receipt.amount) },
      {
        label: t('receipt.fee'),
        value: receipt.fee === undefined ? t('receipt.notKnownYet') : money(receipt.fee),
      },
      { label: t('receipt.provider'), value: t(`provider.${receipt.provider}`) },
      { label: t('receipt.code'), value: receipt.maskedCode },
      { label: t('receipt.time'), value: time(receipt.time) },
      { label: t('receipt.status'), value: t(`state.${receipt.state}`) },
      { label: t('receipt.outTradeNo'), value: receipt.outTradeNo },
      { label: t('receipt.tradeNo'), value: receipt.tradeNo ?? t('receipt.notAssignedYet') },
    ],
  };
  const refunds = receipt.refunds.map((refund: ReceiptRefund): ReceiptBlock => ({
    kind: 'refund',
    rows: [
      { label: t('receipt.refund'), value: money(-refund.amount) },
      { label: t('receipt.status'), value: refundStatus(refund.state, t) },
      { label: t('receipt.time'), value: time(refund.time) },
      { label: t('receipt.outRefundNo'), value: refund.outRefundNo },
    ],
  }));
  const cancel = (c: ReceiptCancel): ReceiptBlock => ({
    kind: 'cancel',
    rows: [
      { label: t('receipt.cancel'), value: money(-c.amount) },
      { label: t('receipt.status'), value: t(`state.${c.state}`) },
      { label: t('receipt.time'), value: time(c.time) },
    ],
  });
  const net: ReceiptBlock = {
    kind: 'net',
    rows: [
      {
        label: t('receipt.net'),
        value: receipt.net === null ? t('receipt.notFinal') : money(receipt.net),
      },
    ],
  };
  return {
    merchantName: receipt.merchantName,
    title: t('receipt.title'),
    blocks: [sale, ...refunds, ...(receipt.cancel ? [cancel(receipt.cancel)] : []), net],
  };
}

function refundStatus(state: RefundState, t: Translate): string {
  return state === 'refunded' ? t('receipt.refunded') : t(`state.${state}`);
}
