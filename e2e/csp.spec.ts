import { expect, test } from '@playwright/test';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode } from './support/wallet-api.ts';

/**
 * The served app runs under a strict CSP (no inline script or style, no eval). A library that
 * breaks it still works here and there, so the violations themselves are collected.
 */
test('no screen breaks the Content Security Policy, lazy chunks included', async ({
  page,
  request,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
  const violations = () =>
    page.evaluate(() => {
      const seen: unknown = Reflect.get(window, '__cspViolations');
      return Array.isArray(seen) ? seen.map(String) : ['no listener'];
    });

  const wallet = await createWallet(request, 'CSP customer', 10_000);
  const { authCode } = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  await openTerminal(page);
  await chargeByHand(page, '3.00', authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥3.00');
  await page.getByRole('button', { name: 'Receipt' }).click();
  await expect(page.getByRole('dialog', { name: 'Receipt' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Journal' }).getByRole('button')).not.toHaveCount(0);
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.locator('canvas')).toBeVisible();
  await page.goto('/wallet');
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  expect(await violations()).toEqual([]);
});
