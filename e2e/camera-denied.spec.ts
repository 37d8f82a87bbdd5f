import { expect, test } from '@playwright/test';
import { launchWithCameraDenied } from './support/camera-browser.ts';
import { openTerminal } from './support/terminal-page.ts';

test('a refused camera permission is explained, and manual entry is offered', async ({
  baseURL,
}) => {
  const { browser, page } = await launchWithCameraDenied(baseURL ?? '');
  try {
    await openTerminal(page);
    await page.getByLabel('Amount').fill('2.00');
    await page.getByRole('button', { name: 'Charge' }).click();
    await expect(page.getByRole('alert')).toContainText('Camera permission was denied');
    await page.getByRole('button', { name: 'Enter code manually' }).click();
    await expect(page.getByLabel('Payment code')).toBeFocused();
  } finally {
    await browser.close();
  }
});
