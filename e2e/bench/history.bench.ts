import { test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latency, round } from '../../scripts/bench-outbox/stats.ts';
import { startServer } from '../../server/reliability/server-process.ts';
import {
  lastMeasure,
  timeApplyFilter,
  timeOpenHistory,
  timeScrollJumps,
  type FilterRun,
} from '../support/history-timings.ts';
import { seedJournal, waitForJournalSettled } from '../support/seed-journal.ts';

const FRAME_BUDGET_MS = 1000 / 60;
const SALES = Number(process.env.BENCH_SALES ?? 50_000);
const OUT = process.env.BENCH_OUT;

test('History with a large journal: open, filter, scroll', async ({ page }) => {
  if (!OUT)
    throw new Error('BENCH_OUT must name the file for the figures (see scripts/bench-history.ts)');
  const dataDir = mkdtempSync(join(tmpdir(), 'saoma-bench-history-'));
  const server = await startServer({ PORT: '0', DATA_DIR: dataDir, DEMO: '1' });
  try {
    await page.goto(`${server.origin}/?lang=en`);
    await page.getByLabel('Amount').waitFor();
    console.log(`seeding ${SALES} sales`);
    const written = await seedJournal(page, {
      sales: SALES,
      refundEvery: 20,
      days: 60,
      now: Date.now(),
    });

    const settleMs = await waitForJournalSettled(page);
    console.log(`seeded; IndexedDB settled in ${round(settleMs)} ms; opening History`);
    const opened = await timeOpenHistory(page);
    await page.getByText(/ of \d/).waitFor();
    const build = await lastMeasure(page, 'saoma:journal-build');
    const firstFilter = await lastMeasure(page, 'saoma:history-filter');

    const filters: { name: string; set: () => Promise<void> }[] = [
      { name: 'provider WeChat Pay', set: () => select('Provider', 'WeChat Pay') },
      { name: 'status Declined', set: () => select('Status', 'Declined') },
      { name: 'kind Refund', set: () => select('Kind', 'Refund') },
      { name: 'amount 100.00 to 200.00', set: () => amounts('100', '200') },
      { name: 'search last four 0042', set: () => page.getByLabel('Search').fill('0042') },
      {
        name: 'search outTradeNo part SO0001',
        set: () => page.getByLabel('Search').fill('SO0001'),
      },
    ];
    const runs: (FilterRun & { filter: string })[] = [];
    const timed = (name: string, run: FilterRun) => {
      runs.push({ filter: name, ...run });
      console.log(`${name}: ${run.shown} shown, filter ${round(run.filterMs)} ms`);
    };
    for (const filter of filters) {
      await page.getByRole('button', { name: 'Clear filters' }).click();
      await filter.set();
      timed(filter.name, await timeApplyFilter(page));
    }
    // From the last filter back to none: Clear filters applies at once.
    timed('no filter', await timeApplyFilter(page, 'Clear filters'));
    const filterMs = latency(runs.map((run) => run.filterMs));

    console.log('scrolling');
    const frames = await timeScrollJumps(page, 40);
    const figures = {
      journal: { sales: SALES, rowsWritten: written, entries: build.detail },
      seedSettleMs: round(settleMs),
      openToFirstRowsMs: round(opened.firstRowsMs),
      openToWholeJournalMs: round(firstFilter.endedAt - opened.clickedAt),
      journalBuildMs: round(build.ms),
      firstFilterMs: round(firstFilter.ms),
      filter: {
        frameBudgetMs: round(FRAME_BUDGET_MS),
        filterMs,
        withinFrameBudget: filterMs.maxMs <= FRAME_BUDGET_MS,
        applyToFrameMs: latency(runs.map((run) => run.applyToFrameMs)),
        runs: runs.map((run) => ({
          ...run,
          filterMs: round(run.filterMs),
          applyToFrameMs: round(run.applyToFrameMs),
        })),
      },
      scroll: {
        firstScrollFrameMs: round(frames[0] ?? 0),
        jumps: frames.length,
        ...latency(frames),
      },
    };
    writeFileSync(OUT, JSON.stringify(figures, null, 2));
  } finally {
    await server.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }

  async function select(label: string, option: string) {
    await page.getByLabel(label).selectOption({ label: option });
  }

  async function amounts(from: string, to: string) {
    await page.getByLabel('Amount from').fill(from);
    await page.getByLabel('Amount to').fill(to);
  }
});
