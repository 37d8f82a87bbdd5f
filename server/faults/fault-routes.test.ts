import { beforeEach, describe, expect, it } from 'vitest';
import {
  FaultSettingsSchema,
  InjectedFaultCountsSchema,
  NO_FAULT_SETTINGS,
} from '../../protocol/faults.ts';
import { apiPaths } from '../../protocol/paths.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readProblem,
  type Harness,
} from '../test-support/harness.ts';
import { InjectedFaults } from './injected-faults.ts';

let h: Harness;
let faults: InjectedFaults;

beforeEach(async () => {
  faults = new InjectedFaults();
  h = await createHarness({ faults });
});

function put(body: unknown, token = ADMIN_TOKEN_FOR_TESTS) {
  return h.request('PUT', apiPaths.adminFaults, { token, body });
}

async function injected() {
  const response = await h.request('GET', apiPaths.adminFaultsInjected, {
    token: ADMIN_TOKEN_FOR_TESTS,
  });
  expect(response.status).toBe(200);
  return InjectedFaultCountsSchema.parse(await response.json());
}

describe('/admin/faults', () => {
  it('answers the settings in force, all off at first', async () => {
    const response = await h.request('GET', apiPaths.adminFaults, { token: ADMIN_TOKEN_FOR_TESTS });
    expect(response.status).toBe(200);
    expect(FaultSettingsSchema.parse(await response.json())).toEqual(NO_FAULT_SETTINGS);
  });

  it('sets every fault and answers 200 with the settings now in force', async () => {
    const settings = { latencyMs: 1500, failRate: 0.1, dropResponseRate: 0.25, userPayingRate: 1 };
    const response = await put(settings);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(settings);
    expect(faults.settings()).toEqual(settings);
  });

  it('replaces the settings: an omitted field is off, and {} clears them all', async () => {
    await put({ latencyMs: 100, failRate: 0.5, dropResponseRate: 0.5, userPayingRate: 0.5 });
    expect(await (await put({ failRate: 0.2 })).json()).toEqual({
      ...NO_FAULT_SETTINGS,
      failRate: 0.2,
    });
    expect(await (await put({})).json()).toEqual(NO_FAULT_SETTINGS);
  });

  it.each([
    [{ failRate: 1.5 }, 'failRate', 'must be at most 1'],
    [{ dropResponseRate: -0.1 }, 'dropResponseRate', 'must be at least 0'],
    [{ userPayingRate: '0.5' }, 'userPayingRate', 'must be a number from 0 to 1'],
    [{ latencyMs: 60_001 }, 'latencyMs', 'must be at most 60000'],
    [{ latencyMs: 1.5 }, 'latencyMs', 'must be a whole number of milliseconds'],
    [{ chaos: true }, 'chaos', 'is not a known field'],
  ])('refuses %j with 400 naming the field and changes nothing', async (body, path, message) => {
    await put({ failRate: 0.5 });
    const response = await put(body);
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors).toEqual([{ path, message }]);
    expect(faults.settings()).toEqual({ ...NO_FAULT_SETTINGS, failRate: 0.5 });
  });

  it('needs the admin token, even in demo mode', async () => {
    const wallet = await h.createWallet(100);
    expect((await h.request('PUT', apiPaths.adminFaults, { body: {} })).status).toBe(401);
    expect((await put({}, wallet.token)).status).toBe(403);
    expect((await h.request('GET', apiPaths.adminFaults)).status).toBe(401);
    expect((await h.request('GET', apiPaths.adminFaultsInjected)).status).toBe(401);
    const asWallet = { token: wallet.token };
    expect((await h.request('GET', apiPaths.adminFaultsInjected, asWallet)).status).toBe(403);
  });

  it('does not exist when the server runs without injectable faults', async () => {
    const plain = await createHarness();
    const response = await plain.request('PUT', apiPaths.adminFaults, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body: { failRate: 1 },
    });
    expect(response.status).toBe(404);
    expect((await readProblem(response)).code).toBe('NOT_FOUND');
    const counts = await plain.request('GET', apiPaths.adminFaultsInjected, {
      token: ADMIN_TOKEN_FOR_TESTS,
    });
    expect(counts.status).toBe(404);
  });
});

describe('/admin/faults/injected', () => {
  it('answers every count at 0 before any fault strikes', async () => {
    await put({ latencyMs: 10, failRate: 1 });
    expect(await injected()).toEqual({ latency: 0, fail: 0, drop: 0, userPaying: 0 });
  });

  it('counts the faults that struck the calls since the server started', async () => {
    const terminal = await h.createTerminal();
    const wallet = await h.createWallet(1_000_000);
    const pay = async (amount: number) =>
      h.pay(terminal, h.payRequest({ authCode: await h.issueCode(wallet), amount }));

    await put({ failRate: 1 });
    expect((await pay(100)).status).toBe(503);
    expect((await pay(100)).status).toBe(503);
    await put({ latencyMs: 1, dropResponseRate: 1 });
    expect((await pay(200)).status).toBe(200);
    await put({ userPayingRate: 1 });
    expect((await pay(300)).status).toBe(200);
    expect((await pay(200_000)).status).toBe(200);

    // The payment above the threshold waits for the customer anyway: the fault forced only one.
    expect(await injected()).toEqual({ latency: 1, fail: 2, drop: 1, userPaying: 1 });
  });

  it('keeps the counts when the settings are cleared', async () => {
    const terminal = await h.createTerminal();
    await put({ failRate: 1 });
    await h.signed(terminal, 'GET', apiPaths.settlement('2026-11-21'));
    await put({});
    expect((await injected()).fail).toBe(1);
  });
});
