import { beforeEach, describe, expect, it } from 'vitest';
import { feeFor } from '../../protocol/money.ts';
import { API_BASE, apiPaths } from '../../protocol/paths.ts';
import { SettlementLineSchema, SettlementSchema } from '../../protocol/settlements.ts';
import { InjectedFaults } from '../faults/injected-faults.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readProblem,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';

const ADMIN_LEDGER = `${API_BASE}/admin/ledger`;
const TODAY = '2026-11-21';

let h: Harness;
let terminal: TestTerminal;

beforeEach(async () => {
  h = await createHarness({ faults: new InjectedFaults() });
  terminal = await h.createTerminal();
});

function patch(body: unknown, token: string | null = ADMIN_TOKEN_FOR_TESTS, app = h) {
  return app.request('PATCH', ADMIN_LEDGER, { body, ...(token !== null ? { token } : {}) });
}

async function statement(till = terminal) {
  const response = await h.signed(till, 'GET', apiPaths.settlement(TODAY));
  expect(response.status).toBe(200);
  return SettlementSchema.parse(await response.json());
}

/** A paid sale, a partial refund of it, and a second sale cancelled after it was paid. */
async function dayOfBusiness() {
  const wallet = await h.createWallet(1_000_000);
  await h.payFrom(terminal, wallet, { outTradeNo: 'sale-1', amount: 10_000 });
  await h.payFrom(terminal, wallet, { outTradeNo: 'sale-2', amount: 4_000 });
  const refund = await h.signed(terminal, 'POST', apiPaths.paymentRefunds('sale-1'), {
    outRefundNo: 'refund-1',
    amount: 2_500,
  });
  expect(refund.status).toBe(200);
  const cancel = await h.signed(terminal, 'POST', apiPaths.paymentCancel('sale-2'));
  expect(cancel.status).toBe(200);
}

