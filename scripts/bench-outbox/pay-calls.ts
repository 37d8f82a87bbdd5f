import type { Page, Request } from '@playwright/test';

export type PayCalls = {
  /** Answers to pay calls by HTTP status (a 429 is the wallet's rate limit), or `failed`. */
  byStatus: Record<string, number>;
  /** Each answered pay call's time from its start to the end of its answer, as Chromium saw it. */
  durationsMs: number[];
};

/** Watches the page's pay calls (POST /api/v1/payments) until `stop`. */
export function watchPayCalls(page: Page): { stop: () => Promise<PayCalls> } {
  const calls: PayCalls = { byStatus: {}, durationsMs: [] };
  const statuses: Promise<string>[] = [];
  const isPay = (request: Request) =>
    request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/payments';
  const onFinished = (request: Request) => {
    if (!isPay(request)) return;
    calls.durationsMs.push(request.timing().responseEnd);
    statuses.push(request.response().then((response) => String(response?.status() ?? 'none')));
  };
  const onFailed = (request: Request) => {
    if (isPay(request)) statuses.push(Promise.resolve('failed'));
  };
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  return {
    stop: async () => {
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFailed);
      for (const status of await Promise.all(statuses)) {
        calls.byStatus[status] = (calls.byStatus[status] ?? 0) + 1;
      }
      return calls;
    },
  };
}
