import { setTimeout as sleepFor } from 'node:timers/promises';
import {
  NO_FAULT_SETTINGS,
  type FaultSettings,
  type InjectedFaultCounts,
} from '../../protocol/faults.ts';
import type { Faults } from './faults.ts';

export type InjectedFaultsOptions = {
  /** Uniform in [0, 1), like Math.random (the default); tests pass a fixed sequence. */
  random?: () => number;
  /** Waits `ms`; real timers by default. */
  sleep?: (ms: number) => Promise<void>;
};

/**
 * Faults that the admin sets at run time (PUT /admin/faults). The server makes one only when
 * started with ALLOW_FAULTS=1; the settings live in memory and start with every fault off.
 * Each question draws independently, and a rate of 0 or 1 draws nothing. Every fault that
 * strikes is counted (GET /admin/faults/injected); changing the settings keeps the counts.
 */
export class InjectedFaults implements Faults {
  private current: FaultSettings = NO_FAULT_SETTINGS;
  private readonly counts: InjectedFaultCounts = { latency: 0, fail: 0, drop: 0, userPaying: 0 };
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: InjectedFaultsOptions = {}) {
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? ((ms) => sleepFor(ms));
  }

  settings(): FaultSettings {
    return this.current;
  }

  replace(settings: FaultSettings): FaultSettings {
    this.current = { ...settings };
    return this.current;
  }

  injected(): InjectedFaultCounts {
    return { ...this.counts };
  }

  delay(): Promise<void> {
    const { latencyMs } = this.current;
    if (latencyMs <= 0) return Promise.resolve();
    this.counts.latency += 1;
    return this.sleep(latencyMs);
  }

  failNow(): boolean {
    return this.count('fail', this.draw(this.current.failRate));
  }

  forceConfirmation(): boolean {
    return this.count('userPaying', this.draw(this.current.userPayingRate));
  }

  dropResponse(): boolean {
    return this.count('drop', this.draw(this.current.dropResponseRate));
  }

  private count(fault: keyof InjectedFaultCounts, struck: boolean): boolean {
    if (struck) this.counts[fault] += 1;
    return struck;
  }

  private draw(rate: number): boolean {
    if (rate <= 0) return false;
    return rate >= 1 || this.random() < rate;
  }
}
