import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { SettlementLineSchema } from '../protocol/settlements.ts';
import { startOwnServer } from './support/own-server.ts';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { ADMIN_TOKEN, createWallet, issueCode } from './support/wallet-api.ts';

let server: Awaited<ReturnType<typeof startOwnServer>> | undefined;

test.beforeAll(async () => {
  server = await startOwnServer('reconciliation');
});

test.afterAll(async () => {
  await server?.close();
});

async function reconcile(page: Page, date?: string) {
  if (date !== undefined) await page.getByLabel('Statement date (UTC)').fill(date);
  await page.getByRole('button', { name: 'Reconcile' }).click();
}

const group = (page: Page, name: RegExp) => page.getByRole('heading', { level: 3, name });

test('the day balances, then shows exactly the fee changed on the wallet’s side', async ({
  browser,
}) => {
  if (!server) throw new Error('the server did not start');
  const context = await browser.newContext({ baseURL: server.origin, acceptDownloads: true });
  const page = await context.newPage();
  const api = context.request;

  // Three sales through the checkout, one per provider.
  const wallet = await createWallet(api, 'Reconciling customer', 1_000_000);
  await openTerminal(page);
  const sales = [
    ['12.34', 'alipay'],
    ['56.78', 'wechat'],
    ['9.99', 'unionpay'],
  ] as const;
  for (const [amount, provider] of sales) {
    const code = await issueCode(api, wallet.walletId, wallet.token, provider);
    await chargeByHand(page, amount, code.authCode);
    await expect(page.getByRole('status')).toContainText('Paid');
    await page.getByRole('button', { name: 'New sale' }).click();
  }

  await page.getByRole('link', { name: 'Reports' }).click();
  const panel = page.getByRole('region', { name: 'Reconciliation' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Reconciliation' })).toBeVisible();
  await expect(panel.getByText('The wallet’s day runs from 00:00 to 24:00 UTC')).toBeVisible();

  // A day that has not begun is refused before any call, with a clear reason.
  await reconcile(page, '2099-01-01');
  await expect(panel.getByRole('alert')).toContainText('2099-01-01 has not begun yet (UTC)');

  // Today (UTC), as the wallet counts days: everything matches.
  const today = new Date().toISOString().slice(0, 10);
  await reconcile(page, today);
  const status = page.getByRole('status');
  await expect(status).toContainText('Balanced');
  await expect(status).toContainText('All 3 lines of');
  await expect(group(page, /^Missing on the terminal \(0\)$/)).toBeVisible();
  await expect(group(page, /^Missing at the wallet \(0\)$/)).toBeVisible();
  await expect(group(page, /^Amount or fee mismatches \(0\)$/)).toBeVisible();
  await expect(group(page, /^Matched \(3\)$/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Export all problems' })).toHaveCount(0);

  // The wallet's side of one payment changes: its fee becomes ¥9.99.
  const matched = panel.getByRole('region', { name: 'Matched (3)' });
  const firstRow = matched.getByRole('row').nth(1);
  const outTradeNo = (await firstRow.getByRole('cell').nth(1).textContent()) ?? '';
  const amount = (await firstRow.getByRole('cell').nth(2).textContent()) ?? '';
  const terminalFee = (await firstRow.getByRole('cell').nth(3).textContent()) ?? '';
  const yuan = (money: string) => money.replace(/[¥,]/g, '');
  expect(outTradeNo).toMatch(/^SO\w+$/);
  const patched = await api.patch('/api/v1/admin/ledger', {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    data: { type: 'PAYMENT', outTradeNo, fee: 999 },
  });
  expect(patched.status(), await patched.text()).toBe(200);
  const line = SettlementLineSchema.parse(await patched.json());
  expect(line).toMatchObject({ type: 'PAYMENT', outTradeNo, fee: 999 });

  await reconcile(page, line.at.slice(0, 10));
  await expect(status).toContainText('Not balanced: 1 problem');
  await expect(status).not.toContainText('Balanced');
  await expect(group(page, /^Missing on the terminal \(0\)$/)).toBeVisible();
  await expect(group(page, /^Missing at the wallet \(0\)$/)).toBeVisible();
  await expect(group(page, /^Amount or fee mismatches \(1\)$/)).toBeVisible();
  await expect(group(page, /^Matched \(2\)$/)).toBeVisible();
  const problems = panel.getByRole('listitem');
  await expect(problems).toHaveCount(1);
  const mismatch = problems.first();
  await expect(mismatch.getByRole('heading', { level: 4 })).toHaveText(`Payment ${outTradeNo}`);
  await expect(mismatch).toContainText('Differs: fee');
  const feeRow = mismatch.getByRole('row', { name: /^Fee/ });
  await expect(feeRow.getByRole('cell')).toHaveText(['¥9.99', terminalFee]);

  // Its CSV: a BOM, amounts in yuan with two decimals.
  const download = page.waitForEvent('download');
  await mismatch.getByRole('button', { name: 'Export' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  expect(csv.startsWith('\uFEFFStatement date (UTC),Problem,Differs,')).toBe(true);
  expect(csv).toContain(`Amount or fee mismatch,fee,PAYMENT,${outTradeNo},`);
  expect(csv).toContain(`,${yuan(amount)},9.99,${yuan(amount)},${yuan(terminalFee)},`);

  // The wallet's own view of the payment: its fee was never changed, only the statement's line.
  await mismatch.getByRole('button', { name: 'Query payment' }).click();
  const view = mismatch.getByRole('table', {
    name: new RegExp(`^The wallet’s view of ${outTradeNo}`),
  });
  await expect(view).toBeVisible();
  await expect(view.getByRole('row', { name: /^Status/ }).getByRole('cell')).toHaveText([
    'Paid (SUCCESS)',
    'Paid',
  ]);
  await expect(view.getByRole('row', { name: /^Fee/ }).getByRole('cell')).toHaveText([
    terminalFee,
    terminalFee,
  ]);
  await expect(view.getByRole('row', { name: /^Refunded/ }).getByRole('cell')).toHaveText([
    '¥0.00',
    '¥0.00',
  ]);

  // Without the network there is no statement: the panel says why instead of a stale result.
  await context.setOffline(true);
  await reconcile(page);
  await expect(panel.getByRole('alert')).toContainText('No answer from the wallet');
  await expect(status).toBeEmpty();
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await context.close();
});
