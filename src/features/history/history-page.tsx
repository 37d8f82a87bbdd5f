import { useId, useMemo, useRef, useState } from 'react';
import { csvFileName, downloadCsv } from '../../lib/csv/download.ts';
import { journalCsv } from '../../lib/csv/journal-csv.ts';
import { useFocusOnChange } from '../../lib/a11y/use-focus-on-change.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { filterJournal } from '../../lib/journal/filter-journal.ts';
import { useJournalPreview } from '../../lib/journal/use-journal.ts';
import { measured } from '../../lib/perf/measured.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import { filterOfForm } from './filter-form.ts';
import { FilterPanel } from './filter-panel.tsx';
import { queryOfView, viewOfQuery, type HistoryView } from './history-url.ts';
import { JournalList } from './journal-list.tsx';
import { SaleDetail } from './sale-detail.tsx';
import './history.css';

/**
 * The journal of sales, refunds and cancels: filter it, open a sale, refund or cancel it. The
 * applied filters and the open sale are the URL's query (`history-url.ts`), so a view can be
 * linked and Back closes a sale.
 */
export function HistoryPage({
  worker,
  query,
  onQuery,
  onShowReceipt,
}: {
  worker: SaleWorker;
  /** The screen's own query string, without "?". */
  query: string;
  onQuery: (query: string, how: 'push' | 'replace') => void;
  onShowReceipt?: ((outTradeNo: string) => void) | undefined;
}) {
  const t = useT();
  const listId = useId();
  const journal = useJournalPreview();
  const view = useMemo(() => viewOfQuery(query, t), [query, t]);
  const openSale = view.sale;
  const formQuery = queryOfView({ form: view.form, sale: null });
  // Keyed on the filters' own query: opening a sale must not make a new filter (it resets the scroll).
  const filter = useMemo(() => {
    const result = filterOfForm(viewOfQuery(formQuery, t).form, t);
    return result.ok ? result.filter : {};
  }, [formQuery, t]);
  const show = (next: HistoryView) => onQuery(queryOfView(next), 'push');
  const open = (sale: string | null) => show({ form: view.form, sale });
  const shown = useMemo(() => {
    if (!journal) return [];
    // Measured for `npm run bench:history`: the filter must answer within a frame.
    return measured(
      'saoma:history-filter',
      () => filterJournal(journal.entries, filter),
      (result) => result.length,
      journal.complete,
    );
  }, [journal, filter]);
  const [exported, setExported] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(openSale ?? 'list', () =>
    openSale ? detailHeading.current : listHeading.current,
  );

  function exportShown() {
    const file = csvFileName('journal', new Date());
    downloadCsv(file, journalCsv(shown));
    setExported(t('history.exported', { count: shown.length, file }));
  }

  return (
    <div className="history">
      <h1 tabIndex={-1}>{t('history.title')}</h1>
      {openSale ? (
        <SaleDetail
          outTradeNo={openSale}
          worker={worker}
          headingRef={detailHeading}
          onBack={() => open(null)}
          onShowReceipt={onShowReceipt}
        />
      ) : (
        <>
          <FilterPanel
            key={formQuery}
            applied={view.form}
            onApply={(form) => show({ form, sale: null })}
          />
          <section className="card journal" aria-labelledby={listId}>
            <div className="history-head">
              <h2 id={listId} ref={listHeading} tabIndex={-1}>
                {t('history.journal')}
              </h2>
              <p className="journal-count">
                {!journal
                  ? t('history.loading')
                  : journal.complete
                    ? t('history.countOfTotal', {
                        shown: t('history.count', { count: shown.length }),
                        total: journal.entries.length,
                      })
                    : t('history.loadingRest', { count: journal.entries.length })}
              </p>
            </div>
            {journal?.complete && shown.length > 0 && (
              <div className="filter-actions">
                <button type="button" onClick={exportShown}>
                  {t('history.export')}
                </button>
              </div>
            )}
            <p role="status" className="detail-message">
              {exported}
            </p>
            {journal && shown.length === 0 && <p>{t('history.empty')}</p>}
            {shown.length > 0 && (
              <JournalList
                entries={shown}
                label={t('history.journal')}
                resetKey={filter}
                onOpen={open}
              />
            )}
          </section>
        </>
      )}
    </div>
  );
}
