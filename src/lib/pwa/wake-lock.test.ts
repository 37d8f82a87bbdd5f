import { describe, expect, it, vi } from 'vitest';
import { holdScreenWakeLock, type WakeLockEnvironment } from './wake-lock.ts';

class FakeSentinel extends EventTarget {
  released = false;
  release = vi.fn(() => {
    this.released = true;
    this.dispatchEvent(new Event('release'));
    return Promise.resolve();
  });
}

function fakeEnvironment(options: { refuse?: boolean } = {}) {
  const page = new EventTarget();
  const sentinels: FakeSentinel[] = [];
  let visibility: DocumentVisibilityState = 'visible';
  const environment = {
    wakeLock: {
      request: vi.fn(() => {
        if (options.refuse) return Promise.reject(new DOMException('no', 'NotAllowedError'));
        const sentinel = new FakeSentinel();
        sentinels.push(sentinel);
        return Promise.resolve(sentinel);
      }),
    },
    document: {
      get visibilityState() {
        return visibility;
      },
      addEventListener: page.addEventListener.bind(page),
      removeEventListener: page.removeEventListener.bind(page),
    },
  } satisfies WakeLockEnvironment;
  const show = (state: DocumentVisibilityState) => {
    visibility = state;
    page.dispatchEvent(new Event('visibilitychange'));
  };
  return { environment, sentinels, show };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('holdScreenWakeLock', () => {
  it('holds the lock, takes it again when the page is shown again, and lets go on release', async () => {
    const { environment, sentinels, show } = fakeEnvironment();
    const release = holdScreenWakeLock(environment);
    await settle();
    expect(environment.wakeLock.request).toHaveBeenCalledWith('screen');
    expect(sentinels).toHaveLength(1);

    // Hidden: the browser drops the lock by itself. Shown again: a new one.
    show('hidden');
    await sentinels[0]?.release();
    show('visible');
    await settle();
    expect(sentinels).toHaveLength(2);

    release();
    expect(sentinels[1]?.released).toBe(true);
    show('hidden');
    show('visible');
    await settle();
    expect(sentinels).toHaveLength(2);
  });

  it('does nothing where the browser has no wake lock', () => {
    const { environment } = fakeEnvironment();
    const release = holdScreenWakeLock({ ...environment, wakeLock: undefined });
    expect(() => release()).not.toThrow();
  });

  it('shrugs off a refusal', async () => {
    const { environment } = fakeEnvironment({ refuse: true });
    const release = holdScreenWakeLock(environment);
    await settle();
    expect(environment.wakeLock.request).toHaveBeenCalledTimes(1);
    release();
  });

  it('lets go of a lock granted after it was released', async () => {
    const { environment, sentinels } = fakeEnvironment();
    const release = holdScreenWakeLock(environment);
    release();
    await settle();
    expect(sentinels[0]?.released).toBe(true);
  });
});
