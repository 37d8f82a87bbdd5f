import { useMemo, useState } from 'react';
import { useNow } from '../../lib/clock/use-now.ts';
import { downloadCsv } from '../../lib/csv/download.ts';
import { journalCsv, journalCsvFileName } from '../../lib/csv/journal-csv.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import type { JournalEntry } from '../../lib/journal/journal-entry.ts';
import { useJournal } from '../../lib/journal/use-journal.ts';
import { touchedWithin } from '../../lib/reports/day-entries.ts';
import { dayReport } from '../../lib/reports/day-report.ts';
import { shopTimeZone, todayIn, type LocalDay } from '../../lib/calendar-day/calendar-day.ts';
import { DayPicker } from './day-picker.tsx';
import { formatDay } from './format-day.ts';
import { HourlySales } from './hourly-sales.tsx';
import { ProviderTotalsTable } from './provider-totals-table.tsx';
import { ReportFacts } from './report-facts.tsx';
import './reports.css';

/**
 * One local day of the shop: totals by provider, the average ticket, offline sales not yet
 * settled, sales by hour, and the day's journal as CSV. It sits under the screen's h1.
 */
export function ReportsPage() {
  const entries = useJournal();
  const timeZone = useMemo(() => shopTimeZone(), []);
  const today = todayIn(timeZone, useNow(60_000));
  const [day, setDay] = useState<LocalDay>(() => todayIn(timeZone));
  return (
    <DayReportView entries={entries} day={day} today={today} timeZone={timeZone} onPick={setDay} />
  );
}

type DayReportViewProps = {
  /** The journal; undefined while it is first read. */
  entries: readonly JournalEntry[] | undefined;
  day: LocalDay;
  today: LocalDay;
  timeZone: string;
  onPick: (day: LocalDay) => void;
};

export function DayReportView({ entries, day, today, timeZone, onPick }: DayReportViewProps) {
  const t = useT();
  const language = useLanguage();
  const [exported, setExported] = useState('');
  const report = useMemo(
    () => entries && dayReport(entries, day, timeZone),
    [entries, day, timeZone],
  );
  const dayLabel = formatDay(day, language);

  function exportDay() {
    if (!entries || !report) return;
    const dayEntries = touchedWithin(entries, report.bounds);
    const file = journalCsvFileName(day);
    downloadCsv(file, journalCsv(dayEntries));
    setExported(t('reports.exported', { count: dayEntries.length, file }));
  }

  function pick(next: LocalDay) {
    setExported('');
    onPick(next);
  }

  return (
    <div className="reports">
      <section className="card" aria-labelledby="reports-day-heading">
        <h2 id="reports-day-heading">{t('reports.dayHeading')}</h2>
        <DayPicker day={day} today={today} onPick={pick} />
        <p className="reports-day-label">{t('reports.dayLabel', { day: dayLabel, timeZone })}</p>
        <div className="reports-export">
          <button type="button" disabled={!report} onClick={exportDay}>
            {t('reports.exportCsv')}
          </button>
          {exported !== '' && <p className="reports-note">{exported}</p>}
        </div>
      </section>
      <section className="card" aria-labelledby="reports-totals-heading">
        <h2 id="reports-totals-heading">{t('reports.totalsHeading')}</h2>
        {report ? (
          <>
            {report.providers.length === 0 && <p>{t('reports.noMovements')}</p>}
            <ProviderTotalsTable report={report} />
            <ReportFacts report={report} />
          </>
        ) : (
          <p className="loading">{t('common.loading')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="reports-hours-heading">
        <h2 id="reports-hours-heading">{t('reports.hoursHeading')}</h2>
        {report ? (
          <HourlySales hours={report.hours} dayLabel={dayLabel} />
        ) : (
          <p className="loading">{t('common.loading')}</p>
        )}
      </section>
    </div>
  );
}
