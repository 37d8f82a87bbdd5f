import type { Minor } from '../../../protocol/money.ts';
import { PROVIDERS, type Provider } from '../../../protocol/payment-code.ts';
import type { Translate } from '../../lib/i18n/catalogue-types.ts';
import { parseAmountInput } from '../../lib/i18n/parse-amount-input.ts';
import type { JournalFilter } from '../../lib/journal/filter-journal.ts';
import {
  JOURNAL_KINDS,
  JOURNAL_STATUSES,
  type JournalKind,
  type JournalStatus,
} from '../../lib/journal/journal-entry.ts';

/** The filter form as typed: every field a string, '' for "any". */
export type FilterForm = {
  from: string;
  to: string;
  status: string;
  kind: string;
  provider: string;
  minAmount: string;
  maxAmount: string;
  search: string;
};

export const EMPTY_FILTER_FORM: FilterForm = {
  from: '',
  to: '',
  status: '',
  kind: '',
  provider: '',
  minAmount: '',
  maxAmount: '',
  search: '',
};

export type FormFilter = { ok: true; filter: JournalFilter } | { ok: false; error: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SEARCH = /^[A-Za-z0-9_-]{0,64}$/;

/**
 * The journal filter a form asks for, or the first thing wrong with it. Dates are local days,
 * both included: "To 2026-11-21" keeps all of that day.
 */
export function filterOfForm(form: FilterForm, t: Translate): FormFilter {
  const from = localDayStart(form.from);
  if (from === null)
    return { ok: false, error: t('history.badDate', { field: t('history.from') }) };
  const toStart = localDayStart(form.to);
  if (toStart === null)
    return { ok: false, error: t('history.badDate', { field: t('history.to') }) };
  const to = toStart === undefined ? undefined : nextLocalDay(toStart);
  if (from !== undefined && to !== undefined && to <= from) {
    return { ok: false, error: t('history.badRange') };
  }
  const minAmount = amountOf(form.minAmount, t('history.minAmount'), t);
  if (typeof minAmount === 'string') return { ok: false, error: minAmount };
  const maxAmount = amountOf(form.maxAmount, t('history.maxAmount'), t);
  if (typeof maxAmount === 'string') return { ok: false, error: maxAmount };
  if (minAmount !== undefined && maxAmount !== undefined && maxAmount < minAmount) {
    return { ok: false, error: t('history.badAmountRange') };
  }
  const search = form.search.trim();
  if (!SEARCH.test(search)) return { ok: false, error: t('history.badSearch') };
  const status = oneOf(JOURNAL_STATUSES, form.status);
  const kind = oneOf(JOURNAL_KINDS, form.kind);
  const provider = oneOf(PROVIDERS, form.provider);
  return {
    ok: true,
    filter: {
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      ...(status ? { statuses: [status] satisfies JournalStatus[] } : {}),
      ...(kind ? { kinds: [kind] satisfies JournalKind[] } : {}),
      ...(provider ? { providers: [provider] satisfies Provider[] } : {}),
      ...(minAmount !== undefined ? { minAmount } : {}),
      ...(maxAmount !== undefined ? { maxAmount } : {}),
      ...(search !== '' ? { search } : {}),
    },
  };
}

/** Unix ms of a local day's midnight; undefined for an empty field, null for a bad one. */
function localDayStart(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const match = DATE.exec(trimmed);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  const real =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? date.getTime() : null;
}

/** The next local midnight: 23, 24 or 25 hours later, as daylight saving decides. */
function nextLocalDay(start: number): number {
  const date = new Date(start);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

function amountOf(text: string, field: string, t: Translate): Minor | undefined | string {
  if (text.trim() === '') return undefined;
  const parsed = parseAmountInput(text);
  return parsed.ok ? parsed.amount : t('history.badAmount', { field, reason: parsed.error });
}

function oneOf<T extends string>(values: readonly T[], text: string): T | undefined {
  return values.find((value) => value === text);
}
