import { describe, expect, it } from 'vitest';
import type { RefundRow } from '../db/database.ts';
import { iso, saleRow, T0 } from '../db/test-support/sale-row.ts';
import { translator } from '../i18n/translate.ts';
import { displayWidth } from './display-width.ts';
import { receiptOf } from './receipt.ts';
import { RECEIPT_COLUMNS, receiptText } from './receipt-text.ts';

const FULL_CODE = '281234567890123456';
const en = translator('en');
const zh = translator('zh-CN');

const refund: RefundRow = {
  outRefundNo: 'SR20261121081000QWERTYUIOP',
  outTradeNo: 'SO20261121080000ABCDEFGHIJ',
  amount: 25_000,
  state: 'refunded',
  history: [],
  fee: 95,
  refundedAt: iso(T0 + 600_000),
  pending: 0,
  attempts: 0,
  nextAttemptAt: 0,
  createdAt: iso(T0 + 590_000),
  updatedAt: iso(T0 + 600_000),
};

const cancelled = saleRow('SO20261121080000ABCDEFGHIJ', 'cancelled', {
  amount: 123_456,
  provider: 'wechat',
  authCode: '13************7890',
  tradeNo: '2026112108000012345678901234',
  fee: 469,
  paidAt: iso(T0 + 3_000),
  closedAt: iso(T0 + 900_000),
  history: [{ state: 'cancelling', at: iso(T0 + 890_000) }],
});

const lines = (text: string) => text.replace(/\n$/, '').split('\n');

describe('receiptText', () => {
  it('keeps every line within 32 columns in Chinese, a long merchant name and every block', () => {
    const receipt = receiptOf(cancelled, [refund], '萨奥马示范商店（南京西路旗舰店）有限公司');
    const text = receiptText(receipt, zh, { language: 'zh-CN' });
    for (const line of lines(text)) expect(displayWidth(line), line).toBeLessThanOrEqual(32);
    expect(text).toContain('微信支付');
    expect(text).toContain('已取消');
    expect(text).toContain('已退款');
    expect(text).toContain('-¥250.00');
    expect(text).toContain('-¥984.56');
    expect(text).toContain('¥1,234.56');
    expect(text).toContain('13************7890');
    expect(text).toContain('净额');
    // A 32-column layout actually uses the width: rules run the full line.
    expect(lines(text)).toContain('-'.repeat(RECEIPT_COLUMNS));
  });

  it('lays out label and value on one line when they fit, right-aligned', () => {
    const receipt = receiptOf(cancelled, [refund], 'Saoma Demo Shop');
    const text = receiptText(receipt, en, { language: 'en' });
    const all = lines(text);
    expect(all[0]).toBe('        Saoma Demo Shop');
    expect(all[1]).toBe('            Receipt');
    expect(all).toContain(`Amount${' '.repeat(17)}¥1,234.56`);
    expect(all).toContain(`Fee${' '.repeat(24)}¥4.69`);
    expect(all).toContain(`Provider${' '.repeat(14)}WeChat Pay`);
    expect(all).toContain(`Refund${' '.repeat(18)}-¥250.00`);
    expect(all).toContain(`Net amount${' '.repeat(17)}¥0.00`);
    // Too long to share a line with its label: the value goes on the next, right-aligned.
    const at = all.indexOf('Out trade no');
    expect(all[at + 1]).toBe('      SO20261121080000ABCDEFGHIJ');
    for (const line of all) expect(line.length).toBeLessThanOrEqual(32);
  });

  it('never shows the full code of a pending sale, and says what is not known yet', () => {
    const pending = saleRow('SO20261121080000PENDING123', 'unknown', { authCode: FULL_CODE });
    const text = receiptText(receiptOf(pending, []), en, { language: 'en' });
    expect(text).not.toContain(FULL_CODE);
    expect(text).toContain('28************3456');
    expect(text).toMatch(/Status\s+Outcome unknown\n/);
    expect(text).toMatch(/Fee\s+Not known yet\n/);
    expect(text).toMatch(/Trade no\s+Not assigned yet\n/);
    expect(text).toMatch(/Net amount\s+Not final yet\n$/);
  });

  it('fits a wider roll when asked', () => {
    const text = receiptText(receiptOf(cancelled, [refund]), en, { language: 'en', width: 48 });
    const all = lines(text);
    expect(all).toContain(`Out trade no${' '.repeat(10)}SO20261121080000ABCDEFGHIJ`);
    for (const line of all) expect(displayWidth(line)).toBeLessThanOrEqual(48);
  });
});
