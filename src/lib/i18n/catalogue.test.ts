import { describe, expect, it } from 'vitest';
import type { PluralForms } from './catalogue-types.ts';
import { historyEn } from './areas/history.ts';
import { receiptEn } from './areas/receipt.ts';
import { reconciliationEn } from './areas/reconciliation.ts';
import { reportsEn } from './areas/reports.ts';
import { pairingQrEn } from './areas/pairing-qr.ts';
import { secureContextEn } from './areas/secure-context.ts';
import { walletServerEn } from './areas/wallet-server.ts';
import { reachEn } from './areas/reach.ts';
import { baseEn, en } from './en.ts';
import { placeholdersOf } from './interpolate.ts';
import { LANGUAGES, type Language } from './languages.ts';
import { zhCN } from './zh-CN.ts';

type Catalogue = Readonly<Record<string, string | PluralForms>>;
const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, 'zh-CN': zhCN };
const english: Catalogue = en;

const textsOf = (message: string | PluralForms): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);

/** The parameter names a message uses in any of its forms; a plural also takes `count`. */
function paramsOf(message: string | PluralForms): string[] {
  const names = new Set(textsOf(message).flatMap(placeholdersOf));
  if (typeof message !== 'string') names.add('count');
  return [...names].sort();
}

describe.each(LANGUAGES)('the %s catalogue', (language) => {
  const catalogue = CATALOGUES[language];
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has exactly the English keys', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('gives every message the same parameters as English, and no stray braces', () => {
    const mismatches = Object.entries(english).flatMap(([key, source]) => {
      const message = catalogue[key];
      if (message === undefined) return [`${key}: missing`];
      if (typeof message !== typeof source) return [`${key}: plural in one language only`];
      const problems: string[] = [];
      if (paramsOf(message).join() !== paramsOf(source).join()) {
        problems.push(`${key}: {${paramsOf(message).join('}, {')}}`);
      }
      // A name in braces that is not a parameter, or a stray brace, would show up on screen.
      if (textsOf(message).some((text) => /[{}]/.test(text.replace(/\{\w+\}/g, '')))) {
        problems.push(`${key}: stray brace`);
      }
      return problems;
    });
    expect(mismatches).toEqual([]);
  });

  it('has no empty message and a form for each plural category the language uses', () => {
    for (const [key, message] of Object.entries(catalogue)) {
      for (const text of textsOf(message)) expect(text.trim(), key).not.toBe('');
      if (typeof message === 'string') continue;
      for (const category of categories) {
        const form = category === 'other' ? message.other : (message[category] ?? message.other);
        expect(form, `${key} (${category})`).toBeTruthy();
      }
    }
  });
});

describe('the zh-CN catalogue', () => {
  it('is translated: only language-neutral messages read as in English', () => {
    const same = Object.entries(zhCN)
      .filter(([key, message]) => JSON.stringify(message) === JSON.stringify(english[key]))
      .map(([key]) => key);
    expect(same).toEqual(['wallet.recentItem']);
  });
});

describe('the English catalogue’s parts', () => {
  it('share no key, so that merging them hides no message', () => {
    const parts = [
      baseEn,
      historyEn,
      receiptEn,
      reportsEn,
      reconciliationEn,
      secureContextEn,
      walletServerEn,
      pairingQrEn,
      reachEn,
    ];
    const keys = parts.flatMap((part) => Object.keys(part));
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(repeated).toEqual([]);
    expect(Object.keys(en)).toHaveLength(keys.length);
  });
});
