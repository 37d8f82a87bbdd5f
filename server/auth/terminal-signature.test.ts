import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import {
  computeSignature,
  formatAuthorization,
  MAX_CLOCK_SKEW_MS,
  NONCE_MEMORY_MS,
  signRequest,
} from '../../protocol/signing.ts';
import {
  createHarness,
  readPayment,
  readProblem,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';
import { tempDir } from '../test-support/temp-dir.ts';

let h: Harness;
let terminal: TestTerminal;

beforeEach(async () => {
  h = await createHarness();
  terminal = await h.createTerminal();
});

async function expectProblem(response: Response, code: string): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('WWW-Authenticate')).toBe('Saoma-HMAC-SHA256');
  expect((await readProblem(response)).code).toBe(code);
}

describe('terminal request signing', () => {
  it('accepts a signed request and answers it', async () => {
    const response = await h.signed(terminal, 'GET', apiPaths.payment('unknown'));
    expect(response.status).toBe(404);
  });

  it('signs the query string too', async () => {
    const path = `${apiPaths.payment('unknown')}?x=1`;
    expect((await h.signed(terminal, 'GET', path)).status).toBe(404);
    const authorization = await signRequest(terminal.terminalId, terminal.key, {
      method: 'GET',
      pathWithQuery: apiPaths.payment('unknown'),
      body: '',
      ts: h.now(),
    });
    const response = await h.app.request(path, { headers: { Authorization: authorization } });
    await expectProblem(response, 'BAD_SIGNATURE');
  });

  it.each([
    ['no header', undefined],
    ['another scheme', 'Bearer abc'],
    ['missing fields', 'Saoma-HMAC-SHA256 terminal=t_x,ts=1'],
    ['a ts that is not a number', 'Saoma-HMAC-SHA256 terminal=t_x,ts=soon,nonce=12345678,sig=AA'],
  ])('answers UNAUTHENTICATED for %s', async (_, authorization) => {
    const response = await h.app.request(apiPaths.payment('x'), {
      headers: authorization !== undefined ? { Authorization: authorization } : {},
    });
    await expectProblem(response, 'UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED for an unknown terminal', async () => {
    const stranger = { ...terminal, terminalId: 't_unknownTerminal000' };
    await expectProblem(await h.signed(stranger, 'GET', apiPaths.payment('x')), 'UNAUTHENTICATED');
  });

  it('answers STALE_TIMESTAMP beyond 5 minutes either way, and accepts 5 minutes', async () => {
    const path = apiPaths.payment('x');
    await expectProblem(
      await h.signed(terminal, 'GET', path, undefined, { ts: h.now() - MAX_CLOCK_SKEW_MS - 1 }),
      'STALE_TIMESTAMP',
    );
    await expectProblem(
      await h.signed(terminal, 'GET', path, undefined, { ts: h.now() + MAX_CLOCK_SKEW_MS + 1 }),
      'STALE_TIMESTAMP',
    );
    const edge = await h.signed(terminal, 'GET', path, undefined, {
      ts: h.now() - MAX_CLOCK_SKEW_MS,
    });
    expect(edge.status).toBe(404);
  });

  it('answers REPLAYED_NONCE for a nonce seen before, and forgets it after 10 minutes', async () => {
    const nonce = crypto.randomUUID();
    const path = apiPaths.payment('x');
    expect((await h.signed(terminal, 'GET', path, undefined, { nonce })).status).toBe(404);
    await expectProblem(
      await h.signed(terminal, 'GET', path, undefined, { nonce }),
      'REPLAYED_NONCE',
    );

    h.advance(NONCE_MEMORY_MS + 1);
    expect((await h.signed(terminal, 'GET', path, undefined, { nonce })).status).toBe(404);
  });

  it('keeps nonces per terminal', async () => {
    const other = await h.createTerminal();
    const nonce = crypto.randomUUID();
    const path = apiPaths.payment('x');
    expect((await h.signed(terminal, 'GET', path, undefined, { nonce })).status).toBe(404);
    expect((await h.signed(other, 'GET', path, undefined, { nonce })).status).toBe(404);
  });

  it('does not replay a pay call: the replayed request is refused before it is run', async () => {
    const wallet = await h.createWallet(10_000);
    const body = h.payRequest({ authCode: await h.issueCode(wallet) });
    const nonce = crypto.randomUUID();
    expect((await readPayment(await h.pay(terminal, body, { nonce }))).status).toBe('SUCCESS');
    await expectProblem(await h.pay(terminal, body, { nonce }), 'REPLAYED_NONCE');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });

  it('answers BAD_SIGNATURE for a tampered body and changes nothing', async () => {
    const wallet = await h.createWallet(10_000);
    const authCode = await h.issueCode(wallet);
    const signedBody = h.payRequest({ authCode, amount: 100 });
    const response = await h.pay(terminal, signedBody, {
      sendBody: JSON.stringify({ ...signedBody, amount: 9000 }),
    });
    await expectProblem(response, 'BAD_SIGNATURE');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000);
    expect((await readPayment(await h.pay(terminal, signedBody))).status).toBe('SUCCESS');
  });

  it('answers BAD_SIGNATURE for a wrong key, a wrong method and a garbled sig', async () => {
    const path = apiPaths.payment('x');
    const other = await h.createTerminal();
    const forged = { ...terminal, key: other.key };
    await expectProblem(await h.signed(forged, 'GET', path), 'BAD_SIGNATURE');

    const ts = h.now();
    const sig = await computeSignature(terminal.key, {
      method: 'POST',
      pathWithQuery: path,
      body: '',
      ts,
      nonce: 'nonce-0001',
    });
    const asPost = formatAuthorization({
      terminalId: terminal.terminalId,
      ts,
      nonce: 'nonce-0001',
      sig,
    });
    await expectProblem(
      await h.app.request(path, { headers: { Authorization: asPost } }),
      'BAD_SIGNATURE',
    );
    const garbled = formatAuthorization({
      terminalId: terminal.terminalId,
      ts,
      nonce: 'nonce-0002',
      sig: '!!',
    });
    await expectProblem(
      await h.app.request(path, { headers: { Authorization: garbled } }),
      'BAD_SIGNATURE',
    );
  });

  it('does not let a forged request burn the real nonce', async () => {
    const nonce = crypto.randomUUID();
    const path = apiPaths.payment('x');
    const other = await h.createTerminal();
    await expectProblem(
      await h.signed({ ...terminal, key: other.key }, 'GET', path, undefined, { nonce }),
      'BAD_SIGNATURE',
    );
    expect((await h.signed(terminal, 'GET', path, undefined, { nonce })).status).toBe(404);
  });

  it('remembers nonces across a restart, since they live in the database', async () => {
    const dbFile = path.join(tempDir('nonces'), 'wallet.db');
    const before = await createHarness({ dbFile });
    const till = await before.createTerminal();
    const nonce = crypto.randomUUID();
    const url = apiPaths.payment('x');
    expect((await before.signed(till, 'GET', url, undefined, { nonce })).status).toBe(404);
    await before.store.close();

    const after = await createHarness({ dbFile });
    await expectProblem(
      await after.signed(till, 'GET', url, undefined, { nonce }),
      'REPLAYED_NONCE',
    );
    await after.store.close();
  });
});
