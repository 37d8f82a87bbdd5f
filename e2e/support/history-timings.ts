import type { Page } from '@playwright/test';

/**
 * Clicks History in the nav and times it until a frame shows the first journal rows; answers
 * that time and the page's clock at the click.
 */
export function timeOpenHistory(page: Page): Promise<{ clickedAt: number; firstRowsMs: number }> {
  return page.evaluate(
    () =>
      new Promise<{ clickedAt: number; firstRowsMs: number }>((resolve, reject) => {
        const link = document.querySelector<HTMLAnchorElement>('nav a[href="/history"]');
        if (!link) return reject(new Error('no History link in the nav'));
        const start = performance.now();
        link.click();
        const check = () => {
          if (document.querySelector('.journal-row')) {
            requestAnimationFrame(() =>
              resolve({ clickedAt: start, firstRowsMs: performance.now() - start }),
            );
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

export type FilterRun = { shown: number; filterMs: number; applyToFrameMs: number };

/**
 * Presses a button that changes the applied filters (Apply filters, or Clear filters) and times
 * two things: the filter itself (the app's own `saoma:history-filter` measure) and the click
 * until the frame after the result is rendered. The filters are the URL's: a press that leaves
 * them as they were filters nothing, and this would wait for ever, so the caller must change them.
 */
export function timeApplyFilter(page: Page, label = 'Apply filters'): Promise<FilterRun> {
  return page.evaluate(
    (buttonLabel) =>
      new Promise<FilterRun>((resolve, reject) => {
        const button = Array.from(document.querySelectorAll('button')).find(
          (candidate) => candidate.textContent === buttonLabel,
        );
        if (!button) return reject(new Error(`no ${buttonLabel} button`));
        const observer = new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('saoma:history-filter').at(-1);
          if (!(entry instanceof PerformanceMeasure)) return;
          observer.disconnect();
          const shown = typeof entry.detail === 'number' ? entry.detail : -1;
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve({
                shown,
                filterMs: entry.duration,
                applyToFrameMs: performance.now() - start,
              }),
            ),
          );
        });
        observer.observe({ type: 'measure' });
        const start = performance.now();
        button.click();
      }),
    label,
  );
}

/** The app's measure of building the journal entries from the rows (last time it ran). */
export function lastMeasure(
  page: Page,
  name: string,
): Promise<{ ms: number; endedAt: number; detail: unknown }> {
  return page.evaluate((measureName) => {
    const entry = performance.getEntriesByName(measureName).at(-1);
    if (!(entry instanceof PerformanceMeasure)) throw new Error(`no ${measureName} measure`);
    const detail: unknown = entry.detail;
    return { ms: entry.duration, endedAt: entry.startTime + entry.duration, detail };
  }, name);
}

/**
 * Jumps the journal's scroll box to `jumps` row positions spread over the list, each time from
 * setting scrollTop until the frame in which that row is in the DOM. The first jump is the
 * first scroll frame after the journal opened.
 */
export function timeScrollJumps(page: Page, jumps: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const scroller = document.querySelector<HTMLElement>('.journal-scroll');
    const list = scroller?.querySelector('ul');
    if (!scroller || !list) throw new Error('no journal list');
    const height = list.querySelector('li')?.getBoundingClientRect().height ?? 0;
    const total = Number(list.querySelector('li')?.getAttribute('aria-setsize') ?? '0');
    const frames: number[] = [];
    for (let jump = 1; jump <= count; jump += 1) {
      const row = Math.floor(((jump * 7_919) % count) * (total / count));
      const start = performance.now();
      scroller.scrollTop = row * height;
      await new Promise<void>((resolve) => {
        const check = () => {
          if (list.querySelector(`li[aria-posinset="${row + 1}"]`)) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      frames.push(performance.now() - start);
    }
    return frames;
  }, jumps);
}
