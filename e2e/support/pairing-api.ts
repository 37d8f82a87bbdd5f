import { expect, type APIRequestContext } from '@playwright/test';
import { PairingCodeSchema } from '../../protocol/terminals.ts';

/** A fresh terminal pairing code from demo self-service (the test runner is on loopback). */
export async function demoPairingCode(api: APIRequestContext): Promise<string> {
  const response = await api.post('/api/v1/demo/pairing-codes', { data: {} });
  expect(response.status(), await response.text()).toBe(201);
  return PairingCodeSchema.parse(await response.json()).code;
}

/** Redeems a terminal pairing code; answers the status and the field error, if any. */
export async function redeemPairing(
  api: APIRequestContext,
  code: string,
): Promise<{ status: number; text: string }> {
  const response = await api.post('/api/v1/pairings', { data: { code, name: 'e2e probe' } });
  return { status: response.status(), text: await response.text() };
}
