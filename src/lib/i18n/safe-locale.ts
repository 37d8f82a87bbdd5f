import { currentLanguage } from './language-store.ts';
import type { Language } from './languages.ts';

/**
 * A locale that Intl takes: `tag` in its canonical form when Intl both accepts it and has data
 * for it, and otherwise `fallback` (the page's language). A browser's language is not always a
 * BCP 47 tag: WebKitGTK under the POSIX locale says "C", and `new Intl.NumberFormat('C')` throws
 * "RangeError: invalid language tag". Anything that hands a browser's tag to Intl (uPlot reads
 * `navigator.language`) goes through here.
 */
export function safeLocale(
  tag: string | null | undefined,
  fallback: Language = currentLanguage(),
): string {
  if (typeof tag !== 'string' || tag.trim() === '') return fallback;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical === undefined) return fallback;
    // "POSIX" is well formed (a 5-letter language subtag) but no locale Intl knows.
    const [supported] = Intl.NumberFormat.supportedLocalesOf(canonical);
    return supported === undefined ? fallback : canonical;
  } catch {
    return fallback;
  }
}
