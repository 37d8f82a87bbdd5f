// `npm run bench:outbox`: the outbox in real Chromium against a real wallet server process.
// Enqueue: the strict write-ahead of one offline sale (`insertSale`), p50/p95 over --enqueue
// sales (500), also with the row's building and through `insertOfflineSale`. Replay: --replay
// accepted-offline sales (1000) queued while the page is offline, then timed from
// `startOutbox` until none is pending, checked against the wallets' balances. Prints one JSON
// object on stdout; progress goes to stderr. --timeout-s <s> (120) bounds the replay;
// --rate-limit <n> sets the server's RATE_LIMIT_PER_SECOND (0: off; default: its own).
import './bench-smoke/smoke-flag.ts';
import { chromium, type Browser } from '@playwright/test';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findSystemChromium } from '../e2e/support/chromium.ts';
import { benchPage } from './bench-outbox/bench-page.ts';
import { buildPage } from './bench-outbox/build-page.ts';
import { openBenchPage } from './bench-outbox/open-bench-page.ts';
import { readOptions } from './bench-outbox/options.ts';
import { watchPayCalls } from './bench-outbox/pay-calls.ts';
import { latency, round, trend } from './bench-outbox/stats.ts';
import { debitedSince, issueCodes } from './bench-outbox/wallet-admin.ts';
import { startWalletServer, type BenchServer } from './bench-outbox/wallet-server.ts';

const GOAL = { enqueueP50Ms: 10, replaySeconds: 15 };
/** 1.00 a sale: 1,000 of them stay under the terminal's 2,000.00 offline pending limit. */
const AMOUNT = 100;
const PAGE_DIR = resolve('node_modules/.cache/bench-outbox/page');

const options = readOptions();
const log = (message: string) => console.error(`[bench:outbox] ${message}`);

/** Other work on the machine slows the replay (browser, server and this script share the CPUs). */
const loadAtStart = loadavg()[0] ?? 0;
log('building bench/outbox');
await buildPage(PAGE_DIR);
let server: BenchServer | null = null;
let browser: Browser | null = null;
try {
  server = await startWalletServer(options.rateLimit);
  log(`wallet at ${server.origin}, rate limit ${server.rateLimit}`);
  const { origin, adminToken } = server;
  const forEnqueue = await issueCodes(origin, adminToken, options.enqueue, AMOUNT);
  const forReplay = await issueCodes(origin, adminToken, options.replay, AMOUNT);
  log(`issued ${forEnqueue.codes.length} + ${forReplay.codes.length} offline codes`);

  const executablePath = findSystemChromium();
  browser = await chromium.launch({
    args: CHROMIUM_ARGS,
    ...(executablePath ? { executablePath } : {}),
  });
  const context = await browser.newContext();
  const page = await openBenchPage(context, origin, PAGE_DIR, log);
  const bench = benchPage(page);
  await bench.clear();

  log(`enqueue: ${options.enqueue} sales, twice`);
  const samples = await bench.enqueue(forEnqueue.codes);
  const write = latency(samples.writeMs);

  const terminal = await bench.pair();
  log(`paired as ${terminal.terminalId}; offline, queueing ${options.replay} sales`);
  await context.setOffline(true);
  const queue = await bench.queueOffline(forReplay.codes);
  await context.setOffline(false);
  log(`queued in ${round(queue.seconds)} s; online, replaying`);
  const payWatch = watchPayCalls(page);
  const replay = await bench.replay(options.timeoutSeconds * 1000);
  const payCalls = await payWatch.stop();
  log(`replay ${replay.finished ? 'finished' : 'timed out'} in ${round(replay.seconds)} s`);
  const debited = await debitedSince(origin, forReplay.wallets);
  const expected = forReplay.codes.length * AMOUNT;

  const result = {
    enqueue: {
      n: samples.writeMs.length,
      p50Ms: write.p50Ms,
      p95Ms: write.p95Ms,
      meanMs: write.meanMs,
      maxMs: write.maxMs,
      ...trend(samples.writeMs),
      goalP50Ms: GOAL.enqueueP50Ms,
      meetsGoal: write.p50Ms <= GOAL.enqueueP50Ms,
      measures: 'insertSale(row) of an offline sale, strict durability, into a growing journal',
      totalEnqueue: { measures: 'newSaleRow + insertSale', ...latency(samples.totalMs) },
      offlineAcceptanceWrite: {
        measures: 'insertOfflineSale(row, limits check), a fresh journal growing to n',
        ...latency(samples.offlineAcceptanceMs),
        ...trend(samples.offlineAcceptanceMs),
        refused: samples.offlineAcceptanceRefused,
      },
    },
    replay: {
      sales: replay.sales,
      finished: replay.finished,
      seconds: round(replay.seconds),
      perSecond: round(replay.sales / replay.seconds, 1),
      goalSeconds: GOAL.replaySeconds,
      meetsGoal: replay.finished && replay.seconds <= GOAL.replaySeconds,
      byState: replay.byState,
      forwardAttempts: replay.forwardAttempts,
      retriedSales: replay.retriedSales,
      payCalls: {
        byStatus: payCalls.byStatus,
        measures: 'each POST /payments from its start to its answer, as Chromium saw it',
        ...latency(payCalls.durationsMs),
      },
      walletDebitedMatches: debited === replay.forwardedAmount && debited === expected,
      wallet: { debited, forwardedAmount: replay.forwardedAmount, expected },
      queueSeconds: round(queue.seconds),
    },
    browser: `Chromium ${browser.version()}`,
    durability: 'strict',
    server: { rateLimit: server.rateLimit },
    machine: {
      cpus: availableParallelism(),
      loadAverage1m: { atStart: round(loadAtStart), atEnd: round(loadavg()[0] ?? 0) },
    },
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser?.close();
  await server?.stop();
}
