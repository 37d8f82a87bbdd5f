import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A navigator like a browser's: `language` is a getter on the prototype. */
function browserNavigator(language: string): Navigator {
  const prototype = {};
  Object.defineProperty(prototype, 'language', { configurable: true, get: () => language });
  return Object.create(prototype) as Navigator;
}

/** The guard acts as it is evaluated: load a fresh copy for each test. */
function loadGuard() {
  return import('./navigator-language-guard.ts');
}

describe('the navigator language guard uPlot loads behind', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('stands in for a language Intl refuses (uPlot would throw)', () => {
    for (const language of ['C', '', 'en_US.UTF-8']) {
      expect(() => new Intl.NumberFormat(language)).toThrow(RangeError);
    }
  });

  it.each(['C', '', 'en_US.UTF-8', 'POSIX'])(
    'shows uPlot a language Intl takes while the browser says %j, then restores it',
    async (language) => {
      vi.stubGlobal('navigator', browserNavigator(language));
      const { restoreNavigatorLanguage } = await loadGuard();
      expect(navigator.language).toBe('en');
      expect(() => new Intl.NumberFormat(navigator.language).format(1)).not.toThrow();
      restoreNavigatorLanguage();
      expect(navigator.language).toBe(language);
      restoreNavigatorLanguage();
      expect(navigator.language).toBe(language);
    },
  );

  it('leaves a language Intl takes alone', async () => {
    vi.stubGlobal('navigator', browserNavigator('zh-CN'));
    const { restoreNavigatorLanguage } = await loadGuard();
    expect(Object.getOwnPropertyNames(navigator)).toEqual([]);
    expect(navigator.language).toBe('zh-CN');
    restoreNavigatorLanguage();
    expect(navigator.language).toBe('zh-CN');
  });
});
