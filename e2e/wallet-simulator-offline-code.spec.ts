import { expect, test, type Page } from '@playwright/test';
import { goOffline, openTerminalReadyForOffline, sellOffline } from './support/offline-work.ts';
import { openSimulatorWithNewWallet } from './support/wallet-simulator-page.ts';

function offlineQr(phone: Page) {
  return phone.getByRole('img', { name: 'Offline payment code' });
}

async function showOfflineCode(phone: Page): Promise<string> {
  await phone.getByRole('button', { name: 'Offline code', exact: true }).click();
  await expect(offlineQr(phone)).toHaveAttribute('data-text', /^SOP1\.[\w-]+\.[\w-]+$/);
  return (await offlineQr(phone).getAttribute('data-text')) ?? '';
}

test('the simulator shows an offline code as a QR that the offline terminal accepts', async ({
  context,
}) => {
  const terminal = await context.newPage();
  await openTerminalReadyForOffline(terminal);

  const phone = await context.newPage();
  await openSimulatorWithNewWallet(phone, 'Commuter', '500.00');
  const first = await showOfflineCode(phone);
  await expect(phone.getByLabel('Offline code text')).toHaveValue(first);
  await expect(phone.getByText('Pays up to ¥200.00')).toBeVisible();
  await expect(phone.getByText('10 codes left')).toBeVisible();
  // Large enough for a tablet camera; that the drawn symbol reads back as the code is checked
  // by the encoder's unit test (src/features/wallet-sim/offline-code-qr.test.ts).
  expect((await offlineQr(phone).boundingBox())?.width).toBeGreaterThanOrEqual(400);
  await expect(offlineQr(phone)).toHaveAttribute('data-text', first);

  // The terminal and the phone both lose the network; the phone still has its codes.
  await goOffline(context, terminal);
  await sellOffline(terminal, '12.34', first);

  await phone.getByRole('button', { name: 'Next code' }).click();
  await expect(offlineQr(phone)).not.toHaveAttribute('data-text', first);
  await expect(phone.getByText('9 codes left')).toBeVisible();
  const second = (await offlineQr(phone).getAttribute('data-text')) ?? '';
  expect(second).toMatch(/^SOP1\./);

  // The codes are kept on the phone: back online and reloaded, it shows the same next code.
  await context.setOffline(false);
  await phone.reload();
  expect(await showOfflineCode(phone)).toBe(second);
});

test('the offline code cap is checked before and by the wallet', async ({ page }) => {
  await openSimulatorWithNewWallet(page, 'Careful customer', '100.00');
  await page.getByRole('button', { name: 'Offline code', exact: true }).click();
  await expect(offlineQr(page)).toBeVisible();
  const cap = page.getByLabel('Cap per code');
  const fetch = page.getByRole('button', { name: 'Get new offline codes' });

  await cap.fill('12.345');
  await fetch.click();
  await expect(page.getByRole('alert')).toHaveText(/^Cap per code: Enter the amount in yuan/);

  await cap.fill('900000.00');
  await fetch.click();
  await expect(page.getByRole('alert')).toHaveText(
    /^Could not get offline codes: Cap per code: must be at most the wallet's payment limit/,
  );

  await cap.fill('50.00');
  await fetch.click();
  await expect(page.getByText('Pays up to ¥50.00')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
