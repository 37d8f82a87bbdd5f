import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The slice of `window` the language store touches, in a page at `url`. */
function fakePage(url: string, browserLanguage: string, stored: Record<string, string> = {}) {
  const location = new URL(url);
  const listeners = new Set<(event: { key: string | null }) => void>();
  vi.stubGlobal('window', {
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, next: URL) => {
        location.search = next.search;
      },
    },
    addEventListener: (_type: string, listener: (event: { key: string | null }) => void) =>
      listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: { key: string | null }) => void) =>
      listeners.delete(listener),
  });
  vi.stubGlobal('navigator', { language: browserLanguage });
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored[key] ?? null,
    setItem: (key: string, value: string) => {
      stored[key] = value;
    },
  });
  return { location, stored, fireStorage: (key: string) => listeners.forEach((l) => l({ key })) };
}

async function freshStore() {
  vi.resetModules();
  return import('./language-store.ts');
}

describe('the language store', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('speaks English where there is no page at all (unit tests, workers)', async () => {
    const { currentLanguage } = await freshStore();
    expect(currentLanguage()).toBe('en');
  });

  it('follows ?lang=, then the saved choice, then navigator.language', async () => {
    fakePage('http://localhost/?lang=zh-CN', 'en-US', { 'saoma.language': 'en' });
    expect((await freshStore()).currentLanguage()).toBe('zh-CN');
    fakePage('http://localhost/', 'en-US', { 'saoma.language': 'zh-CN' });
    expect((await freshStore()).currentLanguage()).toBe('zh-CN');
    fakePage('http://localhost/sync', 'zh-CN');
    expect((await freshStore()).currentLanguage()).toBe('zh-CN');
    fakePage('http://localhost/sync', 'fr-FR');
    expect((await freshStore()).currentLanguage()).toBe('en');
  });

  it('applies a choice at once, remembers it and drops the ?lang= it replaces', async () => {
    const page = fakePage('http://localhost/settings?lang=en&x=1', 'en-US');
    const { chooseLanguage, currentLanguage, subscribeLanguage } = await freshStore();
    const heard = vi.fn();
    const unsubscribe = subscribeLanguage(heard);
    expect(currentLanguage()).toBe('en');

    chooseLanguage('zh-CN');
    expect(currentLanguage()).toBe('zh-CN');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(page.stored['saoma.language']).toBe('zh-CN');
    expect(page.location.search).toBe('?x=1');
    unsubscribe();
  });

  it("takes up another tab's choice", async () => {
    const page = fakePage('http://localhost/', 'en-US');
    const { currentLanguage, subscribeLanguage } = await freshStore();
    const heard = vi.fn();
    subscribeLanguage(heard);
    expect(currentLanguage()).toBe('en');
    page.stored['saoma.language'] = 'zh-CN';
    page.fireStorage('saoma.language');
    expect(currentLanguage()).toBe('zh-CN');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
