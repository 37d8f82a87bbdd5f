import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type {} from '../../bench/outbox/bench-api.ts';
import { PAGE_BASE } from './build-page.ts';

/**
 * Opens the built bench page on the wallet's origin, so that its relative `/api/v1/...` calls
 * reach the wallet directly. Playwright serves the page's own files under PAGE_BASE, and stops
 * intercepting once the page is ready: while any route is set, every request of the page,
 * the API's included, would pass through Playwright.
 */
export async function openBenchPage(
  context: BrowserContext,
  origin: string,
  pageDir: string,
  log: (line: string) => void,
): Promise<Page> {
  const root = resolve(pageDir);
  await context.route(`${origin}${PAGE_BASE}**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(PAGE_BASE.length);
    const file = resolve(root, path);
    const servable = file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
    return servable ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log(`console error: ${message.text()}`);
  });
  await page.goto(`${origin}${PAGE_BASE}index.html`);
  await page.waitForFunction(() => globalThis.outboxBench !== undefined);
  await context.unrouteAll({ behavior: 'wait' });
  return page;
}
