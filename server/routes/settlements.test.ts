import { beforeEach, describe, expect, it } from 'vitest';
import { feeFor, feeReturnedByRefund } from '../../protocol/money.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { SettlementSchema } from '../../protocol/settlements.ts';
import {
  createHarness,
  readProblem,
  TEST_START,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';

let h: Harness;
let terminal: TestTerminal;
const HOUR = 60 * 60_000;

beforeEach(async () => {
  // 2026-11-21T20:00Z: four hours before the UTC day ends.
  h = await createHarness({
    startAt: TEST_START + 12 * HOUR,
    fees: { alipay: 3800, wechat: 6000, unionpay: 2500 },
  });
  terminal = await h.createTerminal();
});

async function statement(date: string) {
  const response = await h.signed(terminal, 'GET', apiPaths.settlement(date));
  expect(response.status).toBe(200);
  return SettlementSchema.parse(await response.json());
}

describe('GET /settlements/{date}', () => {
  it('lists the day’s money by UTC day, with fees per provider, and totals that add up', async () => {
    const wallet = await h.createWallet(1_000_000);
    const alipay = await h.issueCode(wallet, 'alipay');
    const wechat = await h.issueCode(wallet, 'wechat');
    await h.pay(terminal, h.payRequest({ outTradeNo: 'a-1', authCode: alipay, amount: 10_000 }));
    await h.pay(terminal, h.payRequest({ outTradeNo: 'w-1', authCode: wechat, amount: 5_005 }));
    h.advance(5 * HOUR); // 2026-11-22T01:00Z
    await h.signed(terminal, 'POST', apiPaths.paymentRefunds('a-1'), {
      outRefundNo: 'r-1',
      amount: 2_500,
    });
    await h.payFrom(terminal, wallet, { outTradeNo: 'a-2', amount: 700 });

    const first = await statement('2026-11-21');
    expect(
      first.lines.map((line) => [line.type, line.outTradeNo, line.provider, line.fee]),
    ).toEqual([
      ['PAYMENT', 'a-1', 'alipay', feeFor(10_000, 3800)],
      ['PAYMENT', 'w-1', 'wechat', feeFor(5_005, 6000)],
    ]);
    const fees = feeFor(10_000, 3800) + feeFor(5_005, 6000);
    expect(first.totals).toEqual({
      gross: 15_005,
      refunds: 0,
      fees,
      net: 15_005 - fees,
      count: 2,
    });

    const second = await statement('2026-11-22');
    expect(second.lines).toMatchObject([
      { type: 'REFUND', outTradeNo: 'a-1', outRefundNo: 'r-1', amount: 2_500 },
      { type: 'PAYMENT', outTradeNo: 'a-2', amount: 700 },
    ]);
    const feesTwo = feeFor(700) - feeReturnedByRefund(0, 2_500, 3800);
    expect(second.totals).toEqual({
      gross: 700,
      refunds: 2_500,
      fees: feesTwo,
      net: 700 - 2_500 - feesTwo,
      count: 1,
    });
    for (const day of [first, second]) {
      expect(day.lines.every((line) => line.at.startsWith(day.date))).toBe(true);
    }
  });

  it('shows only the terminal’s own merchant', async () => {
    await h.store.transaction((r) =>
      r.merchants.insertMerchant({ id: 'm_other', name: 'Other shop' }, false, h.now()),
    );
    const otherTill = await h.createTerminal('m_other');
    const wallet = await h.createWallet(100_000);
    await h.payFrom(otherTill, wallet, { outTradeNo: 'theirs', amount: 1_000 });
    await h.payFrom(terminal, wallet, { outTradeNo: 'mine', amount: 2_000 });
    expect((await statement('2026-11-21')).lines.map((line) => line.outTradeNo)).toEqual(['mine']);
  });

  it('names on each line the terminal that took the payment, its refunds included', async () => {
    const secondTill = await h.createTerminal();
    const wallet = await h.createWallet(100_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'first-till', amount: 2_000 });
    await h.payFrom(secondTill, wallet, { outTradeNo: 'second-till', amount: 1_000 });
    const refund = await h.signed(secondTill, 'POST', apiPaths.paymentRefunds('second-till'), {
      outRefundNo: 'second-till-r1',
      amount: 400,
    });
    expect(refund.status).toBe(200);
    const lines = (await statement('2026-11-21')).lines;
    expect(lines.map((line) => [line.type, line.outTradeNo, line.terminalId])).toEqual([
      ['PAYMENT', 'first-till', terminal.terminalId],
      ['PAYMENT', 'second-till', secondTill.terminalId],
      ['REFUND', 'second-till', secondTill.terminalId],
    ]);
  });

  it('leaves out payments that moved no money', async () => {
    const wallet = await h.createWallet(10);
    await h.payFrom(terminal, wallet, { outTradeNo: 'declined', amount: 1_000 });
    expect(await statement('2026-11-21')).toEqual({
      date: '2026-11-21',
      lines: [],
      totals: { gross: 0, refunds: 0, fees: 0, net: 0, count: 0 },
    });
  });

  it('has no statement for a day that has not begun, and refuses dates that do not exist', async () => {
    const future = await h.signed(terminal, 'GET', apiPaths.settlement('2026-11-22'));
    expect(future.status).toBe(404);
    expect((await readProblem(future)).code).toBe('NOT_FOUND');
    for (const date of ['2026-02-30', '2026-13-01', '21-11-2026', 'today', '2026-11-21T00:00']) {
      const response = await h.signed(terminal, 'GET', apiPaths.settlement(date));
      expect(response.status).toBe(400);
      expect((await readProblem(response)).errors?.[0]?.path).toBe('date');
    }
  });

  it('needs a signed terminal request', async () => {
    const response = await h.request('GET', apiPaths.settlement('2026-11-21'));
    expect(response.status).toBe(401);
  });
});
