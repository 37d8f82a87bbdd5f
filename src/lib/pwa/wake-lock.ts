type Sentinel = Pick<WakeLockSentinel, 'release' | 'addEventListener'>;
type WakeLockLike = { request: (type: 'screen') => Promise<Sentinel> };
type VisibilitySource = Pick<
  Document,
  'visibilityState' | 'addEventListener' | 'removeEventListener'
>;

export type WakeLockEnvironment = {
  wakeLock: WakeLockLike | undefined;
  document: VisibilitySource;
};

function browserEnvironment(): WakeLockEnvironment {
  return {
    wakeLock: 'wakeLock' in navigator ? navigator.wakeLock : undefined,
    document,
  };
}

/**
 * Keeps the screen on until the returned function is called, where the browser has a screen
 * wake lock. The browser drops the lock whenever the page is hidden, so it is asked for again
 * each time the page is shown. A refusal (battery saver, no permission) is not an error: the
 * screen just follows its usual timeout.
 */
export function holdScreenWakeLock(environment = browserEnvironment()): () => void {
  const { wakeLock, document } = environment;
  if (!wakeLock) return () => undefined;
  let sentinel: Sentinel | null = null;
  let requesting = false;
  let stopped = false;

  const acquire = () => {
    if (stopped || requesting || sentinel || document.visibilityState !== 'visible') return;
    requesting = true;
    wakeLock
      .request('screen')
      .then((held) => {
        if (stopped) {
          void held.release().catch(() => undefined);
          return;
        }
        sentinel = held;
        held.addEventListener('release', () => {
          if (sentinel === held) sentinel = null;
        });
      })
      .catch(() => undefined)
      .finally(() => {
        requesting = false;
      });
  };

  document.addEventListener('visibilitychange', acquire);
  acquire();
  return () => {
    stopped = true;
    document.removeEventListener('visibilitychange', acquire);
    void sentinel?.release().catch(() => undefined);
    sentinel = null;
  };
}
