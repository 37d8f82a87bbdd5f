import type { Language } from './languages.ts';
import { resolveLanguage } from './resolve-language.ts';

export const LANGUAGE_STORAGE_KEY = 'saoma.language';
const QUERY_PARAM = 'lang';

const listeners = new Set<() => void>();
let current: Language | null = null;
/** The choice made in Settings, for when the browser refuses to store it. */
let chosen: Language | null = null;

function readStored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function detect(): Language {
  if (typeof window === 'undefined') return 'en';
  return resolveLanguage({
    query: new URLSearchParams(window.location.search).get(QUERY_PARAM),
    stored: chosen ?? readStored(),
    browser: navigator.language,
  });
}

/** The language this page speaks now; lib code that builds messages reads it at that moment. */
export function currentLanguage(): Language {
  current ??= detect();
  return current;
}

function refresh(): void {
  const next = detect();
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

function onStorage(event: StorageEvent): void {
  if (event.key === LANGUAGE_STORAGE_KEY || event.key === null) refresh();
}

/** For useSyncExternalStore; another tab's choice in Settings applies here too. */
export function subscribeLanguage(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/**
 * The cashier's choice in Settings: applied at once, remembered on this device, and it replaces a
 * `?lang=` the page was opened with, so that the choice is what the next screen and reload use.
 */
export function chooseLanguage(language: Language): void {
  chosen = language;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered across reloads, but this page still switches.
  }
  const url = new URL(window.location.href);
  if (url.searchParams.has(QUERY_PARAM)) {
    url.searchParams.delete(QUERY_PARAM);
    window.history.replaceState(window.history.state, '', url);
  }
  refresh();
}
