import { formatAmount, type Minor } from '../../../protocol/money.ts';
import { currentLanguage } from './language-store.ts';
import type { Language } from './languages.ts';

export type MoneyOptions = {
  /** Thousands separators: "¥1,950.00" (the default) or "¥1950.00", as an amount is typed. */
  grouping?: boolean;
  language?: Language;
};

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(language: Language, grouping: boolean): Intl.NumberFormat {
  const id = `${language}|${String(grouping)}`;
  let formatter = formatters.get(id);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, {
      style: 'currency',
      currency: 'CNY',
      // "¥" in every language; English would otherwise say "CN¥".
      currencyDisplay: 'narrowSymbol',
      useGrouping: grouping,
    });
    formatters.set(id, formatter);
  }
  return formatter;
}

const isDecimalText = (text: string): text is `${number}` => /^-?\d+\.\d+$/.test(text);

/**
 * An amount of fen as money in the language: "¥1,950.00". Intl gets the exact decimal text from
 * formatAmount, never a float, so no amount is ever rounded on its way to the screen.
 */
export function formatMoney(amount: Minor, options: MoneyOptions = {}): string {
  const text = formatAmount(amount);
  const formatter = formatterFor(options.language ?? currentLanguage(), options.grouping ?? true);
  return isDecimalText(text) ? formatter.format(text) : text;
}
