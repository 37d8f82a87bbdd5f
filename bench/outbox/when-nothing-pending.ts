import { pendingSales } from '../../src/lib/db/sales.ts';
import type { Replayer } from '../../src/lib/outbox/replayer.ts';

/** A safety net: the replayer's own status changes are what normally end the wait. */
const POLL_MS = 1_000;

/**
 * Resolves with performance.now() at the first moment no sale is pending, or null after
 * `timeoutMs`. It looks each time the replayer finishes a pass over what is due (so the end is
 * seen as soon as the last sale is written), and once a second besides.
 */
export function whenNothingPending(replayer: Replayer, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    let done = false;
    let checking = false;
    /** Asks for a look; asks made during a look are answered by one more look after it. */
    let asked = 0;
    const finish = (at: number | null) => {
      if (done) return;
      done = true;
      unsubscribe();
      clearInterval(poll);
      clearTimeout(timer);
      resolve(at);
    };
    const check = async (): Promise<void> => {
      asked += 1;
      if (checking) return;
      checking = true;
      try {
        let answered: number;
        do {
          answered = asked;
          if ((await pendingSales()).length === 0) finish(performance.now());
        } while (answered !== asked && !done);
      } finally {
        checking = false;
      }
    };
    const unsubscribe = replayer.subscribe((status) => {
      if (!status.replaying) void check();
    });
    const poll = setInterval(() => void check(), POLL_MS);
    const timer = setTimeout(() => finish(null), timeoutMs);
  });
}
