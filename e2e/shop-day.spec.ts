import { expect, test, type Page } from '@playwright/test';
import { SettlementLineSchema } from '../protocol/settlements.ts';
import {
  goOffline,
  offlineCustomer,
  openTerminalReadyForOffline,
  sellOffline,
} from './support/offline-work.ts';
import { startOwnServer } from './support/own-server.ts';
import { cellsOf, statementReader, totalsOf, yuan } from './support/settlement.ts';
import { totalsRowCells } from './support/reports-page.ts';
import { chargeByHand } from './support/terminal-page.ts';
import { ADMIN_TOKEN, answerPrompt, createWallet, issueCode } from './support/wallet-api.ts';

test.use({ timezoneId: 'UTC' });

let server: Awaited<ReturnType<typeof startOwnServer>> | undefined;
test.beforeAll(async () => {
  server = await startOwnServer('shop-day');
});
test.afterAll(async () => {
  await server?.close();
});

async function newSale(page: Page) {
  await page.getByRole('button', { name: 'New sale' }).click();
}

async function openSaleInHistory(page: Page, row: RegExp) {
  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
  await page.getByRole('list', { name: 'Journal' }).getByRole('button', { name: row }).click();
  return page.getByRole('region', { name: /^Sale SO/ });
}

test('a shop’s day: every kind of sale, a partial refund and a cancel; the report equals the statement, which balances until the wallet changes a line', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  if (!server) throw new Error('the server did not start');
  const context = await browser.newContext({ baseURL: server.origin, acceptDownloads: true });
  const page = await context.newPage();
  const api = context.request;
  const today = new Date().toISOString().slice(0, 10);
  const regular = await createWallet(api, 'Regular customer', 1_000_000);
  const code = (provider: 'alipay' | 'wechat' | 'unionpay') =>
    issueCode(api, regular.walletId, regular.token, provider).then((issued) => issued.authCode);
  await openTerminalReadyForOffline(page);
  const status = page.getByRole('status');

  // Paid at once.
  await chargeByHand(page, '20.00', await code('alipay'));
  await expect(status).toContainText('Paid ¥20.00 with Alipay');
  await newSale(page);
  // Paid after the customer confirmed on the phone.
  await chargeByHand(page, '1500.00', await code('wechat'));
  await expect(status).toContainText('Waiting for customer');
  await answerPrompt(api, regular.walletId, regular.token, 'confirm');
  await expect(status).toContainText('Paid ¥1500.00 with WeChat Pay');
  await newSale(page);
  // Declined: not enough money.
  const poor = await createWallet(api, 'Poor customer', 100);
  const poorCode = await issueCode(api, poor.walletId, poor.token, 'alipay');
  await chargeByHand(page, '5.00', poorCode.authCode);
  await expect(status).toContainText('Declined');
  await newSale(page);
  // Cancelled by the cashier while the customer was deciding: no money moves.
  await chargeByHand(page, '1200.00', await code('unionpay'));
  await expect(status).toContainText('Waiting for customer');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toContainText('Cancelled ¥1200.00');
  await newSale(page);
  // Accepted offline, then forwarded when the network is back.
  const offline = await offlineCustomer(api, 'Offline customer', 100_000, 1);
  await goOffline(context, page);
  await sellOffline(page, '8.88', offline.codes[0] ?? '');
  await context.setOffline(false);
  await expect(status).toContainText('Accepted offline and confirmed: paid ¥8.88', {
    timeout: 30_000,
  });

  // A partial refund of the first sale, and a cancel of the confirmed one, from History.
  let detail = await openSaleInHistory(page, /^Sale ¥20\.00, Alipay, Paid/);
  await detail.getByLabel('Refund amount').fill('5.00');
  await detail.getByRole('button', { name: /^Refund ¥5\.00/ }).click();
  await expect(detail.getByText(/RF\S+: ¥5\.00, Refunded/)).toBeVisible();
  await detail.getByRole('button', { name: 'Back to the journal' }).click();
  detail = await openSaleInHistory(page, /^Sale ¥1,500\.00, WeChat Pay, Paid/);
  await detail.getByRole('button', { name: 'Cancel sale' }).click();
  await detail.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(detail.getByText('Cancelled', { exact: true })).toHaveCount(2);

  // The wallet's statement: 3 payments, a refund and a cancel.
  const statement = statementReader(api);
  const settlement = await (await statement)(today);
  expect(settlement.lines.map((line) => line.type).sort()).toEqual([
    'CANCEL',
    'PAYMENT',
    'PAYMENT',
    'PAYMENT',
    'REFUND',
  ]);
  expect(settlement.totals).toEqual(totalsOf(settlement.lines));

  // Reports: the day's totals equal the statement's, per provider and overall.
  await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
  const rowOf = (name: string) => totalsRowCells(page, name);
  await expect(rowOf('All providers')).toHaveText(cellsOf(settlement.totals));
  for (const [provider, name] of [
    ['alipay', 'Alipay'],
    ['wechat', 'WeChat Pay'],
  ] as const) {
    const lines = settlement.lines.filter((line) => line.provider === provider);
    await expect(rowOf(name)).toHaveText(cellsOf(totalsOf(lines)));
  }
  expect(settlement.totals.gross).toBe(2_000 + 150_000 + 888);
  await expect(rowOf('All providers').first()).toHaveText(yuan(settlement.totals.gross));

  // Reconciliation: balanced.
  const panel = page.getByRole('region', { name: 'Reconciliation' });
  await page.getByLabel('Statement date (UTC)').fill(today);
  await page.getByRole('button', { name: 'Reconcile' }).click();
  await expect(status).toContainText('Balanced');
  await expect(panel.getByRole('heading', { level: 3, name: /^Matched \(5\)$/ })).toBeVisible();

  // The wallet's REFUND line changes amount: exactly that line is shown as a mismatch.
  const refundLine = settlement.lines.find((line) => line.type === 'REFUND');
  if (!refundLine?.outRefundNo) throw new Error('no refund line');
  const patched = await api.patch('/api/v1/admin/ledger', {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    data: {
      type: 'REFUND',
      outTradeNo: refundLine.outTradeNo,
      outRefundNo: refundLine.outRefundNo,
      amount: 600,
    },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  expect(SettlementLineSchema.parse(await patched.json())).toMatchObject({ amount: 600 });
  await page.getByRole('button', { name: 'Reconcile' }).click();
  await expect(status).toContainText('Not balanced: 1 problem');
  await expect(
    panel.getByRole('heading', { level: 3, name: /^Amount or fee mismatches \(1\)$/ }),
  ).toBeVisible();
  await expect(
    panel.getByRole('heading', { level: 3, name: /^Missing on the terminal \(0\)$/ }),
  ).toBeVisible();
  await expect(
    panel.getByRole('heading', { level: 3, name: /^Missing at the wallet \(0\)$/ }),
  ).toBeVisible();
  await expect(panel.getByRole('heading', { level: 3, name: /^Matched \(4\)$/ })).toBeVisible();
  const mismatch = panel.getByRole('listitem');
  await expect(mismatch).toHaveCount(1);
  await expect(mismatch).toContainText(`Refund ${refundLine.outRefundNo}`);
  await expect(mismatch).toContainText('Differs: amount');
  await context.close();
});
