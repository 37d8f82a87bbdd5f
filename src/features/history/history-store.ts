import type { JournalFilter } from '../../lib/journal/filter-journal.ts';
import { createStore } from '../../lib/store/create-store.ts';
import { EMPTY_FILTER_FORM, type FilterForm } from './filter-form.ts';

type HistoryState = {
  /** What the form shows, applied or not. */
  form: FilterForm;
  /** The filter the journal list shows. */
  filter: JournalFilter;
  /** The sale whose detail is open, or null for the list. */
  openSale: string | null;
  setForm: (form: FilterForm) => void;
  apply: (filter: JournalFilter) => void;
  clear: () => void;
  open: (outTradeNo: string | null) => void;
};

/** Kept while the cashier moves between screens, so History comes back as it was left. */
export const useHistoryStore = createStore<HistoryState>()((set) => ({
  form: EMPTY_FILTER_FORM,
  filter: {},
  openSale: null,
  setForm: (form) => set({ form }),
  apply: (filter) => set({ filter }),
  clear: () => set({ form: EMPTY_FILTER_FORM, filter: {} }),
  open: (openSale) => set({ openSale }),
}));
