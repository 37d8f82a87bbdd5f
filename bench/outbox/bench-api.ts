// What the bench/outbox page offers scripts/bench-outbox.ts, on `globalThis.outboxBench`.
// Plain data only: every argument and answer crosses page.evaluate.

/** An offline code the wallet issued, and the amount (minor units) to sell with it. */
export type BenchCode = { text: string; amount: number };

/** Milliseconds per sale, in the order the sales were written. */
export type EnqueueSamples = {
  /** The strict write-ahead alone: `insertSale(row)`. */
  writeMs: number[];
  /** Building the row (`newSaleRow`, with its SHA-256) and writing it. */
  totalMs: number[];
  /** `insertOfflineSale(row, check)` with the checkout's limits check, as the journal grows. */
  offlineAcceptanceMs: number[];
  offlineAcceptanceRefused: number;
};

export type QueueReport = { queued: number; seconds: number };

export type ReplayReport = {
  /** Sales pending when the outbox started. */
  sales: number;
  /** False when the timeout came first; `seconds` is then the timeout. */
  finished: boolean;
  seconds: number;
  byState: Record<string, number>;
  /** The sum of the amounts of the sales that ended `forwarded`. */
  forwardedAmount: number;
  /** Forward calls made (a sale's `forwarding` entries), and the sales that needed more than one. */
  forwardAttempts: number;
  retriedSales: number;
};

export type OutboxBenchApi = {
  /** Deletes every row of every table (the pairing too). */
  clear: () => Promise<void>;
  pair: () => Promise<{ terminalId: string; merchantId: string }>;
  enqueue: (codes: BenchCode[]) => Promise<EnqueueSamples>;
  /** Writes one accepted-offline sale per code, for `replay` to forward. */
  queueOffline: (codes: BenchCode[]) => Promise<QueueReport>;
  /** Starts the outbox and times it until no sale is pending. */
  replay: (timeoutMs: number) => Promise<ReplayReport>;
};

declare global {
  /** Set by bench/outbox/outbox-bench.ts once the page has loaded. */
  var outboxBench: OutboxBenchApi | undefined;
}
