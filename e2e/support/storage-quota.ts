import { expect, type BrowserContext, type Page } from '@playwright/test';

const PROBE_DB = 'saoma-e2e-quota-probe';

/** One small write to a scratch database of the page's origin: 'ok' or the error's name. */
function probeWrite(page: Page): Promise<string> {
  return page.evaluate(
    (name) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onerror = () => resolve(open.error?.name ?? 'open failed');
        open.onsuccess = () => {
          const database = open.result;
          const transaction = database.transaction('probe', 'readwrite');
          transaction.objectStore('probe').put('x'.repeat(1_024), Date.now());
          transaction.oncomplete = () => {
            database.close();
            resolve('ok');
          };
          transaction.onabort = () => {
            database.close();
            resolve(transaction.error?.name ?? 'aborted');
          };
        };
      }),
    PROBE_DB,
  );
}

/**
 * Shrinks the origin's storage quota to almost nothing, as a full disk would, and waits until
 * IndexedDB refuses writes: Chromium caches the space it has left for a while. Answers a
 * function that gives the quota back.
 */
export async function fillStorageQuota(
  context: BrowserContext,
  page: Page,
): Promise<() => Promise<void>> {
  expect(await probeWrite(page)).toBe('ok');
  const origin = new URL(page.url()).origin;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await expect
    .poll(() => probeWrite(page), { timeout: 90_000, intervals: [1_000] })
    .toBe('QuotaExceededError');
  return async () => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await cdp.detach();
  };
}
