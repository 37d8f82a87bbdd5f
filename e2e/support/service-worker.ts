import { expect, type Page } from '@playwright/test';
import { GET_VERSION } from '../../src/lib/pwa/worker-messages.ts';

/**
 * Waits until the page's service worker is active (it has precached the app) and controls the
 * page (it claims it on activation).
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The build label of the worker that controls the page (SAOMA_SW_BUILD_TAG at build time). */
export function controllingVersion(page: Page): Promise<string> {
  return page.evaluate(
    (getVersion) =>
      new Promise<string>((resolve, reject) => {
        const worker = navigator.serviceWorker.controller;
        if (!worker) {
          reject(new Error('no service worker controls the page'));
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = (event: MessageEvent<{ version: string }>) =>
          resolve(event.data.version);
        worker.postMessage({ type: getVersion }, [channel.port2]);
      }),
    GET_VERSION,
  );
}

/** The state of a new worker waiting to take over, or null when none waits. */
export function waitingWorkerState(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.waiting?.state ?? null;
  });
}

/** Asks the browser to look for a new sw.js now, as the app does every hour. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await expect.poll(() => waitingWorkerState(page)).toBe('installed');
}

/** Every URL path in the page's Cache Storage. */
export function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}
