import { describe, expect, it } from 'vitest';
import { ClockOffset, SAMPLE_LIFETIME_MS, type OffsetStorage } from './clock-offset.ts';

const DEVICE = Date.parse('2026-12-07T08:00:00.000Z');
const MINUTE = 60_000;

function memoryStorage(): OffsetStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** A device clock the test moves by hand. */
function fakeDevice(start = DEVICE) {
  let now = start;
  return { now: () => now, set: (at: number) => (now = at) };
}

/** The Date header a wallet sends when its clock reads `walletMs` (whole seconds only). */
const dateHeader = (walletMs: number) => new Date(walletMs).toUTCString();

describe('ClockOffset', () => {
  it('knows nothing at first and signs with the device’s own time', () => {
    const device = fakeDevice();
    const clock = new ClockOffset(() => null, device.now);
    expect(clock.known()).toBe(false);
    expect(clock.now()).toBe(DEVICE);
    expect(clock.uncertaintyMs()).toBe(0);
  });

  it('learns a clock 20 minutes fast from one answer, to within half a second and half the round trip', () => {
    const device = fakeDevice();
    const clock = new ClockOffset(() => null, device.now);
    // The device is 20 minutes fast: the wallet's clock reads 20 minutes less.
    const wallet = DEVICE - 20 * MINUTE + 123;
    clock.observe(dateHeader(wallet + 100), DEVICE, DEVICE + 200);
    expect(clock.known()).toBe(true);
    expect(Math.abs(clock.offsetMs() - -20 * MINUTE)).toBeLessThanOrEqual(600);
    expect(Math.abs(clock.now() - wallet)).toBeLessThanOrEqual(600);
    // It says how far it may be off: half the round trip and half a second.
    expect(clock.uncertaintyMs()).toBe(600);
    expect(Math.abs(clock.now() - wallet)).toBeLessThanOrEqual(clock.uncertaintyMs());
  });

  it('learns a clock 20 minutes slow', () => {
    const device = fakeDevice();
    const clock = new ClockOffset(() => null, device.now);
    clock.observe(dateHeader(DEVICE + 20 * MINUTE + 40), DEVICE, DEVICE + 80);
    expect(Math.abs(clock.offsetMs() - 20 * MINUTE)).toBeLessThanOrEqual(540);
  });

  it('keeps the estimate with the smallest round trip', () => {
    const device = fakeDevice();
    const clock = new ClockOffset(() => null, device.now);
    const wallet = (deviceMs: number) => deviceMs + 5 * MINUTE;
    clock.observe(dateHeader(wallet(DEVICE + 50)), DEVICE, DEVICE + 100);
    const precise = clock.offsetMs();
    // A slow answer that fits: its wider window is no reason to move.
    clock.observe(dateHeader(wallet(DEVICE + 1_000)), DEVICE + 1_000, DEVICE + 1_900);
    expect(clock.offsetMs()).toBe(precise);
  });

  it('replaces an estimate a later answer contradicts: the device’s clock was changed', () => {
    const device = fakeDevice();
    const clock = new ClockOffset(() => null, device.now);
    clock.observe(dateHeader(DEVICE + 5 * MINUTE), DEVICE, DEVICE + 100);
    // Someone set the device's clock 3 minutes on; the wallet's clock did not move.
    const later = DEVICE + 3 * MINUTE + 10_000;
    clock.observe(dateHeader(DEVICE + 10_000 + 5 * MINUTE), later, later + 2_000);
    expect(Math.abs(clock.offsetMs() - 2 * MINUTE)).toBeLessThanOrEqual(1_500);
  });

  it('lets an estimate older than its lifetime give way to any new one', () => {
    const device = fakeDevice();
    const clock = new ClockOffset(() => null, device.now);
    clock.observe(dateHeader(DEVICE), DEVICE, DEVICE + 10);
    const later = DEVICE + SAMPLE_LIFETIME_MS + 1;
    clock.observe(dateHeader(later + 2_000), later, later + 900);
    expect(Math.abs(clock.offsetMs() - 2_000)).toBeLessThanOrEqual(950);
  });

  it('relearns from the latest answer when told the estimate is wrong', () => {
    const device = fakeDevice();
    const clock = new ClockOffset(() => null, device.now);
    clock.observe(dateHeader(DEVICE), DEVICE, DEVICE + 10);
    // A slower answer that still fits is not taken on its own…
    clock.observe(dateHeader(DEVICE + 1_000), DEVICE + 100, DEVICE + 1_100);
    expect(Math.abs(clock.offsetMs())).toBeLessThanOrEqual(505);
    // …but it is what the terminal starts from again after STALE_TIMESTAMP.
    clock.relearn();
    expect(clock.offsetMs()).toBe(Date.parse(dateHeader(DEVICE + 1_000)) + 500 - (DEVICE + 600));
  });

  it('ignores answers without a usable Date', () => {
    const device = fakeDevice();
    const clock = new ClockOffset(() => null, device.now);
    clock.observe(null, DEVICE, DEVICE + 10);
    clock.observe('not a date', DEVICE, DEVICE + 10);
    clock.observe(dateHeader(DEVICE + MINUTE), DEVICE + 10, DEVICE);
    expect(clock.known()).toBe(false);
  });

  it('is kept across a restart, so that an offline start still has it', () => {
    const storage = memoryStorage();
    const device = fakeDevice();
    const first = new ClockOffset(() => storage, device.now);
    first.observe(dateHeader(DEVICE - 20 * MINUTE), DEVICE, DEVICE + 100);
    const second = new ClockOffset(() => storage, device.now);
    expect(second.known()).toBe(true);
    expect(second.offsetMs()).toBe(first.offsetMs());
  });

  it('starts afresh from damaged storage', () => {
    const storage = memoryStorage();
    storage.setItem('saoma.clockOffset', '{"offsetMs":"soon"}');
    expect(new ClockOffset(() => storage).known()).toBe(false);
    storage.setItem('saoma.clockOffset', 'not json');
    expect(new ClockOffset(() => storage).known()).toBe(false);
  });
});
