import { expect, test } from '@playwright/test';
import { BACKGROUND_SYNC_TAG, SYNC_MESSAGE_TYPE } from '../src/lib/pwa/worker-messages.ts';
import { cachedPaths, waitForServiceWorker } from './support/service-worker.ts';
import { openTerminal } from './support/terminal-page.ts';

/** Files a first visit does not load, which the terminal still needs offline. */
const LAZY_FILES = [
  /^\/assets\/scanner-panel-[\w-]+\.js$/,
  /^\/assets\/decode-worker-[\w-]+\.js$/,
  /^\/assets\/wallet-simulator-page-[\w-]+\.js$/,
  /^\/assets\/history-page-[\w-]+\.js$/,
  /^\/assets\/reports-screen-[\w-]+\.js$/,
  /^\/assets\/hourly-bar-chart-[\w-]+\.js$/,
  /^\/assets\/receipt-dialog-[\w-]+\.js$/,
  /^\/wallet\.html$/,
  /^\/wallet\.webmanifest$/,
];

test('after one online visit the terminal starts, charges by hand and opens /wallet with the network off', async ({
  page,
  context,
}) => {
  await openTerminal(page);
  await waitForServiceWorker(page);
  const cached = await cachedPaths(page);
  for (const file of LAZY_FILES)
    expect(
      cached.some((p) => file.test(p)),
      String(file),
    ).toBe(true);
  expect(cached.filter((p) => p.startsWith('/api/'))).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByLabel('Amount')).toBeVisible();
  await expect(page.getByRole('navigation')).toBeVisible();
  // Every cached file, the lazy chunks and the decode worker included, loads without a network.
  const failed = await page.evaluate(async (paths) => {
    const loaded = await Promise.all(
      paths.map((p) =>
        fetch(p).then(
          (response) => response.ok,
          () => false,
        ),
      ),
    );
    return paths.filter((_, index) => !loaded[index]);
  }, cached);
  expect(failed).toEqual([]);

  await page.getByLabel('Amount').fill('12.00');
  await page.getByRole('button', { name: 'Charge' }).click();
  await page.getByRole('button', { name: 'Enter code manually' }).click();
  await expect(page.getByLabel('Payment code')).toBeVisible();
  await page.getByRole('button', { name: 'Close scanner' }).click();

  // Client routes load offline too: the worker answers every navigation with the app shell.
  await page.goto('/sync');
  await expect(page.getByRole('heading', { name: 'Sync', level: 1 })).toBeVisible();
  // So do the lazily loaded screens, and Reports' chart.
  await page.goto('/history');
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await page.goto('/reports');
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.locator('canvas')).toBeVisible();
  await page.goto('/wallet');
  await expect(page.getByText('Saoma wallet simulator')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create wallet' })).toBeVisible();
  // The API is never answered from a cache.
  expect(
    await page.evaluate(() =>
      fetch('/api/v1/demo').then(
        () => 'answered',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  await context.setOffline(false);
});

test('a Background Sync event makes the worker wake the pages', async ({ page, context }) => {
  await openTerminal(page);
  await waitForServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  const registered = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const [registration] = registrations.filter((r) => !r.isDeleted);
      if (registration) resolve(registration.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const registrationId = await registered;

  // Listening before the event is sent: the handle holds the promise without awaiting it.
  const listening = await page.evaluateHandle(
    (type) => ({
      woken: new Promise<unknown>((resolve) => {
        navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
          const data = event.data;
          if (typeof data === 'object' && data !== null && 'type' in data && data.type === type) {
            resolve(data);
          }
        });
      }),
    }),
    SYNC_MESSAGE_TYPE,
  );
  await cdp.send('ServiceWorker.dispatchSyncEvent', {
    origin: new URL(page.url()).origin,
    registrationId,
    tag: BACKGROUND_SYNC_TAG,
    lastChance: false,
  });
  expect(await listening.evaluate(({ woken }) => woken)).toEqual({ type: SYNC_MESSAGE_TYPE });
});
