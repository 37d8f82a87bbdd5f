import { expect, test } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type ServerProcess } from '../server/reliability/server-process.ts';
import { buildApp, deploy } from './support/app-builds.ts';
import {
  checkForUpdate,
  controllingVersion,
  waitForServiceWorker,
  waitingWorkerState,
} from './support/service-worker.ts';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { ADMIN_TOKEN, createWallet, issueCode } from './support/wallet-api.ts';

const WORK = fileURLToPath(new URL('./.tmp/pwa-update', import.meta.url));
const LIVE = path.join(WORK, 'live');
/** workbox-window reports a waiting worker 200 ms after it installs; React renders after that. */
const PROMPT_WOULD_SHOW_MS = 1_500;

let server: ServerProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // Two versions of the app; only their sw.js differs, as in a release that changes the worker.
  buildApp(path.join(WORK, 'v1'), 'e2e-v1');
  buildApp(path.join(WORK, 'v2'), 'e2e-v2');
  deploy(LIVE, path.join(WORK, 'v1'));
  server = await startServer({
    PORT: '0',
    DATA_DIR: path.join(WORK, 'wallet-data'),
    ADMIN_TOKEN,
    STATIC_DIR: LIVE,
  });
});

test.afterAll(async () => {
  await server?.stop('SIGTERM');
});

test('a new version waits for the cashier in every tab, and is not offered while a payment waits for the customer', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  if (!server) throw new Error('the server did not start');
  const context = await browser.newContext({ baseURL: server.origin });
  const page = await context.newPage();
  const prompt = page.getByText('A new version is ready');
  const reload = page.getByRole('button', { name: 'Reload' });

  await openTerminal(page);
  await waitForServiceWorker(page);
  expect(await controllingVersion(page)).toBe('e2e-v1');
  await expect(prompt).toBeHidden();

  // A payment above 1,000.00 waits for the customer to confirm on their phone.
  const wallet = await createWallet(context.request, 'Update-time customer', 500_000);
  const code = await issueCode(context.request, wallet.walletId, wallet.token, 'wechat');
  await chargeByHand(page, '1500.00', code.authCode);
  await expect(page.getByRole('status')).toContainText('Waiting for customer');

  // Version 2 is deployed and the browser finds it: it installs, then waits.
  deploy(LIVE, path.join(WORK, 'v2'));
  await checkForUpdate(page);
  await page.waitForTimeout(PROMPT_WOULD_SHOW_MS);
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Waiting for customer');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toContainText('Cancelled');
  await expect(prompt).toBeVisible();
  await expect(reload).toBeVisible();

  // Nothing changes until the cashier accepts, not even across a reload of the page.
  expect(await controllingVersion(page)).toBe('e2e-v1');
  await page.reload();
  await expect(page.getByLabel('Amount')).toBeVisible();
  await expect(prompt).toBeVisible();
  expect(await controllingVersion(page)).toBe('e2e-v1');
  expect(await waitingWorkerState(page)).toBe('installed');

  // A second tab is offered the update as well.
  const other = await context.newPage();
  await other.goto('/sync');
  const otherPrompt = other.getByText('A new version is ready');
  await expect(otherPrompt).toBeVisible();

  // Accepting hands over to version 2 and reloads the page under it.
  const reloaded = page.waitForEvent('load');
  await reload.click();
  await reloaded;
  await expect(page.getByLabel('Amount')).toBeVisible();
  expect(await controllingVersion(page)).toBe('e2e-v2');
  expect(await waitingWorkerState(page)).toBeNull();
  await page.waitForTimeout(PROMPT_WOULD_SHOW_MS);
  await expect(prompt).toBeHidden();

  // The other tab now runs old code under the new worker: it keeps offering a reload, no more.
  expect(await controllingVersion(other)).toBe('e2e-v2');
  await expect(otherPrompt).toBeVisible();
  const otherReloaded = other.waitForEvent('load');
  await other.getByRole('button', { name: 'Reload' }).click();
  await otherReloaded;
  await expect(other.getByRole('heading', { name: 'Sync', level: 1 })).toBeVisible();
  await other.waitForTimeout(PROMPT_WOULD_SHOW_MS);
  await expect(otherPrompt).toBeHidden();
  await context.close();
});
