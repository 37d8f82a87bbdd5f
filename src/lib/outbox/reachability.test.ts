import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserOutboxContext } from './outbox-clock.ts';
import { isOffline, SaleWorker } from './sale-worker.ts';
import {
  json,
  resetJournal,
  scriptedWallet,
  testCredentials,
} from './test-support/outbox-fixture.ts';
import { probeWallet } from './wallet-probe.ts';

afterEach(resetJournal);

const KEY = { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'BBBB', kid: 'k1', alg: 'ES256', use: 'sig' };

async function newWorker() {
  return new SaleWorker(await testCredentials(), browserOutboxContext('till'));
}

describe('reachability, judged by the wallet’s answers as well as the browser’s events', () => {
  it('a wallet answer clears the offline state even when the browser still says offline', async () => {
    const worker = await newWorker();
    // Firefox: a page reloaded while offline never gets `online` once the network is back.
    worker.setBrowserOnline(false);
    expect(worker.offline()).toBe(true);
    worker.noteContact(true);
    expect(worker.offline()).toBe(false);
    expect(worker.connectivity.getState()).toEqual({ browserOnline: true, walletAnswering: true });
  });

  it('an answer to a call sent before the browser said offline leaves the terminal offline', async () => {
    const worker = await newWorker();
    const sentBefore = worker.beginContact();
    worker.setBrowserOnline(false);
    sentBefore(true);
    expect(worker.offline()).toBe(true);
    expect(worker.connectivity.getState()).toEqual({ browserOnline: false, walletAnswering: true });
    // A call sent since then does prove the network is back.
    worker.beginContact()(true);
    expect(worker.offline()).toBe(false);
  });

  it('no answer counts, however long ago the call was sent', async () => {
    const worker = await newWorker();
    const sentBefore = worker.beginContact();
    worker.setBrowserOnline(false);
    worker.setBrowserOnline(true);
    sentBefore(false);
    expect(worker.connectivity.getState()).toEqual({ browserOnline: true, walletAnswering: false });
  });

  it('is offline when either the browser or the wallet says so, and only then', () => {
    expect(isOffline({ browserOnline: true, walletAnswering: true })).toBe(false);
    expect(isOffline({ browserOnline: false, walletAnswering: true })).toBe(true);
    expect(isOffline({ browserOnline: true, walletAnswering: false })).toBe(true);
    expect(isOffline({ browserOnline: false, walletAnswering: false })).toBe(true);
  });

  it('no answer makes the terminal offline even when the browser says online', async () => {
    const worker = await newWorker();
    expect(worker.offline()).toBe(false);
    worker.noteContact(false);
    expect(worker.offline()).toBe(true);
    expect(worker.connectivity.getState()).toEqual({ browserOnline: true, walletAnswering: false });
  });

  it('a keys refresh sent before the browser said offline and answered after leaves it offline', async () => {
    const worker = await newWorker();
    const stop = new AbortController();
    let answer: (response: Response) => void = () => undefined;
    const sent = new Promise<void>((resolveSent) => {
      vi.stubGlobal(
        'fetch',
        () =>
          new Promise<Response>((resolve) => {
            answer = resolve;
            resolveSent();
          }),
      );
    });
    const probing = probeWallet(worker, stop.signal);
    await sent;
    worker.setBrowserOnline(false);
    answer(json(200, { keys: [KEY] }));
    // The probe ends once this answer is handled: its signal only cuts the wait that follows.
    stop.abort();
    await probing;
    expect(worker.offline()).toBe(true);
    expect(worker.connectivity.getState()).toEqual({ browserOnline: false, walletAnswering: true });
  });

  it('a failed probe sets it, and a probe the wallet answers clears it', async () => {
    const worker = await newWorker();
    const stop = new AbortController();
    let answering = false;
    const calls = scriptedWallet(() => (answering ? json(200, { keys: [KEY] }) : 'no-response'));
    const probing = probeWallet(worker, stop.signal);
    try {
      await new Promise<void>((resolve) => {
        const unsubscribe = worker.connectivity.subscribe((state) => {
          if (!state.walletAnswering) resolve(unsubscribe());
        });
      });
      expect(worker.offline()).toBe(true);
      expect(calls.at(-1)).toMatchObject({ method: 'GET', path: '/api/v1/keys' });
      // The browser was wrong too: only the wallet's answer may clear it.
      worker.setBrowserOnline(false);
      answering = true;
      worker.wake();
      await new Promise<void>((resolve) => {
        const unsubscribe = worker.connectivity.subscribe((state) => {
          if (state.walletAnswering && state.browserOnline) resolve(unsubscribe());
        });
      });
      expect(worker.offline()).toBe(false);
    } finally {
      stop.abort();
      await probing;
    }
  });
});
