import { describe, expect, it } from 'vitest';
import { languageOfTag, resolveLanguage } from './resolve-language.ts';

const none = { query: null, stored: null, browser: undefined };

describe('resolveLanguage', () => {
  it('lets ?lang= override the saved choice and the browser', () => {
    expect(resolveLanguage({ query: 'zh-CN', stored: 'en', browser: 'en-US' })).toBe('zh-CN');
    expect(resolveLanguage({ query: 'en', stored: 'zh-CN', browser: 'zh-CN' })).toBe('en');
  });

  it('ignores a ?lang= it does not speak', () => {
    expect(resolveLanguage({ query: 'fr', stored: 'zh-CN', browser: 'en-US' })).toBe('zh-CN');
    expect(resolveLanguage({ query: '', stored: null, browser: 'zh-TW' })).toBe('zh-CN');
  });

  it('uses the choice saved in Settings over the browser', () => {
    expect(resolveLanguage({ ...none, stored: 'zh-CN', browser: 'en-GB' })).toBe('zh-CN');
    expect(resolveLanguage({ ...none, stored: 'en', browser: 'zh-CN' })).toBe('en');
  });

  it('follows navigator.language: any Chinese is zh-CN, anything else English', () => {
    expect(resolveLanguage({ ...none, browser: 'zh-CN' })).toBe('zh-CN');
    expect(resolveLanguage({ ...none, browser: 'zh' })).toBe('zh-CN');
    expect(resolveLanguage({ ...none, browser: 'zh-Hant-HK' })).toBe('zh-CN');
    expect(resolveLanguage({ ...none, browser: 'en-US' })).toBe('en');
    expect(resolveLanguage({ ...none, browser: 'de-DE' })).toBe('en');
    expect(resolveLanguage(none)).toBe('en');
  });
});

describe('languageOfTag', () => {
  it('reads tags case-insensitively and refuses look-alikes', () => {
    expect(languageOfTag('ZH-cn')).toBe('zh-CN');
    expect(languageOfTag(' en ')).toBe('en');
    expect(languageOfTag('english')).toBeNull();
    expect(languageOfTag('zhx')).toBeNull();
  });
});
