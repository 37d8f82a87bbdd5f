import { lazy, Suspense, useCallback, useMemo } from 'react';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import type { HourBucket } from '../../lib/reports/sales-by-hour.ts';
import { ChartBoundary } from './chart-boundary.tsx';
import { HoursTable } from './hours-table.tsx';

// uPlot is a chunk of its own, loaded when a report is first shown.
const HourlyBarChart = lazy(() => import('../../lib/chart/hourly-bar-chart.tsx'));

/** Payments by local hour: a bar chart of the gross, and the same figures as a table. */
export function HourlySales({
  hours,
  dayLabel,
}: {
  hours: readonly HourBucket[];
  dayLabel: string;
}) {
  const t = useT();
  const language = useLanguage();
  const values = useMemo(() => hours.map((hour) => hour.gross), [hours]);
  const labels = useMemo(() => hours.map((hour) => hour.label), [hours]);
  const formatAxis = useCallback(
    (value: number) => formatMoney(Math.round(value), { language }),
    [language],
  );
  return (
    <>
      <ChartBoundary fallback={<p className="reports-error">{t('reports.chartFailed')}</p>}>
        <Suspense fallback={<p className="reports-chart-loading">{t('reports.chartLoading')}</p>}>
          <HourlyBarChart
            values={values}
            labels={labels}
            label={t('reports.chartLabel', { day: dayLabel })}
            formatValue={formatAxis}
          />
        </Suspense>
      </ChartBoundary>
      <HoursTable hours={hours} />
    </>
  );
}
