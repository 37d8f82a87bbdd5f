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

function currentPath(): RoutePath {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  return ROUTES.find((route) => route.path === path)?.path ?? '/';
}

/** The screen the URL names; the terminal's few screens need no router library. */
export function useRoute(): RoutePath {
  return useSyncExternalStore((notify) => {
    window.addEventListener('popstate', notify);
    window.addEventListener(NAVIGATE_EVENT, notify);
    return () => {
      window.removeEventListener('popstate', notify);
      window.removeEventListener(NAVIGATE_EVENT, notify);
    };
  }, currentPath);
}

export function navigate(path: RoutePath): void {
  if (window.location.pathname === path) return;
  window.history.pushState(null, '', `${path}${window.location.search}`);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
