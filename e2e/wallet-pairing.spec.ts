import { expect, test, type Page } from '@playwright/test';
import { openSimulatorWithNewWallet } from './support/wallet-simulator-page.ts';

type Held = { walletId: string; token: string; name: string };

/** The wallets this simulator holds tokens for, as it keeps them on the device. */
function heldWallets(page: Page): Promise<Held[]> {
  return page.evaluate(
    () => JSON.parse(localStorage.getItem('saoma.wallet-sim.created') ?? '[]') as Held[],
  );
}

test("one phone's wallet QR opens the wallet on another phone, with a token of its own", async ({
  browser,
  baseURL,
}) => {
  const first = await browser.newContext({ baseURL });
  const second = await browser.newContext({ baseURL });
  const third = await browser.newContext({ baseURL });
  try {
    const phone = await first.newPage();
    await openSimulatorWithNewWallet(phone, 'Hand-off', '42.00');
    await phone.getByRole('button', { name: 'Open on another phone' }).click();
    const qr = phone.getByRole('img', { name: 'Wallet pairing QR' });
    await expect(qr).toBeVisible();
    await expect(phone.getByText(/It opens this wallet there once, until/)).toBeVisible();
    const url = (await qr.getAttribute('data-text')) ?? '';
    expect(url).toMatch(new RegExp(`^${baseURL ?? ''}/wallet#pair=[2-9A-HJKMNP-Z]{12}$`));

    const other = await second.newPage();
    await other.goto(url);
    await expect(other.getByText('Added 1 wallet from the wallet pairing code.')).toBeVisible();
    await expect(other.getByRole('heading', { name: 'Hand-off' })).toBeVisible();
    await expect(other.getByLabel('Balance', { exact: true })).toHaveText('¥42.00');
    expect(other.url()).toBe(`${baseURL ?? ''}/wallet`);

    const [mine] = (await heldWallets(phone)).filter(({ name }) => name === 'Hand-off');
    const [theirs] = (await heldWallets(other)).filter(({ name }) => name === 'Hand-off');
    expect(theirs?.walletId).toBe(mine?.walletId);
    expect(theirs?.token).toBeTruthy();
    expect(theirs?.token).not.toBe(mine?.token);

    // The code opened the wallet once: a third phone is refused with the wallet's reason.
    const late = await third.newPage();
    await late.goto(url);
    await expect(late.getByRole('alert')).toHaveText(
      'The wallet pairing code in the link was not accepted: was already used; ask for a new one',
    );
    expect((await heldWallets(late)).map(({ name }) => name)).not.toContain('Hand-off');
  } finally {
    await Promise.all([first.close(), second.close(), third.close()]);
  }
});
