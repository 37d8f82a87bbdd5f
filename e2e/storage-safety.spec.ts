import { expect, test, type Page } from '@playwright/test';
import {
  goOffline,
  offlineCustomer,
  openScreen,
  openTerminalReadyForOffline,
  sellOffline,
  storedRows,
} from './support/offline-work.ts';
import { fillStorageQuota } from './support/storage-quota.ts';
import { chargeByHand } from './support/terminal-page.ts';
import { createWallet, issueCode, issueOfflineCodes, walletBalance } from './support/wallet-api.ts';

const STORAGE_FULL = 'The device storage is full, so Saoma cannot record the sale safely.';

function recordPaymentCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/v1/payments')) calls.push(request.url());
  });
  return calls;
}

test('without IndexedDB the terminal says so and takes no sales', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  const paymentCalls = recordPaymentCalls(page);

  await page.goto('/');

  await expect(page.getByRole('alert')).toContainText(/IndexedDB|storage/i);
  await expect(page.getByLabel('Amount')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Charge' })).toHaveCount(0);
  expect(paymentCalls).toEqual([]);
});

test('with the storage full the terminal refuses sales and charges nothing', async ({
  context,
  page,
  request,
}) => {
  // Chromium notices a smaller quota only after it has cached the old one for a while.
  test.setTimeout(180_000);
  const wallet = await createWallet(request, 'Full Fay', 10_000);
  const [offlineCode] = await issueOfflineCodes(request, wallet.walletId, wallet.token, 1, 20_000);
  const paymentCalls = recordPaymentCalls(page);
  await openTerminalReadyForOffline(page);
  const giveQuotaBack = await fillStorageQuota(context, page);
  try {
    // An online sale: refused before the pay call, because it cannot be journalled first.
    const online = await issueCode(request, wallet.walletId, wallet.token, 'wechat');
    await chargeByHand(page, '3.21', online.authCode);
    await expect(page.getByRole('alert').filter({ hasText: STORAGE_FULL })).toBeVisible();
    await expect(page.getByRole('status')).not.toContainText(/Paid|Accepted offline/);

    // An offline sale: refused instead of being accepted without a durable record.
    await page.getByRole('button', { name: 'Close scanner' }).click();
    await goOffline(context, page);
    await chargeByHand(page, '4.56', offlineCode?.text ?? '');
    await expect(page.getByRole('alert').filter({ hasText: STORAGE_FULL })).toBeVisible();
    await expect(page.getByRole('status')).not.toContainText('Accepted offline');
  } finally {
    await giveQuotaBack();
  }

  expect(paymentCalls).toEqual([]);
  expect(await storedRows(page, 'sales')).toEqual([]);
  await context.setOffline(false);
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(10_000);
});

/**
 * Exports the pending sales, then asks for `action`. A retry of a pending sale in the
 * background between the two makes the export stale, and the terminal rightly refuses; the
 * cashier exports again.
 */
async function exportThenAsk(page: Page, action: string) {
  const confirm = page.getByRole('group', { name: 'Confirm' });
  const refusal = page.getByRole('alert').filter({ hasText: 'not sent yet' });
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByRole('button', { name: 'Export pending (CSV)' }).click();
    const section = page.getByRole('region', { name: 'Pairing and local data' });
    await expect(section.getByRole('status')).toContainText('Exported');
    await page.getByRole('button', { name: action }).click();
    await expect(confirm.or(refusal)).toBeVisible();
    if (await confirm.isVisible()) return confirm;
  }
  throw new Error(`"${action}" was refused after every export`);
}

test('unpairing and clearing the data are refused while sales are pending, until exported', async ({
  context,
  page,
  request,
}) => {
  const { codes } = await offlineCustomer(request, 'Pending Pat', 10_000);
  await openTerminalReadyForOffline(page);
  await goOffline(context, page);
  await sellOffline(page, '9.99', codes[0] ?? '');

  await openScreen(page, 'Settings');
  const refusal = page.getByRole('alert');
  await page.getByRole('button', { name: 'Unpair this terminal' }).click();
  await expect(refusal).toHaveText('1 sale is not sent yet. Export it first, or sync it.');
  await page.getByRole('button', { name: 'Clear local data' }).click();
  await expect(refusal).toHaveText('1 sale is not sent yet. Export it first, or sync it.');
  expect(await storedRows(page, 'session')).toHaveLength(1);
  expect(await storedRows(page, 'sales')).toHaveLength(1);

  // Exported: unpairing is allowed, after an explicit confirmation.
  const confirm = await exportThenAsk(page, 'Unpair this terminal');
  await expect(confirm).toContainText('Unpair this terminal?');
  await expect(confirm).toContainText('The 1 unsent sale in the file you exported');
  await confirm.getByRole('button', { name: 'Go back' }).click();
  await expect(confirm).toBeHidden();
  expect(await storedRows(page, 'session')).toHaveLength(1);

  // A new sale makes the export stale.
  await openScreen(page, 'Checkout');
  await page.getByRole('button', { name: 'New sale' }).click();
  await sellOffline(page, '1.23', codes[1] ?? '');
  await openScreen(page, 'Settings');
  await page.getByRole('button', { name: 'Clear local data' }).click();
  await expect(refusal).toHaveText('2 sales are not sent yet. Export them first, or sync them.');

  const clear = await exportThenAsk(page, 'Clear local data');
  await expect(clear).toContainText('Clear all local data?');
  await clear.getByRole('button', { name: 'Yes, clear local data' }).click();
  await expect.poll(async () => (await storedRows(page, 'sales')).length).toBe(0);
});
