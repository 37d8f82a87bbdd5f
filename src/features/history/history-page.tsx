import { useId, useMemo, useRef, useState } from 'react';
import { csvFileName, downloadCsv } from '../../lib/csv/download.ts';
import { journalCsv } from '../../lib/csv/journal-csv.ts';
import { useFocusOnChange } from '../../lib/a11y/use-focus-on-change.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { filterJournal } from '../../lib/journal/filter-journal.ts';
import { useJournalPreview } from '../../lib/journal/use-journal.ts';
import { measured } from '../../lib/perf/measured.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import { FilterPanel } from './filter-panel.tsx';
import { useHistoryStore } from './history-store.ts';
import { JournalList } from './journal-list.tsx';
import { SaleDetail } from './sale-detail.tsx';
import './history.css';

/** The journal of sales, refunds and cancels: filter it, open a sale, refund or cancel it. */
export function HistoryPage({
  worker,
  onShowReceipt,
}: {
  worker: SaleWorker;
  onShowReceipt?: ((outTradeNo: string) => void) | undefined;
}) {
  const t = useT();
  const listId = useId();
  const journal = useJournalPreview();
  const { filter, openSale, open } = useHistoryStore();
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
          <FilterPanel />
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
