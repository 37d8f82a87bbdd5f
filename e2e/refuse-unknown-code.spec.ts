import { expect, test } from './support/camera-fixture.ts';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { qrImage } from './support/y4m.ts';

test('a QR that is not a payment code is refused, with no call to /payments', async ({
  pageWithCamera,
}) => {
  const page = await pageWithCamera(
    'not-a-payment-code',
    qrImage('https://example.com/menu?table=12'),
  );
  const paymentCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/v1/payments'))
      paymentCalls.push(request.url());
  });

  await openTerminal(page);
  await page.getByLabel('Amount').fill('12.50');
  await page.getByRole('button', { name: 'Charge' }).click();

  await expect(page.getByRole('alert')).toContainText('Not a payment code');
  await expect(page.getByRole('status')).not.toContainText('Paid');
  expect(paymentCalls).toEqual([]);
});

test('manual entry refuses text of an unknown format the same way', async ({ page }) => {
  const paymentCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/v1/payments'))
      paymentCalls.push(request.url());
  });
  await openTerminal(page);
  await chargeByHand(page, '3.00', '991234567890123456');
  await expect(page.getByRole('alert').filter({ hasText: 'Not a payment code' })).toBeVisible();
  expect(paymentCalls).toEqual([]);
});
