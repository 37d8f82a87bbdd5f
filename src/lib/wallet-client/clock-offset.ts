/**
 * How far this device's clock is from the wallet's, learned from the `Date` header of the
 * wallet's answers (docs/OUTBOX.md, "The clock"). A tablet whose clock is off by more than the
 * wallet's 5 minutes of allowed skew could not sign a single request without it.
 *
 * One answer gives the wallet's time to the second, somewhere within the request's round trip:
 * the estimate is `Date + 0.5 s` against the midpoint of the round trip, good to half the round
 * trip plus half a second. The estimate with the smallest round trip seen in the last 10 minutes
 * is kept, and a later answer that does not fit it (the device's clock was changed) replaces it.
 * It is kept in localStorage so that a terminal started offline still knows it.
 */
export const SAMPLE_LIFETIME_MS = 10 * 60_000;
const DATE_RESOLUTION_MS = 1_000;
const STORAGE_KEY = 'saoma.clockOffset';

export type ClockSample = {
  /** Wallet time minus device time, in ms. */
  offsetMs: number;
  roundTripMs: number;
  /** Device time when the answer arrived. */
  at: number;
};

export type OffsetStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function uncertainty(sample: ClockSample): number {
  return sample.roundTripMs / 2 + DATE_RESOLUTION_MS / 2;
}

export class ClockOffset {
  private best: ClockSample | undefined;
  private latest: ClockSample | undefined;

  constructor(
    private readonly storage: () => OffsetStorage | null,
    private readonly deviceNow: () => number = () => Date.now(),
  ) {
    this.best = this.load();
  }

  /** The offset to apply now: 0 until the wallet has answered once on this device. */
  offsetMs(): number {
    return this.best?.offsetMs ?? 0;
  }

  /**
   * How far the offset may be off, in ms: half the kept answer's round trip plus half a second
   * of `Date`. 0 until an offset is learned, when the device's own clock is taken as it is.
   */
  uncertaintyMs(): number {
    return this.best ? uncertainty(this.best) : 0;
  }

  /** True once an offset has been learned (now or on an earlier run). */
  known(): boolean {
    return this.best !== undefined;
  }

  /** The wallet's time now, as well as this device can tell. */
  now(): number {
    return this.deviceNow() + this.offsetMs();
  }

  /** Learns from one answer: its `Date` header, and when the request left and the answer came. */
  observe(dateHeader: string | null, sentAt: number, receivedAt: number): void {
    if (dateHeader === null || receivedAt < sentAt) return;
    const walletSecond = Date.parse(dateHeader);
    if (!Number.isFinite(walletSecond)) return;
    const sample: ClockSample = {
      offsetMs: Math.round(walletSecond + DATE_RESOLUTION_MS / 2 - (sentAt + receivedAt) / 2),
      roundTripMs: receivedAt - sentAt,
      at: receivedAt,
    };
    this.latest = sample;
    if (this.better(sample)) this.keep(sample);
  }

  /** Forgets what was learned, stored copy included (a test's fresh start). */
  reset(): void {
    this.best = undefined;
    this.latest = undefined;
    try {
      this.storage()?.removeItem(STORAGE_KEY);
    } catch {
      // Nothing stored, then.
    }
  }

  /**
   * The wallet said the signature's time was stale: the kept estimate is wrong. Start again from
   * the latest answer, which is that very refusal.
   */
  relearn(): void {
    if (this.latest) this.keep(this.latest);
  }

  private better(sample: ClockSample): boolean {
    const best = this.best;
    if (!best) return true;
    const age = sample.at - best.at;
    if (age < 0 || age > SAMPLE_LIFETIME_MS) return true;
    // The two estimates cannot both be right: the device's clock moved.
    if (Math.abs(sample.offsetMs - best.offsetMs) > uncertainty(sample) + uncertainty(best)) {
      return true;
    }
    return sample.roundTripMs <= best.roundTripMs;
  }

  private keep(sample: ClockSample): void {
    this.best = sample;
    try {
      this.storage()?.setItem(STORAGE_KEY, JSON.stringify(sample));
    } catch {
      // Storage full or blocked: the estimate still holds for this page.
    }
  }

  private load(): ClockSample | undefined {
    let text: string | null | undefined;
    try {
      text = this.storage()?.getItem(STORAGE_KEY);
    } catch {
      return undefined;
    }
    if (!text) return undefined;
    try {
      const value = JSON.parse(text) as Partial<ClockSample>;
      const { offsetMs, roundTripMs, at } = value;
      if (
        typeof offsetMs === 'number' &&
        typeof roundTripMs === 'number' &&
        typeof at === 'number' &&
        [offsetMs, roundTripMs, at].every(Number.isFinite)
      ) {
        return { offsetMs, roundTripMs, at };
      }
    } catch {
      // Not ours, or damaged: learn afresh.
    }
    return undefined;
  }
}

function browserStorage(): OffsetStorage | null {
  try {
    return 'localStorage' in globalThis ? globalThis.localStorage : null;
  } catch {
    return null;
  }
}

/** This page's estimate, shared by every wallet call. */
export const walletClock = new ClockOffset(browserStorage);
