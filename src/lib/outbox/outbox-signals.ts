import { BACKGROUND_SYNC_TAG, SYNC_MESSAGE_TYPE } from '../pwa/worker-messages.ts';

const CHANNEL = 'saoma-outbox';

type SyncRegistration = ServiceWorkerRegistration & {
  sync: { register: (tag: string) => Promise<void> };
};

function hasBackgroundSync(
  registration: ServiceWorkerRegistration,
): registration is SyncRegistration {
  return 'sync' in registration;
}

/**
 * Tells every tab of the terminal that the outbox has new work (the leader may be another tab),
 * and asks the browser for a Background Sync where it has one, so the work goes out when the
 * connection returns even if the tab is in the background.
 */
export function announceOutboxWork(): void {
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage('work');
    channel.close();
  }
  const serviceWorker = serviceWorkerContainer();
  if (!serviceWorker?.controller) return;
  void serviceWorker.ready
    .then((registration) =>
      hasBackgroundSync(registration) ? registration.sync.register(BACKGROUND_SYNC_TAG) : undefined,
    )
    .catch(() => undefined);
}

/** Calls `wake` whenever something says the outbox may have work it can do now. */
export function onOutboxSignals(handlers: {
  wake: () => void;
  online: (online: boolean) => void;
}): () => void {
  const cleanups: Array<() => void> = [];
  const listen = (type: 'online' | 'offline', listener: () => void) => {
    window.addEventListener(type, listener);
    cleanups.push(() => window.removeEventListener(type, listener));
  };
  listen('online', () => {
    handlers.online(true);
    handlers.wake();
  });
  listen('offline', () => handlers.online(false));
  const onVisibility = () => {
    if (document.visibilityState === 'visible') handlers.wake();
  };
  document.addEventListener('visibilitychange', onVisibility);
  cleanups.push(() => document.removeEventListener('visibilitychange', onVisibility));
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => handlers.wake();
    cleanups.push(() => channel.close());
  }
  const serviceWorker = serviceWorkerContainer();
  if (serviceWorker) {
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (
        typeof data === 'object' &&
        data !== null &&
        'type' in data &&
        data.type === SYNC_MESSAGE_TYPE
      ) {
        handlers.wake();
      }
    };
    serviceWorker.addEventListener('message', onMessage);
    cleanups.push(() => serviceWorker.removeEventListener('message', onMessage));
  }
  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}

/** Absent where the page is not a secure context, whatever the DOM typings say. */
function serviceWorkerContainer(): ServiceWorkerContainer | undefined {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator
    ? navigator.serviceWorker
    : undefined;
}
