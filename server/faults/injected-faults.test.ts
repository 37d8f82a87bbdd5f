import { describe, expect, it } from 'vitest';
import { NO_FAULT_SETTINGS } from '../../protocol/faults.ts';
import { InjectedFaults } from './injected-faults.ts';

function sequence(...values: number[]): () => number {
  let index = 0;
  return () => {
    const value = values[index];
    index += 1;
    if (value === undefined) throw new Error('random() called more often than expected');
    return value;
  };
}

describe('InjectedFaults', () => {
  it('starts with every fault off and draws nothing', async () => {
    const faults = new InjectedFaults({ random: sequence() });
    expect(faults.settings()).toEqual(NO_FAULT_SETTINGS);
    expect(faults.failNow()).toBe(false);
    expect(faults.forceConfirmation()).toBe(false);
    expect(faults.dropResponse()).toBe(false);
    await faults.delay();
  });

  it('answers yes when a draw falls below the rate, each question on its own', () => {
    const faults = new InjectedFaults({ random: sequence(0.29, 0.3, 0.5, 0.51, 0.09, 0.1) });
    faults.replace({ latencyMs: 0, failRate: 0.3, dropResponseRate: 0.5, userPayingRate: 0.1 });
    expect([faults.failNow(), faults.failNow()]).toEqual([true, false]);
    expect([faults.dropResponse(), faults.dropResponse()]).toEqual([false, false]);
    expect([faults.forceConfirmation(), faults.forceConfirmation()]).toEqual([true, false]);
  });

  it('always answers yes at rate 1 without drawing', () => {
    const faults = new InjectedFaults({ random: sequence() });
    faults.replace({ latencyMs: 0, failRate: 1, dropResponseRate: 1, userPayingRate: 1 });
    expect([faults.failNow(), faults.dropResponse(), faults.forceConfirmation()]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('waits the injected latency', async () => {
    const waits: number[] = [];
    const faults = new InjectedFaults({
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    faults.replace({ ...NO_FAULT_SETTINGS, latencyMs: 250 });
    await faults.delay();
    expect(waits).toEqual([250]);
  });

  it('waits on real timers by default', async () => {
    const faults = new InjectedFaults();
    faults.replace({ ...NO_FAULT_SETTINGS, latencyMs: 30 });
    const started = performance.now();
    await faults.delay();
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('counts each fault that strikes, and not the draws that miss', async () => {
    const faults = new InjectedFaults({
      random: sequence(0.1, 0.9, 0.1, 0.1, 0.9),
      sleep: () => Promise.resolve(),
    });
    expect(faults.injected()).toEqual({ latency: 0, fail: 0, drop: 0, userPaying: 0 });
    await faults.delay();
    faults.replace({ latencyMs: 200, failRate: 0.5, dropResponseRate: 0.5, userPayingRate: 0.5 });
    await faults.delay();
    await faults.delay();
    expect([faults.failNow(), faults.failNow()]).toEqual([true, false]);
    expect([faults.dropResponse(), faults.forceConfirmation(), faults.forceConfirmation()]).toEqual(
      [true, true, false],
    );
    expect(faults.injected()).toEqual({ latency: 2, fail: 1, drop: 1, userPaying: 1 });
  });

  it('keeps counting across new settings, and hands out a copy of the counts', () => {
    const faults = new InjectedFaults();
    faults.replace({ ...NO_FAULT_SETTINGS, failRate: 1 });
    faults.failNow();
    const counts = faults.injected();
    counts.fail = 99;
    faults.replace(NO_FAULT_SETTINGS);
    faults.failNow();
    expect(faults.injected().fail).toBe(1);
  });

  it('keeps its own copy of the settings', () => {
    const faults = new InjectedFaults();
    const settings = { ...NO_FAULT_SETTINGS, failRate: 0.5 };
    faults.replace(settings);
    settings.failRate = 1;
    expect(faults.settings().failRate).toBe(0.5);
  });
});
