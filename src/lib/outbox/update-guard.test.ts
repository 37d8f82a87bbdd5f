import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReplayerStatus } from './replayer.ts';
import { settledReplaying } from './update-guard.ts';

function fakeReplayer() {
  let status: ReplayerStatus = { leader: true, replaying: false };
  const listeners = new Set<(status: ReplayerStatus) => void>();
  return {
    current: () => status,
    subscribe: (listener: (status: ReplayerStatus) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(replaying: boolean) {
      status = { ...status, replaying };
      for (const listener of listeners) listener(status);
    },
    listenerCount: () => listeners.size,
  };
}

describe('settledReplaying', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says replaying at once, and idle only once the replayer has rested for the settle time', () => {
    const replayer = fakeReplayer();
    const store = settledReplaying(replayer, 1_000);
    const notify = vi.fn();
    const unsubscribe = store.subscribe(notify);
    expect(store.current()).toBe(false);

    replayer.set(true);
    expect(store.current()).toBe(true);
    replayer.set(false);
    vi.advanceTimersByTime(999);
    expect(store.current()).toBe(true);
    // A new pass within the settle time keeps it busy without a blink.
    replayer.set(true);
    replayer.set(false);
    vi.advanceTimersByTime(999);
    expect(store.current()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(store.current()).toBe(false);
    expect(notify).toHaveBeenCalledTimes(2);

    unsubscribe();
    expect(replayer.listenerCount()).toBe(0);
  });

  it('starts from the replayer’s status when it subscribes', () => {
    const replayer = fakeReplayer();
    const store = settledReplaying(replayer, 1_000);
    replayer.set(true);
    const notify = vi.fn();
    store.subscribe(notify);
    expect(store.current()).toBe(true);
    expect(notify).toHaveBeenCalledTimes(1);
  });
});
