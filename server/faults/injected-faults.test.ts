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

  it('keeps its own copy of the settings', () => {
    const faults = new InjectedFaults();
    const settings = { ...NO_FAULT_SETTINGS, failRate: 0.5 };
    faults.replace(settings);
    settings.failRate = 1;
    expect(faults.settings().failRate).toBe(0.5);
  });
});
