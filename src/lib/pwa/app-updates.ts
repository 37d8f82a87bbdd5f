import { Workbox } from 'workbox-window';

/**
 * What this page knows about a newer version of the app:
 * - `current`: it runs the newest version it knows of;
 * - `waiting`: a new service worker is installed and waits for the cashier's go;
 * - `applying`: the cashier accepted; the page reloads once the new worker controls it;
 * - `stale`: another tab applied an update, so this page runs old code: a reload fixes it.
 */
export type UpdateState = 'current' | 'waiting' | 'applying' | 'stale';

/** A tablet may keep the app open for days: look for a new version this often. */
const UPDATE_CHECK_MS = 60 * 60_000;

/** The service worker's registration and the app's update flow, through workbox-window. */
export class AppUpdates {
  private state: UpdateState = 'current';
  private readonly listeners = new Set<() => void>();
  private workbox: Workbox | null = null;
  private registration: ServiceWorkerRegistration | undefined;
  /** Whether a worker controlled the page; the first one to take it over is no update. */
  private controlled = false;

  /** Registers the worker (after the page has loaded) and follows its updates. */
  start(scriptUrl: string): void {
    if (this.workbox) return;
    const workbox = new Workbox(scriptUrl);
    this.workbox = workbox;
    this.controlled = navigator.serviceWorker.controller !== null;
    workbox.addEventListener('waiting', () => {
      if (this.state === 'current') this.set('waiting');
    });
    workbox.addEventListener('controlling', () => this.controllerChanged());
    workbox
      .register()
      .then((registration) => {
        this.registration = registration;
        setInterval(() => void workbox.update().catch(() => undefined), UPDATE_CHECK_MS);
      })
      .catch((error: unknown) => {
        // The app works without its worker, only not offline; nothing for the cashier to do.
        console.warn('The service worker could not be registered:', error);
      });
  }

  current = (): UpdateState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Applies the update: asks the waiting worker to take over (it calls skipWaiting only when
   * asked), and reloads once it controls the page. Callers check first that no payment is in
   * flight (src/lib/outbox/update-guard.ts).
   */
  apply(): void {
    if (this.state === 'waiting' && this.workbox && this.registration?.waiting) {
      this.set('applying');
      this.workbox.messageSkipWaiting();
    } else if (this.state !== 'current') {
      window.location.reload();
    }
  }

  private controllerChanged(): void {
    if (!this.controlled) {
      this.controlled = true;
      return;
    }
    if (this.state === 'applying') window.location.reload();
    else this.set('stale');
  }

  private set(state: UpdateState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

export const appUpdates = new AppUpdates();

/** Registers /sw.js in production builds; `vite` in dev mode runs without a worker. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  appUpdates.start('/sw.js');
}
