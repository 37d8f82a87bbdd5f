import { dueRefunds, nextRefundDueAt } from '../db/refunds.ts';
import { dueSales, nextDueAt } from '../db/sales.ts';
import { runAsLeader } from './leader.ts';
import type { SaleWorker } from './sale-worker.ts';

export const REPLAYER_LOCK = 'saoma-outbox-replayer';
/** The replayer looks at the outbox at least this often, whatever else wakes it. */
export const REPLAY_TIMER_MS = 30_000;
/** Calls in flight at once: a thousand queued sales replay in seconds, not minutes. */
export const REPLAY_CONCURRENCY = 8;
const BATCH = 256;
const BUSY_RETRY_MS = 1_000;

export type ReplayerStatus = { leader: boolean; replaying: boolean; lastRunAt?: number };

/**
 * Drives every pending sale to a final state, in one tab at a time. It runs whenever it is
 * woken (coming online, the page shown again, Background Sync, a new sale, "Sync now") and on a
 * timer, and it sleeps until the next sale falls due.
 */
export class Replayer {
  private status: ReplayerStatus = { leader: false, replaying: false };
  private readonly listeners = new Set<(status: ReplayerStatus) => void>();

  constructor(private readonly worker: SaleWorker) {}

  /** Queues for leadership and replays until `signal` aborts. */
  run(signal: AbortSignal): Promise<void> {
    return runAsLeader(REPLAYER_LOCK, (leaderSignal) => this.lead(leaderSignal), signal);
  }

  current(): ReplayerStatus {
    return this.status;
  }

  subscribe(listener: (status: ReplayerStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async lead(signal: AbortSignal): Promise<void> {
    this.update({ leader: true });
    try {
      while (!signal.aborted) {
        const progressed = await this.replayDue(signal);
        const now = this.worker.context.now();
        const due = earliest(await nextDueAt(), await nextRefundDueAt());
        let wait = Math.min(REPLAY_TIMER_MS, due === undefined ? REPLAY_TIMER_MS : due - now);
        // What is due is held by other pages: give their leases time instead of spinning.
        if (!progressed) wait = Math.max(wait, BUSY_RETRY_MS);
        if (wait > 0) await this.worker.sleep(wait, signal);
      }
    } finally {
      this.update({ leader: false, replaying: false });
    }
  }

  /** Works through everything due; false when nothing due could be worked on. */
  private async replayDue(signal: AbortSignal): Promise<boolean> {
    this.update({ replaying: true });
    let progressedAtAll = false;
    try {
      for (;;) {
        const now = this.worker.context.now();
        const [sales, refunds] = await Promise.all([dueSales(now, BATCH), dueRefunds(now, BATCH)]);
        if (sales.length + refunds.length === 0 || signal.aborted) return true;
        const queue: Array<() => Promise<unknown>> = [
          ...sales.map((row) => () => this.worker.step(row.outTradeNo, false)),
          ...refunds.map((row) => () => this.worker.stepRefund(row.outRefundNo)),
        ];
        const progress = { made: false };
        const lane = async () => {
          for (
            let next = queue.shift();
            next !== undefined && !signal.aborted;
            next = queue.shift()
          ) {
            if (await next()) progress.made = true;
          }
        };
        await Promise.all(Array.from({ length: REPLAY_CONCURRENCY }, lane));
        if (!progress.made) return progressedAtAll;
        progressedAtAll = true;
      }
    } finally {
      this.update({ replaying: false, lastRunAt: this.worker.context.now() });
    }
  }

  private update(change: Partial<ReplayerStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener(this.status);
  }
}

function earliest(...times: Array<number | undefined>): number | undefined {
  const known = times.filter((time) => time !== undefined);
  return known.length === 0 ? undefined : Math.min(...known);
}
