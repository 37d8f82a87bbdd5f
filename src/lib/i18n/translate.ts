import type { MessageKey, PluralForms, Translate, TranslateArgs } from './catalogue-types.ts';
import { en } from './en.ts';
import { interpolate, missing } from './interpolate.ts';
import { currentLanguage } from './language-store.ts';
import type { Language } from './languages.ts';
import { zhCN } from './zh-CN.ts';

type Catalogue = Readonly<Partial<Record<string, string | PluralForms>>>;
type Params = Readonly<Record<string, string | number>>;

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, 'zh-CN': zhCN };

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/** The message text for `params`, or null when the language lacks the key (or leaves it empty). */
export function templateOf(
  language: Language,
  key: string,
  params: Params | undefined,
): string | null {
  const message = CATALOGUES[language][key];
  if (message === undefined) return null;
  if (typeof message === 'string') return message === '' ? null : message;
  const count = params?.count;
  const form = message[pluralCategory(language, typeof count === 'number' ? count : 0)];
  return form || message.other || null;
}

/** A message in `language`; a missing key shows as ⟦key⟧ rather than in another language. */
export function translate<K extends MessageKey>(
  language: Language,
  key: K,
  ...args: TranslateArgs<K>
): string;
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const template = templateOf(language, key, params);
  return template === null ? missing(key) : interpolate(template, params ?? {});
}

/** A message in the page's current language, for lib code that builds messages. */
export const t: Translate = (key, ...args) => translate(currentLanguage(), key, ...args);

export function translator(language: Language): Translate {
  return (key, ...args) => translate(language, key, ...args);
}
