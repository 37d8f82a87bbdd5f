import type { Translate } from '../../lib/i18n/catalogue-types.ts';
import { EMPTY_FILTER_FORM, filterOfForm, type FilterForm } from './filter-form.ts';

/** What History shows, as its URL says: the applied filters and the open sale (null: the list). */
export type HistoryView = { form: FilterForm; sale: string | null };

/** The URL's name for each filter field. */
const PARAMS = {
  from: 'from',
  to: 'to',
  status: 'status',
  kind: 'kind',
  provider: 'provider',
  minAmount: 'min',
  maxAmount: 'max',
  search: 'q',
} as const satisfies Record<keyof FilterForm, string>;
const SALE_PARAM = 'sale';
const OUT_TRADE_NO = /^[A-Za-z0-9_-]{1,64}$/;
const FIELDS = Object.keys(PARAMS) as (keyof FilterForm)[];

/**
 * History's view from a query string. A value the filter form would refuse is dropped (that
 * field filters nothing), and if the fields left still refuse together (To before From) no
 * filter is applied: a link never breaks the screen.
 */
export function viewOfQuery(query: string, t: Translate): HistoryView {
  const params = new URLSearchParams(query);
  const form = { ...EMPTY_FILTER_FORM };
  for (const field of FIELDS) {
    const value = params.get(PARAMS[field])?.trim() ?? '';
    if (value !== '' && filterOfForm({ ...EMPTY_FILTER_FORM, [field]: value }, t).ok) {
      form[field] = value;
    }
  }
  const sale = params.get(SALE_PARAM) ?? '';
  return {
    form: filterOfForm(form, t).ok ? canonical(form, t) : EMPTY_FILTER_FORM,
    sale: OUT_TRADE_NO.test(sale) ? sale : null,
  };
}

/** A field the form ignores (a status that is not one) is left out, so the URL says only what filters. */
function canonical(form: FilterForm, t: Translate): FilterForm {
  const kept = { ...form };
  for (const field of ['status', 'kind', 'provider'] as const) {
    const alone = filterOfForm({ ...EMPTY_FILTER_FORM, [field]: form[field] }, t);
    if (alone.ok && Object.keys(alone.filter).length === 0) kept[field] = '';
  }
  return kept;
}

/** The query string of a view: only the fields that filter, then the open sale. */
export function queryOfView({ form, sale }: HistoryView): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = form[field].trim();
    if (value !== '') params.set(PARAMS[field], value);
  }
  if (sale !== null) params.set(SALE_PARAM, sale);
  return params.toString();
}
