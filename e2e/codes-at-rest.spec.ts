import { expect, test, type Page } from '@playwright/test';
import { dumpIndexedDb } from './support/indexeddb-dump.ts';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode, issueOfflineCodes, walletBalance } from './support/wallet-api.ts';

/** Neither the code nor the digits a mask hides appear anywhere in the origin's IndexedDB. */
async function expectForgotten(page: Page, code: string): Promise<void> {
  const dump = await dumpIndexedDb(page);
  expect(dump).toContain('saoma/sales');
  expect(dump).toContain('saoma/deviceSecrets');
  expect(dump.includes(code), 'the full code is in IndexedDB').toBe(false);
  expect(dump.includes(code.slice(2, -4)), 'the hidden digits are in IndexedDB').toBe(false);
}

/** The keyed hash every sale keeps beside its masked code. */
async function saleHashes(page: Page): Promise<string[]> {
  const dump = await dumpIndexedDb(page);
  return [...dump.matchAll(/"authCodeHash":"([^"]*)"/g)].map((match) => match[1] ?? '');
}

test('once an online sale is Paid, its code is nowhere in IndexedDB', async ({ page, request }) => {
  const wallet = await createWallet(request, 'At rest online', 100_000);
  const { authCode } = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  await openTerminal(page);
  await chargeByHand(page, '12.50', authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥12.50');

  await expectForgotten(page, authCode);
  expect(await saleHashes(page)).toEqual([expect.stringMatching(/^h1\.[A-Za-z0-9_-]{43}$/)]);
});

test('once a forwarded offline sale is final, its SOP1 code is nowhere in IndexedDB', async ({
  page,
  context,
  request,
}) => {
  const wallet = await createWallet(request, 'At rest offline', 100_000);
  const [code] = await issueOfflineCodes(request, wallet.walletId, wallet.token, 1, 20_000);
  if (!code) throw new Error('no offline code issued');
  const keysFetched = page.waitForResponse((response) => response.url().endsWith('/api/v1/keys'));
  await openTerminal(page);
  await keysFetched;

  await context.setOffline(true);
  await chargeByHand(page, '45.60', code.text);
  await expect(page.getByRole('status')).toContainText('Accepted offline ¥45.60');
  // Pending, the terminal must still hold the code to forward it.
  expect(await dumpIndexedDb(page)).toContain(code.text);

  await context.setOffline(false);
  await expect
    .poll(() => walletBalance(request, wallet.walletId, wallet.token), { timeout: 30_000 })
    .toBe(100_000 - 4_560);
  await expect
    .poll(async () => (await dumpIndexedDb(page)).includes('"pending":1'), { timeout: 30_000 })
    .toBe(false);

  await expectForgotten(page, code.text);
  for (const part of code.text.split('.').slice(1)) {
    expect((await dumpIndexedDb(page)).includes(part)).toBe(false);
  }
  expect(await saleHashes(page)).toEqual([expect.stringMatching(/^h1\./)]);
});