describe('PATCH /admin/ledger', () => {
  beforeEach(dayOfBusiness);

  it('changes a PAYMENT line’s fee and answers the changed line, as the statement shows it', async () => {
    const before = await statement();
    const response = await patch({ type: 'PAYMENT', outTradeNo: 'sale-1', fee: 99 });
    expect(response.status).toBe(200);
    const line = SettlementLineSchema.parse(await response.json());
    const original = before.lines.find((l) => l.type === 'PAYMENT' && l.outTradeNo === 'sale-1');
    expect(line).toEqual({ ...original, fee: 99 });

    const after = await statement();
    expect(after.lines).toEqual(before.lines.map((l) => (l === original ? line : l)));
    const feeChange = 99 - feeFor(10_000);
    expect(after.totals).toEqual({
      ...before.totals,
      fees: before.totals.fees + feeChange,
      net: before.totals.net - feeChange,
    });
  });

  it('changes a REFUND line by its outRefundNo, and a CANCEL line, amount and fee together', async () => {
    const refund = await patch({
      type: 'REFUND',
      outTradeNo: 'sale-1',
      outRefundNo: 'refund-1',
      amount: 2_600,
    });
    expect(refund.status).toBe(200);
    expect(await refund.json()).toMatchObject({
      type: 'REFUND',
      outRefundNo: 'refund-1',
      amount: 2_600,
    });
    const cancel = await patch({ type: 'CANCEL', outTradeNo: 'sale-2', amount: 3_000, fee: 0 });
    expect(cancel.status).toBe(200);
    expect(await cancel.json()).toMatchObject({ type: 'CANCEL', amount: 3_000, fee: 0 });

    const lines = (await statement()).lines.map((l) => [l.type, l.outTradeNo, l.amount]);
    expect(lines).toEqual([
      ['PAYMENT', 'sale-1', 10_000],
      ['PAYMENT', 'sale-2', 4_000],
      ['REFUND', 'sale-1', 2_600],
      ['CANCEL', 'sale-2', 3_000],
    ]);
  });

  it.each([
    [{ type: 'PAYMENT', outTradeNo: 'nope', fee: 1 }, 'PAYMENT line for outTradeNo nope'],
    [{ type: 'CANCEL', outTradeNo: 'sale-1', fee: 1 }, 'CANCEL line for outTradeNo sale-1'],
    [
      { type: 'REFUND', outTradeNo: 'sale-2', outRefundNo: 'refund-1', fee: 1 },
      'REFUND line with outRefundNo refund-1 for outTradeNo sale-2',
    ],
  ])('answers 404 naming the line for %j, and changes nothing', async (body, named) => {
    const before = await statement();
    const response = await patch(body);
    expect(response.status).toBe(404);
    const problem = await readProblem(response);
    expect(problem.code).toBe('NOT_FOUND');
    expect(problem.detail).toBe(`There is no ${named}.`);
    expect(await statement()).toEqual(before);
  });

  const PAYMENT = { type: 'PAYMENT', outTradeNo: 'sale-1' };
  it.each([
    [{ ...PAYMENT }, 'amount', 'is required unless fee is given'],
    [{ ...PAYMENT, fee: -1 }, 'fee', 'must be at least 0'],
    [{ ...PAYMENT, fee: 1.5 }, 'fee', 'must be a whole number of fen'],
    [{ ...PAYMENT, fee: '10' }, 'fee', 'must be a whole number of fen'],
    [{ ...PAYMENT, amount: 0 }, 'amount', 'must be at least 1'],
    [{ ...PAYMENT, amount: 100_000_001 }, 'amount', 'must be at most 100000000'],
    [{ ...PAYMENT, fee: 1, tradeNo: 'x' }, 'tradeNo', 'is not a known field'],
    [{ ...PAYMENT, fee: 1, outRefundNo: 'refund-1' }, 'outRefundNo', 'is only for REFUND lines'],
    [{ ...PAYMENT, type: 'REFUND', fee: 1 }, 'outRefundNo', 'is required for a REFUND line'],
    [{ ...PAYMENT, type: 'payment', fee: 1 }, 'type', 'must be PAYMENT, REFUND or CANCEL'],
    [
      { type: 'PAYMENT', fee: 1 },
      'outTradeNo',
      'Invalid input: expected string, received undefined',
    ],
    [
      { ...PAYMENT, outTradeNo: 'a b', fee: 1 },
      'outTradeNo',
      '1 to 64 characters of A-Z, a-z, 0-9, _ and -',
    ],
  ])('refuses %j with 400 naming %s, and changes nothing', async (body, path, message) => {
    const before = await statement();
    const response = await patch(body);
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors).toEqual([{ path, message }]);
    expect(await statement()).toEqual(before);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await patch('{"type":');
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors).toEqual([
      { path: '(body)', message: 'must be valid JSON' },
    ]);
  });

  it('refuses an outTradeNo that names lines of two merchants, and changes neither', async () => {
    await h.store.transaction((r) =>
      r.merchants.insertMerchant({ id: 'm_other', name: 'Other shop' }, false, h.now()),
    );
    const otherTill = await h.createTerminal('m_other');
    await h.payFrom(otherTill, await h.createWallet(100_000), {
      outTradeNo: 'sale-1',
      amount: 700,
    });
    const [mine, theirs] = [await statement(), await statement(otherTill)];

    const response = await patch({ type: 'PAYMENT', outTradeNo: 'sale-1', fee: 1 });
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors).toEqual([
      {
        path: 'outTradeNo',
        message:
          'matches the PAYMENT line for outTradeNo sale-1 of 2 merchants; this path changes one line only',
      },
    ]);
    expect([await statement(), await statement(otherTill)]).toEqual([mine, theirs]);
  });

  it('needs the admin token, even in demo mode', async () => {
    const wallet = await h.createWallet(100);
    const body = { type: 'PAYMENT', outTradeNo: 'sale-1', fee: 1 };
    expect((await patch(body, null)).status).toBe(401);
    expect((await patch(body, wallet.token)).status).toBe(403);
  });
});

it('does not exist when the server runs without injectable faults', async () => {
  const plain = await createHarness();
  const response = await patch({ type: 'PAYMENT', outTradeNo: 'sale-1', fee: 1 }, null, plain);
  expect(response.status).toBe(404);
  expect((await readProblem(response)).code).toBe('NOT_FOUND');
  const asAdmin = await patch(
    { type: 'PAYMENT', outTradeNo: 'sale-1', fee: 1 },
    ADMIN_TOKEN_FOR_TESTS,
    plain,
  );
  expect(asAdmin.status).toBe(404);
});
