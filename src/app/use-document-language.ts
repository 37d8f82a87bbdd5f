import { useEffect } from 'react';
import { useLanguage } from '../lib/i18n/use-t.ts';

/** Keeps `<html lang>` and the document title in the page's language. */
export function useDocumentLanguage(title: string): void {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = title;
  }, [language, title]);
}
