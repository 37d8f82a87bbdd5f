import type { Language } from './languages.ts';

export type LanguageSources = {
  /** The `lang` query parameter, if the URL has one. */
  query: string | null;
  /** The choice saved in Settings, if any. */
  stored: string | null;
  /** `navigator.language`. */
  browser: string | undefined;
};

/** A BCP 47 tag as one of our languages, or null when we do not speak it. */
export function languageOfTag(tag: string | null | undefined): Language | null {
  const lower = tag?.trim().toLowerCase() ?? '';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
}

/** `?lang=` wins, then the choice saved in Settings, then the browser's language, else English. */
export function resolveLanguage({ query, stored, browser }: LanguageSources): Language {
  return languageOfTag(query) ?? languageOfTag(stored) ?? languageOfTag(browser) ?? 'en';
}
