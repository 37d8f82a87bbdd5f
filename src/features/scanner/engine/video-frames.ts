/**
 * Waits for video frames the decoder has not seen yet. requestVideoFrameCallback says exactly when
 * a new frame is presented; where it is missing, one animation frame stands in for it.
 */
export class VideoFrames {
  private presented = 0;
  private taken = 0;
  private waiters: (() => void)[] = [];
  private handle = 0;
  private stopped = false;

  constructor(private readonly video: HTMLVideoElement) {
    if ('requestVideoFrameCallback' in video) this.watch();
  }

  /** Resolves when a frame newer than the last one taken is showing, at once if there is one. */
  next(): Promise<void> {
    if (!('requestVideoFrameCallback' in this.video)) {
      return new Promise((resolve) => requestAnimationFrame(() => resolve()));
    }
    if (this.presented > this.taken && this.hasPicture()) {
      this.taken = this.presented;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.waiters.push(() => {
        this.taken = this.presented;
        resolve();
      }),
    );
  }

  stop(): void {
    this.stopped = true;
    if ('cancelVideoFrameCallback' in this.video) this.video.cancelVideoFrameCallback(this.handle);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private watch(): void {
    this.handle = this.video.requestVideoFrameCallback(() => {
      if (this.stopped) return;
      this.presented += 1;
      if (this.hasPicture()) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const wake of waiters) wake();
      }
      this.watch();
    });
  }

  private hasPicture(): boolean {
    return this.video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && this.video.videoWidth > 0;
  }
}
