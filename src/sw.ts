import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import {
  BACKGROUND_SYNC_TAG,
  GET_VERSION,
  SKIP_WAITING,
  SYNC_MESSAGE_TYPE,
} from './lib/pwa/worker-messages.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
};
declare const __SAOMA_SW_BUILD_TAG__: string;

// The build lists every file of the app here, with its revision: the shell, the lazy chunks and
// the decode worker. Installing fetches them all, so the next start needs no network.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Navigations get the app shell from the cache. The wallet simulator has its own HTML (it links
// its own manifest); the API is never answered from here, nor cached at all.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/wallet.html'), { allowlist: [/^\/wallet\/?$/] }),
);
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/] }),
);

// A new worker waits until a page asks it to take over; the page asks only when the cashier
// accepts the update and no payment is in flight (src/lib/outbox/update-guard.ts).
self.addEventListener('message', (event) => {
  const type = messageType(event.data);
  if (type === SKIP_WAITING) {
    void self.skipWaiting();
  } else if (type === GET_VERSION) {
    event.ports[0]?.postMessage({ version: __SAOMA_SW_BUILD_TAG__ });
  }
});

// The first install takes the open pages at once; it replaces no code they are running.
clientsClaim();

// Background Sync only wakes the pages: the outbox (IndexedDB, signed calls) lives there.
self.addEventListener('sync', (event) => {
  if (!(event instanceof ExtendableEvent) || !('tag' in event)) return;
  if (event.tag !== BACKGROUND_SYNC_TAG) return;
  event.waitUntil(wakePages());
});

async function wakePages(): Promise<void> {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage({ type: SYNC_MESSAGE_TYPE });
}

function messageType(data: unknown): unknown {
  return typeof data === 'object' && data !== null && 'type' in data ? data.type : undefined;
}
