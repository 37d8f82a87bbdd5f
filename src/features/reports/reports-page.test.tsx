import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { dayReport } from '../../lib/reports/day-report.ts';
import {
  cancel,
  payment,
  pendingOffline,
  refund,
} from '../../lib/reports/test-support/journal-entries.ts';
import { DayReportView } from './reports-page.tsx';
import { HoursTable } from './hours-table.tsx';
import { ProviderTotalsTable } from './provider-totals-table.tsx';
import { ReportFacts } from './report-facts.tsx';

const sale = payment('A', '2026-11-21T02:00:00Z', 10_000, 38, 'alipay');
const other = payment('W', '2026-11-21T03:10:00Z', 5_001, 19, 'wechat');
const entries = [
  sale,
  refund(sale, 'R1', '2026-11-21T04:00:00Z', 2_550, 10),
  other,
  cancel(other, '2026-11-21T05:00:00Z', 5_001, 19),
  pendingOffline('O1', '2026-11-21T06:00:00Z', 12_000),
];
const report = dayReport(entries, '2026-11-21', 'UTC');

/** The text of each table row, cells joined by "|". */
function rowsOf(html: string): string[] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row = '']) =>
    [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => cell).join('|'),
  );
}

describe('ProviderTotalsTable', () => {
  it('shows each provider and the totals row in money', () => {
    expect(rowsOf(renderToStaticMarkup(<ProviderTotalsTable report={report} />))).toEqual([
      'Provider|Gross|Refunds|Fees|Net|Payments',
      'Alipay|¥100.00|¥25.50|¥0.28|¥74.22|1',
      'WeChat Pay|¥50.01|¥50.01|¥0.00|¥0.00|1',
      'All providers|¥150.01|¥75.51|¥0.28|¥74.22|2',
    ]);
  });

  it('scrolls sideways in a focusable, named region', () => {
    const html = renderToStaticMarkup(<ProviderTotalsTable report={report} />);
    expect(html).toMatch(
      /^<div class="table-scroll" role="region" aria-label="Totals by provider \(scrolls sideways\)" tabindex="0">/,
    );
  });
});

describe('ReportFacts', () => {
  it('gives the average ticket rounded half up, and the offline sales not yet settled', () => {
    const html = renderToStaticMarkup(<ReportFacts report={report} />);
    expect(html).toContain('<dt>Average ticket</dt><dd>¥75.01</dd>');
    expect(html).toContain('<dt>Not yet settled</dt><dd>¥120.00 in 1 offline sale<span');
  });
});

describe('HoursTable', () => {
  it('lists all 24 hours with their payments and gross', () => {
    const rows = rowsOf(renderToStaticMarkup(<HoursTable hours={report.hours} />));
    expect(rows).toHaveLength(25);
    expect(rows[0]).toBe('Hour|Payments|Gross');
    expect(rows[3]).toBe('02:00|1|¥100.00');
    expect(rows[4]).toBe('03:00|1|¥50.01');
    expect(rows[24]).toBe('23:00|0|¥0.00');
  });
});

describe('DayReportView', () => {
  const view = (props: Partial<Parameters<typeof DayReportView>[0]> = {}) =>
    renderToStaticMarkup(
      <DayReportView
        entries={entries}
        day="2026-11-21"
        today="2026-11-21"
        timeZone="UTC"
        onPick={() => undefined}
        {...props}
      />,
    );

  it('starts at h2, names the day and its time zone, and owns no status region', () => {
    const html = view();
    expect(html).not.toContain('<h1');
    expect(html).not.toContain('role="status"');
    expect([...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map(([, text]) => text)).toEqual([
      'Report day',
      'Totals by provider',
      'Sales by hour',
    ]);
    expect(html).toContain('Saturday, November 21, 2026 (UTC)');
    expect(html).toContain('Loading the chart…');
  });

  it('lets the cashier go back but not past today', () => {
    const html = view();
    expect(html).toContain('max="2026-11-21"');
    expect(html).toContain('<button type="button">Previous day</button>');
    expect(html).toContain('<button type="button" disabled="">Next day</button>');
    expect(view({ day: '2026-11-20' })).toContain('<button type="button">Next day</button>');
  });

  it('says when no money moved that day', () => {
    const html = view({ day: '2026-11-19' });
    expect(html).toContain('No money moved on this day.');
    expect(rowsOf(html)).toContain('All providers|¥0.00|¥0.00|¥0.00|¥0.00|0');
  });

  it('waits for the journal before it shows figures or lets the day be exported', () => {
    const html = view({ entries: undefined });
    expect(html).toContain('Loading…');
    expect(html).toContain('<button type="button" disabled="">Export CSV</button>');
  });
});
