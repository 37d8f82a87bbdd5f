import { safeLocale } from '../i18n/safe-locale.ts';

/**
 * uPlot runs `new Intl.NumberFormat(navigator.language)` as its module is evaluated, so a browser
 * language that Intl refuses ("C" in WebKitGTK under the POSIX locale, or an `intl.accept_languages`
 * of "C" in Firefox) makes the whole chart chunk fail to load. Imported just before uPlot, this
 * module shows uPlot a safe `navigator.language` (the app's language); the chart module calls
 * `restoreNavigatorLanguage()` once uPlot is loaded, so nothing else sees the stand-in.
 */
const browserLanguage = navigator.language;
const safe = safeLocale(browserLanguage);
let shadowed = false;
if (safe.toLowerCase() !== browserLanguage.toLowerCase()) {
  Object.defineProperty(navigator, 'language', { configurable: true, get: () => safe });
  shadowed = true;
}

/** Puts the browser's own `navigator.language` back. */
export function restoreNavigatorLanguage(): void {
  if (!shadowed) return;
  Reflect.deleteProperty(navigator, 'language');
  shadowed = false;
}
