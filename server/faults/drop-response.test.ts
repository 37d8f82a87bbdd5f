import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { NO_FAULT_SETTINGS } from '../../protocol/faults.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { PaymentSchema } from '../../protocol/payments.ts';
import { signRequest } from '../../protocol/signing.ts';
import { createHarness, type Harness, type TestTerminal } from '../test-support/harness.ts';
import { InjectedFaults } from './injected-faults.ts';

let server: ServerType | undefined;

afterEach(async () => {
  const running = server;
  server = undefined;
  if (running) await new Promise<void>((resolve) => running.close(() => resolve()));
});

function listen(h: Harness): Promise<string> {
  return new Promise((resolve) => {
    server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve(`http://127.0.0.1:${info.port}`);
    });
  });
}

async function signedFetch(
  h: Harness,
  base: string,
  terminal: TestTerminal,
  path: string,
  body = '',
) {
  const method = body === '' ? 'GET' : 'POST';
  const authorization = await signRequest(terminal.terminalId, terminal.key, {
    method,
    pathWithQuery: path,
    body,
    ts: h.now(),
  });
  return fetch(base + path, {
    method,
    headers: { Authorization: authorization, 'Content-Type': 'application/json' },
    ...(body === '' ? {} : { body }),
  });
}

it('dropResponseRate commits the payment, then resets the connection without an answer', async () => {
  const faults = new InjectedFaults();
  const h = await createHarness({ faults });
  const terminal = await h.createTerminal();
  const wallet = await h.createWallet(10_000);
  const request = h.payRequest({ authCode: await h.issueCode(wallet) });
  const base = await listen(h);

  faults.replace({ ...NO_FAULT_SETTINGS, dropResponseRate: 1 });
  const lost = signedFetch(h, base, terminal, apiPaths.payments, JSON.stringify(request));
  await expect(lost).rejects.toThrow(TypeError);
  await expect(lost.catch((error: unknown) => String(causeOf(error)))).resolves.toMatch(
    /other side closed|ECONNRESET/,
  );

  const found = await signedFetch(h, base, terminal, apiPaths.payment(request.outTradeNo));
  expect(found.status).toBe(200);
  expect(PaymentSchema.parse(await found.json()).status).toBe('SUCCESS');
  expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  expect(faults.injected()).toEqual({ latency: 0, fail: 0, drop: 1, userPaying: 0 });
});

function causeOf(error: unknown): unknown {
  return error instanceof Error && error.cause !== undefined ? error.cause : error;
}
