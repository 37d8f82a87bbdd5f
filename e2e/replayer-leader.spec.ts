import { expect, test, type Page } from '@playwright/test';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { createWallet, issueOfflineCodes, walletBalance } from './support/wallet-api.ts';

/** How many tabs hold, and how many wait for, the replayer's Web Lock. */
function replayerLock(page: Page) {
  return page.evaluate(async () => {
    const state = await navigator.locks.query();
    const mine = (locks: LockInfo[] | undefined) =>
      (locks ?? []).filter((lock) => lock.name === 'saoma-outbox-replayer').length;
    return { held: mine(state.held), waiting: mine(state.pending) };
  });
}

test('one tab replays at a time; the other takes over when it closes, and forwards work made in any tab', async ({
  context,
  request,
}) => {
  const wallet = await createWallet(request, 'Two-tab customer', 100_000);
  const [code] = await issueOfflineCodes(request, wallet.walletId, wallet.token, 1, 10_000);
  if (!code) throw new Error('no offline code issued');
  const first = await context.newPage();
  const keysFetched = first.waitForResponse((response) => response.url().endsWith('/api/v1/keys'));
  await openTerminal(first);
  await keysFetched;
  const second = await context.newPage();
  await openTerminal(second);
  await expect.poll(() => replayerLock(second)).toEqual({ held: 1, waiting: 1 });

  await first.close();
  await expect.poll(() => replayerLock(second)).toEqual({ held: 1, waiting: 0 });

  // Work taken in a tab is forwarded by whichever tab leads.
  const third = await context.newPage();
  await openTerminal(third);
  await context.setOffline(true);
  await chargeByHand(third, '12.00', code.text);
  await expect(third.getByRole('status')).toContainText('Accepted offline ¥12.00');
  await context.setOffline(false);
  await expect
    .poll(() => walletBalance(request, wallet.walletId, wallet.token), { timeout: 30_000 })
    .toBe(100_000 - 1_200);
  await expect(third.getByRole('status')).toContainText('Accepted offline and confirmed');
});
