import { useMemo, useSyncExternalStore } from 'react';
import type { Translate } from './catalogue-types.ts';
import { currentLanguage, subscribeLanguage } from './language-store.ts';
import type { Language } from './languages.ts';
import { translator } from './translate.ts';

/** The page's language; the component renders again when the cashier picks another. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribeLanguage, currentLanguage, () => 'en' as const);
}

/** `t` for the page's language, as a component uses it: `t('sale.paid', { amount, provider })`. */
export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}
