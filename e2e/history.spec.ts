import { expect, test, type Page } from '@playwright/test';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode, walletBalance } from './support/wallet-api.ts';

async function newSale(page: Page) {
  await page.getByRole('button', { name: 'New sale' }).click();
}

test('history lists every sale, filters and searches them, and refunds and cancels from the detail', async ({
  page,
  request,
}) => {
  const wallet = await createWallet(request, 'History customer', 100_000);
  const alipay = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  const wechat = await issueCode(request, wallet.walletId, wallet.token, 'wechat');
  await openTerminal(page);
  await chargeByHand(page, '30.00', alipay.authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥30.00 with Alipay');
  await newSale(page);
  await chargeByHand(page, '12.50', wechat.authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥12.50 with WeChat Pay');
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(100_000 - 4_250);

  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeFocused();
  const journal = page.getByRole('list', { name: 'Journal' });
  await expect(journal.getByRole('button')).toHaveCount(2);
  const masked = `${wechat.authCode.slice(0, 2)}\\*+${wechat.authCode.slice(-4)}`;
  await expect(journal.getByRole('button').first()).toHaveAccessibleName(
    new RegExp(`^Sale ¥12\\.50, WeChat Pay, Paid, .*, code ${masked}$`),
  );

  // Filters apply on submit; bad input is refused and leaves the list as it was.
  await page.getByLabel('Amount from').fill('1.234');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('alert')).toHaveText(/^Amount from: /);
  await expect(journal.getByRole('button')).toHaveCount(2);
  await page.getByLabel('Amount from').fill('');
  await page.getByLabel('Provider').selectOption({ label: 'Alipay' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(journal.getByRole('button')).toHaveCount(1);
  await expect(page.getByText('1 entry of 2')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search').fill(wechat.authCode.slice(-4));
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(journal.getByRole('button')).toHaveCount(1);
  await expect(journal.getByRole('button')).toHaveAccessibleName(/^Sale ¥12\.50, WeChat Pay/);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // A partial refund of the Alipay sale, through the outbox.
  await journal.getByRole('button', { name: /^Sale ¥30\.00/ }).click();
  const detail = page.getByRole('region', { name: /^Sale SO/ });
  await expect(detail.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(detail.getByText(alipay.authCode)).toHaveCount(0);
  await detail.getByLabel('Refund amount').fill('40.00');
  await detail.getByRole('button', { name: /^Refund ¥40\.00/ }).click();
  await expect(detail.getByRole('alert')).toHaveText(
    'At most ¥30.00 of this sale can still be refunded.',
  );
  await detail.getByLabel('Refund amount').fill('10.00');
  await detail.getByLabel('Reason (optional)').fill('Broken cup');
  await detail.getByRole('button', { name: /^Refund ¥10\.00/ }).click();
  await expect(detail.getByRole('status')).toContainText(/Refund RF\S+ of ¥10\.00 is queued/);
  await expect(detail.getByText(/RF\S+: ¥10\.00, Refunded/)).toBeVisible();

  // The receipt, from the detail, lists the refund; closing it returns to the detail.
  await detail.getByRole('button', { name: 'Receipt' }).click();
  const receipt = page.getByRole('dialog', { name: 'Receipt' });
  await expect(receipt).toContainText('¥30.00');
  await expect(receipt).toContainText('¥10.00');
  await page.keyboard.press('Escape');
  await expect(receipt).toHaveCount(0);
  await expect(detail.getByRole('button', { name: 'Receipt' })).toBeFocused();
  await expect(detail.getByRole('list').last()).toContainText('Refunded');
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(100_000 - 4_250 + 1_000);

  // Cancel it: what the refund left goes back.
  await detail.getByRole('button', { name: 'Cancel sale' }).click();
  await expect(
    detail.getByText(/Cancel sale SO\S+ and return ¥20\.00 to the customer\?/),
  ).toBeVisible();
  await detail.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(detail.getByRole('status')).toHaveText(/The cancel is queued/);
  // The status fact and the last step of the state history.
  await expect(detail.getByText('Cancelled', { exact: true })).toHaveCount(2);
  await expect(detail.getByRole('button', { name: 'Cancel sale' })).toHaveCount(0);
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(100_000 - 1_250);

  await detail.getByRole('button', { name: 'Back to the journal' }).click();
  await expect(page.getByRole('heading', { name: 'Journal' })).toBeFocused();
  await expect(journal.getByRole('button')).toHaveCount(4);
  await expect(
    journal.getByRole('button', { name: /^Cancel −¥20\.00, Alipay, Cancelled/ }),
  ).toBeVisible();
  await expect(
    journal.getByRole('button', { name: /^Refund −¥10\.00, Alipay, Refunded/ }),
  ).toBeVisible();
});
