import type { Minor } from '../../../protocol/money.ts';
import { PROVIDERS, type Provider } from '../../../protocol/payment-code.ts';
import {
  dayRangeBounds,
  isLocalDay,
  shopTimeZone,
  type LocalDay,
} from '../../lib/calendar-day/calendar-day.ts';
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

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SEARCH = /^[A-Za-z0-9_-]{0,64}$/;

/**
 * The journal filter a form asks for, or the first thing wrong with it. Dates are calendar days
 * in the shop's time zone, both included: "To 2026-11-21" keeps all of that day, the same day
 * Reports shows for that date.
 */
export function filterOfForm(
  form: FilterForm,
  t: Translate,
  timeZone: string = shopTimeZone(),
): FormFilter {
  const fromDay = dayOf(form.from);
  if (fromDay === null)
    return { ok: false, error: t('history.badDate', { field: t('history.from') }) };
  const toDay = dayOf(form.to);
  if (toDay === null) return { ok: false, error: t('history.badDate', { field: t('history.to') }) };
  const { from, to } = dayRangeBounds(fromDay, toDay, timeZone);
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

/** The typed day; undefined for an empty field, null for one that is not a real day. */
function dayOf(text: string): LocalDay | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return DATE.test(trimmed) && isLocalDay(trimmed) ? trimmed : null;
}

function amountOf(text: string, field: string, t: Translate): Minor | undefined | string {
  if (text.trim() === '') return undefined;
  const parsed = parseAmountInput(text);
  return parsed.ok ? parsed.amount : t('history.badAmount', { field, reason: parsed.error });
}

function oneOf<T extends string>(values: readonly T[], text: string): T | undefined {
  return values.find((value) => value === text);
}
