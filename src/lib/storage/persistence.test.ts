import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  persistenceRequester,
  storageEstimate,
  watchPersistence,
  type PersistenceResult,
  type StorageApi,
} from './persistence.ts';

function fakeStorage(persisted: boolean, grant: boolean) {
  return {
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => Promise.resolve(grant)),
  } satisfies StorageApi;
}

describe('persistenceRequester', () => {
  it('asks once when storage is not yet persistent, and answers the result ever after', async () => {
    const storage = fakeStorage(false, true);
    const request = persistenceRequester(() => storage);

    expect(await request()).toBe('granted');
    expect(await request()).toBe('granted');
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(storage.persisted).toHaveBeenCalledTimes(1);
  });

  it('does not ask when storage is already persistent', async () => {
    const storage = fakeStorage(true, false);
    expect(await persistenceRequester(() => storage)()).toBe('granted');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal', async () => {
    expect(await persistenceRequester(() => fakeStorage(false, false))()).toBe('denied');
  });

  it('reports a failing request as denied', async () => {
    const storage = { ...fakeStorage(false, true), persist: () => Promise.reject(new Error('no')) };
    expect(await persistenceRequester(() => storage)()).toBe('denied');
  });

  it('reports a browser without the API as unsupported', async () => {
    expect(await persistenceRequester(() => undefined)()).toBe('unsupported');
    expect(await persistenceRequester(() => ({ persisted: () => Promise.resolve(false) }))()).toBe(
      'unsupported',
    );
  });
});

describe('storageEstimate', () => {
  it('answers usage and quota', async () => {
    const storage: StorageApi = { estimate: () => Promise.resolve({ usage: 1_024, quota: 4_096 }) };
    expect(await storageEstimate(storage)).toEqual({ usage: 1_024, quota: 4_096 });
  });

  it('answers nothing where the browser does not tell', async () => {
    expect(await storageEstimate({})).toBeUndefined();
    expect(await storageEstimate({ estimate: () => Promise.resolve({}) })).toBeUndefined();
    expect(
      await storageEstimate({ estimate: () => Promise.reject(new Error('no')) }),
    ).toBeUndefined();
  });
});

describe('requestPersistentStorage', () => {
  it('asks navigator.storage', async () => {
    const storage = fakeStorage(false, false);
    vi.stubGlobal('navigator', { storage });
    try {
      const { requestPersistentStorage } = await import('./persistence.ts');
      expect(await requestPersistentStorage()).toBe('denied');
      expect(await requestPersistentStorage()).toBe('denied');
      expect(storage.persist).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('watchPersistence', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says the browser is asking when it has not answered after a while (Firefox), then the answer', async () => {
    vi.useFakeTimers();
    let answer: (result: PersistenceResult) => void = () => {};
    const request = () => new Promise<PersistenceResult>((resolve) => (answer = resolve));
    const reports: string[] = [];
    watchPersistence(request, (state) => reports.push(state), 2_000);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(reports).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(reports).toEqual(['asking']);
    answer('granted');
    await vi.advanceTimersByTimeAsync(0);
    expect(reports).toEqual(['asking', 'granted']);
  });

  it('gives a quick answer alone, and reports nothing once stopped', async () => {
    vi.useFakeTimers();
    const reports: string[] = [];
    watchPersistence(
      () => Promise.resolve('denied'),
      (state) => reports.push(state),
      2_000,
    );
    await vi.advanceTimersByTimeAsync(5_000);
    expect(reports).toEqual(['denied']);

    const stopped: string[] = [];
    const stop = watchPersistence(
      () => new Promise<PersistenceResult>(() => {}),
      (state) => stopped.push(state),
      2_000,
    );
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stopped).toEqual([]);
  });
});
