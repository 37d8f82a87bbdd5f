import { expect, test } from './support/camera-fixture.ts';
import {
  storedRows,
  goOffline,
  offlineCustomer,
  openTerminalReadyForOffline,
  sellOffline,
} from './support/offline-work.ts';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode, walletBalance } from './support/wallet-api.ts';
import { qrImage } from './support/y4m.ts';

const MINUTE = 60_000;

for (const [name, skewMs] of [
  ['20 minutes fast', 20 * MINUTE],
  ['20 minutes slow', -20 * MINUTE],
] as const) {
  test(`a tablet whose clock is ${name} pays with the camera`, async ({
    request,
    pageWithCamera,
  }) => {
    const customer = await createWallet(request, `Camera clock ${name}`, 10_000);
    const { authCode } = await issueCode(request, customer.walletId, customer.token, 'alipay');
    const page = await pageWithCamera(`wrong-clock-${String(skewMs)}`, qrImage(authCode));
    await page.context().clock.install({ time: Date.now() + skewMs });
    await openTerminal(page);
    const skew = (await page.evaluate(() => Date.now())) - Date.now();
    expect(Math.abs(skew - skewMs)).toBeLessThan(MINUTE);
    await page.getByLabel('Amount').fill('4.56');
    await page.getByRole('button', { name: 'Charge' }).click();
    await expect(page.getByRole('status')).toContainText('Paid ¥4.56');
    expect(await walletBalance(request, customer.walletId, customer.token)).toBe(10_000 - 456);
  });

  test(`a tablet whose clock is ${name} pays online, and its offline sale is accepted when forwarded`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    // The browser's clock is off; it runs on from there. The wallet's is right.
    await context.clock.install({ time: Date.now() + skewMs });
    const page = await context.newPage();
    const api = context.request;
    try {
      await openTerminalReadyForOffline(page);
      const skew = (await page.evaluate(() => Date.now())) - Date.now();
      expect(Math.abs(skew - skewMs)).toBeLessThan(MINUTE);

      // Online: every request is signed with the wallet's time, not the tablet's.
      const customer = await createWallet(api, `Clock ${name}`, 10_000);
      const code = await issueCode(api, customer.walletId, customer.token, 'alipay');
      await chargeByHand(page, '3.00', code.authCode);
      await expect(page.getByRole('status')).toContainText('Paid ¥3.00');
      await page.getByRole('button', { name: 'New sale' }).click();

      // Offline: a code the wallet issued just now, taken with the wrong clock.
      const offline = await offlineCustomer(api, `Offline clock ${name}`, 10_000, 1);
      await goOffline(context, page);
      await sellOffline(page, '2.00', offline.codes[0] ?? '');
      const [sale] = (await storedRows(page, 'sales')).filter(
        (
          row,
        ): row is {
          mode: string;
          capturedAt: string;
          deviceCapturedAt: string;
          clockOffsetMs: number;
        } => typeof row === 'object' && row !== null && 'mode' in row && row.mode === 'offline',
      );
      // The sale keeps the tablet's own time and the offset; capturedAt is the wallet's time.
      expect(sale).toBeDefined();
      expect(Math.abs((sale?.clockOffsetMs ?? 0) + skewMs)).toBeLessThan(5_000);
      expect(Date.parse(sale?.capturedAt ?? '') - Date.parse(sale?.deviceCapturedAt ?? '')).toBe(
        sale?.clockOffsetMs,
      );

      // Forwarded later: the wallet honours it.
      await context.setOffline(false);
      await expect(page.getByRole('status')).toContainText('Accepted offline and confirmed', {
        timeout: 30_000,
      });
      expect(await walletBalance(api, offline.wallet.walletId, offline.wallet.token)).toBe(
        10_000 - 200,
      );
      expect(await walletBalance(api, customer.walletId, customer.token)).toBe(10_000 - 300);
    } finally {
      await context.close();
    }
  });
}
