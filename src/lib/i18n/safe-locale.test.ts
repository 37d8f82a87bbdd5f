import { describe, expect, it } from 'vitest';
import { safeLocale } from './safe-locale.ts';

describe('safeLocale', () => {
  it('keeps a tag Intl knows, in its canonical form', () => {
    expect(safeLocale('zh-CN', 'en')).toBe('zh-CN');
    expect(safeLocale('en-US', 'zh-CN')).toBe('en-US');
    expect(safeLocale('EN-gb', 'zh-CN')).toBe('en-GB');
    expect(() => new Intl.NumberFormat(safeLocale('zh-CN', 'en'))).not.toThrow();
  });

  it.each([
    ['the POSIX "C" locale', 'C'],
    ['"POSIX", well formed but no locale', 'POSIX'],
    ['an empty tag', ''],
    ['only spaces', '   '],
    ['a POSIX locale name', 'en_US.UTF-8'],
    ['garbage', '!!not a tag!!'],
    ['a lone letter', 'x'],
    ['an unknown private-use language', 'qaa'],
  ])('falls back to the app’s language for %s', (_, tag) => {
    expect(safeLocale(tag, 'zh-CN')).toBe('zh-CN');
    expect(safeLocale(tag, 'en')).toBe('en');
    expect(() => new Intl.NumberFormat(safeLocale(tag, 'en'))).not.toThrow();
  });

  it('falls back when there is no tag at all', () => {
    expect(safeLocale(undefined, 'zh-CN')).toBe('zh-CN');
    expect(safeLocale(null, 'en')).toBe('en');
  });

  it('falls back to the page’s language by default', () => {
    // Node has no window: the page's language is English.
    expect(safeLocale('C')).toBe('en');
  });
});
