import { useId } from 'react';
import { chooseLanguage } from '../../lib/i18n/language-store.ts';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../lib/i18n/languages.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';

/** The terminal's language: applies at once, without a reload, and is remembered on the device. */
export function LanguagePicker() {
  const t = useT();
  const language = useLanguage();
  const id = useId();

  return (
    <section className="card language-picker" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <label htmlFor={`${id}-select`}>{t('settings.language')}</label>
      </h2>
      <div className="field">
        <select
          id={`${id}-select`}
          value={language}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const picked = event.target.value;
            if (isLanguage(picked)) chooseLanguage(picked);
          }}
        >
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANGUAGE_NAMES[option]}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('settings.languageHint')}
      </p>
    </section>
  );
}
