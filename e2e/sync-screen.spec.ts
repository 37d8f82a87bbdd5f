import { expect, test, type Download } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  goOffline,
  offlineCustomer,
  openScreen,
  openTerminalReadyForOffline,
  sellOffline,
} from './support/offline-work.ts';
import { walletBalance } from './support/wallet-api.ts';

const BOM = '\uFEFF';

async function csvOf(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

test('Sync shows the offline sale waiting, exports it, and sends it on "Sync now"', async ({
  context,
  page,
  request,
}) => {
  const { wallet, codes } = await offlineCustomer(request, 'Sync Sam', 10_000);
  const [code = ''] = codes;
  await openTerminalReadyForOffline(page);
  await goOffline(context, page);
  await sellOffline(page, '12.34', code);

  await openScreen(page, 'Sync');
  await expect(page.getByRole('heading', { name: 'Sync', level: 1 })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Outbox' });
  await expect(facts).toContainText('1 not sent yet');
  await expect(facts).toContainText('¥12.34 of ¥2,000.00 (1 offline sale)');
  await expect(facts).toContainText('¥200.00 per sale');
  await expect(facts).toContainText('Browser offline');
  await expect(facts).toContainText(/Storage/);
  await expect(
    page.getByRole('meter', { name: 'Offline exposure against the limit' }),
  ).toBeVisible();

  // The oldest pending item's age keeps counting.
  const age = facts.getByText(/ s old$/);
  const firstAge = await age.textContent();
  await expect(age).not.toHaveText(firstAge ?? '');

  const pending = page.getByRole('region', { name: 'Pending sales' });
  const row = pending.getByRole('row').filter({ hasText: '¥12.34' });
  await expect(row).toContainText('offline');
  await expect(row).toContainText(/SO…\S{4}/);
  // Never the full code, anywhere on the page.
  expect(await page.content()).not.toContain(code);
  await expect(page.getByText('Nothing needs attention.')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export pending (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^saoma-pending-\d{8}-\d{6}\.csv$/);
  const csv = await csvOf(download);
  expect(csv.startsWith(`${BOM}Out trade no,`)).toBe(true);
  const lines = csv.slice(BOM.length).split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toMatch(/,offline,alipay,12\.34,CNY,SO…/);
  expect(csv).not.toContain(code);
  await expect(page.getByRole('status')).toHaveText('Exported 1 pending sale.');

  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('status')).toContainText('Sending 1 pending sale…');

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(facts).toContainText('0 not sent yet');
  await expect(page.getByText('Nothing is waiting to be sent.').first()).toBeVisible();
  await expect(page.getByText('All sent')).toBeVisible();
  await expect(page.getByText('Offline', { exact: true })).toBeHidden();
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(10_000 - 1_234);
});

test('a sale declined after forwarding needs attention and can be exported', async ({
  context,
  page,
  request,
}) => {
  // The wallet holds less than the sale: it declines the offline sale once it is forwarded.
  const { wallet, codes } = await offlineCustomer(request, 'Short Sue', 500);
  await openTerminalReadyForOffline(page);
  await goOffline(context, page);
  await sellOffline(page, '45.60', codes[0] ?? '');

  await openScreen(page, 'Sync');
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Sync now' }).click();

  const attention = page.getByRole('listitem').filter({ hasText: 'Declined after forwarding' });
  await expect(attention).toContainText('Follow up with the customer');
  await expect(attention).toContainText('¥45.60 with Alipay (offline)');
  await expect(attention).toContainText('INSUFFICIENT_FUNDS');
  await expect(page.getByRole('heading', { name: 'Needs attention (1)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Outbox' })).toContainText('0 not sent yet');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export needs-attention (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^saoma-needs-attention-\d{8}-\d{6}\.csv$/);
  const lines = (await csvOf(download)).slice(BOM.length).split('\r\n');
  expect(lines[0]).toMatch(/^Needs attention,Out trade no,/);
  expect(lines[1]).toMatch(
    /^Declined after forwarding: .*,declined-after-forwarding,offline,alipay,45\.60,/,
  );
  expect(lines[1]).toContain('INSUFFICIENT_FUNDS');
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(500);

  await attention.getByRole('button', { name: 'Mark as followed up' }).click();
  await expect(page.getByText('Nothing needs attention.')).toBeVisible();
});
