import { useSyncExternalStore } from 'react';

export const ROUTES = [
  { path: '/', name: 'nav.checkout' },
  { path: '/history', name: 'nav.history' },
  { path: '/sync', name: 'nav.sync' },
  { path: '/reports', name: 'nav.reports' },
  { path: '/settings', name: 'nav.settings' },
] as const;
export type RoutePath = (typeof ROUTES)[number]['path'];

const NAVIGATE_EVENT = 'saoma:navigate';
/** Query parameters of the whole app (the page's language); the rest belong to the screen. */
const APP_PARAMS = ['lang'];
/** Each screen's own query when it was last left, so its nav link brings it back as it was. */
const leftWith = new Map<RoutePath, string>();

function currentPath(): RoutePath {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  return ROUTES.find((route) => route.path === path)?.path ?? '/';
}

function subscribe(notify: () => void): () => void {
  window.addEventListener('popstate', notify);
  window.addEventListener(NAVIGATE_EVENT, notify);
  return () => {
    window.removeEventListener('popstate', notify);
    window.removeEventListener(NAVIGATE_EVENT, notify);
  };
}

/** The screen the URL names; the terminal's few screens need no router library. */
export function useRoute(): RoutePath {
  return useSyncExternalStore(subscribe, currentPath);
}

/** The current screen's own query string, without the app's parameters and without "?". */
function screenQuery(): string {
  const params = new URLSearchParams(window.location.search);
  for (const name of APP_PARAMS) params.delete(name);
  return params.toString();
}

/** The current screen's own query (History's filters and open sale), live. */
export function useScreenQuery(): string {
  return useSyncExternalStore(subscribe, screenQuery);
}

function urlWith(path: string, query: string): string {
  const params = new URLSearchParams(query);
  const current = new URLSearchParams(window.location.search);
  for (const name of APP_PARAMS) {
    const value = current.get(name);
    if (value !== null) params.set(name, value);
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

/**
 * Sets the current screen's own query. `push` makes a history entry (Back undoes it: opening a
 * sale), `replace` does not.
 */
export function setScreenQuery(query: string, how: 'push' | 'replace'): void {
  if (query === screenQuery()) return;
  const url = urlWith(window.location.pathname, query);
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function navigate(path: RoutePath): void {
  if (window.location.pathname === path) return;
  leftWith.set(currentPath(), screenQuery());
  window.history.pushState(null, '', urlWith(path, leftWith.get(path) ?? ''));
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
