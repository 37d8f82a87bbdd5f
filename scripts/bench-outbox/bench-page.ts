import type { Page } from '@playwright/test';
import type { BenchCode } from '../../bench/outbox/bench-api.ts';

/** The page's functions (bench/outbox/bench-api.ts), called from this process. */
export function benchPage(page: Page) {
  return {
    clear: () => page.evaluate(() => globalThis.outboxBench?.clear()),
    pair: async () => present(await page.evaluate(() => globalThis.outboxBench?.pair()), 'pair'),
    enqueue: async (codes: BenchCode[]) =>
      present(
        await page.evaluate((list) => globalThis.outboxBench?.enqueue(list), codes),
        'enqueue',
      ),
    queueOffline: async (codes: BenchCode[]) =>
      present(
        await page.evaluate((list) => globalThis.outboxBench?.queueOffline(list), codes),
        'queueOffline',
      ),
    replay: async (timeoutMs: number) =>
      present(await page.evaluate((ms) => globalThis.outboxBench?.replay(ms), timeoutMs), 'replay'),
  };
}

function present<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`The bench page has no ${name}()`);
  return value;
}
