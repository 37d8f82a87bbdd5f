import type { Browser, BrowserContext } from '@playwright/test';
import { failedTrial, type TrialReport } from '../../bench/scan/report.ts';

/** Beyond the page's own timeout: page load, camera start, settling and reporting. */
const PAGE_GRACE_MS = 20_000;

/**
 * One trial in a fresh browser context (so a fresh page and a fresh camera capture). Failures
 * come back as an `error` report, never as a throw.
 */
export async function runTrial(
  browser: Browser,
  scanner: string,
  url: string,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<TrialReport> {
  let context: BrowserContext | null = null;
  try {
    context = await browser.newContext({ permissions: ['camera'] });
    const page = await context.newPage();
    page.on('pageerror', (error) => log(`${scanner} page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') log(`${scanner} console error: ${message.text()}`);
    });
    let resolveReport: (report: unknown) => void = () => undefined;
    const reported = new Promise<unknown>((resolve) => (resolveReport = resolve));
    await page.exposeFunction('benchReport', (report: unknown) => resolveReport(report));
    await page.goto(url);
    const report = await Promise.race([reported, sleep(timeoutMs + PAGE_GRACE_MS)]);
    if (report === undefined) return failedTrial(scanner, 'The page never reported');
    return isTrialReport(report) ? report : failedTrial(scanner, 'The page sent no trial report');
  } catch (error) {
    return failedTrial(scanner, error instanceof Error ? error.message : String(error));
  } finally {
    await context?.close().catch(() => undefined);
  }
}

function isTrialReport(value: unknown): value is TrialReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    'outcome' in value &&
    'longTasks' in value &&
    'frames' in value
  );
}

function sleep(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}
