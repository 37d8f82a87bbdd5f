import { beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readProblem,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';

let h: Harness;
let terminal: TestTerminal;

beforeEach(async () => {
  h = await createHarness({ allowedOrigins: ['https://shop.example'] });
  terminal = await h.createTerminal();
});

const ADMIN = { Authorization: `Bearer ${ADMIN_TOKEN_FOR_TESTS}` };
const WALLET = JSON.stringify({ name: 'Typed', balance: 100 });

function post(path: string, headers: Record<string, string>, body?: BodyInit) {
  return h.app.request(path, { method: 'POST', headers, ...(body !== undefined ? { body } : {}) });
}

describe('Content-Type on the API', () => {
  it.each([
    'text/plain',
    'text/plain;charset=UTF-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonp',
    'application/json-patch+json',
  ])('refuses a body sent as %s with 415 naming it, and creates nothing', async (type) => {
    const total = () => h.store.transaction((r) => r.wallets.totalBalance());
    const before = await total();
    const response = await post(apiPaths.wallets, { ...ADMIN, 'Content-Type': type }, WALLET);
    expect(response.status).toBe(415);
    const problem = await readProblem(response);
    expect(problem.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(problem.detail).toContain(`"${type}"`);
    expect(await total()).toBe(before);
  });

  it('refuses a body with no Content-Type at all', async () => {
    const body = new TextEncoder().encode(WALLET);
    const response = await post(apiPaths.wallets, ADMIN, body);
    expect(response.status).toBe(415);
    expect((await readProblem(response)).detail).toContain('no Content-Type');
  });

  it('takes application/json with parameters, in any case', async () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON',
    ]) {
      const response = await post(apiPaths.wallets, { ...ADMIN, 'Content-Type': type }, WALLET);
      expect(response.status, type).toBe(201);
    }
  });

  it('checks before authentication: a bad signature with text/plain is 415, not 401', async () => {
    const response = await post(
      apiPaths.payments,
      { Authorization: 'Saoma-HMAC-SHA256 garbage', 'Content-Type': 'text/plain' },
      '{}',
    );
    expect(response.status).toBe(415);
  });

  it('lets a bodiless write carry no type or JSON, and nothing else', async () => {
    const path = apiPaths.pairingCodes;
    expect((await post(path, ADMIN)).status).toBe(201);
    expect((await post(path, { ...ADMIN, 'Content-Type': 'application/json' })).status).toBe(201);
    const plain = await post(path, { ...ADMIN, 'Content-Type': 'text/plain' });
    expect(plain.status).toBe(415);
    const get = await h.app.request(apiPaths.keys, { headers: { 'Content-Type': 'text/plain' } });
    expect(get.status).toBe(200);
  });

  it('passes a signed GET without Content-Type, as the terminal client sends it', async () => {
    const init = await h.signedInit(terminal, 'GET', apiPaths.settlement('2026-11-21'));
    const headers = new Headers(init.headers);
    headers.delete('Content-Type');
    const settlement = await h.app.request(apiPaths.settlement('2026-11-21'), { headers });
    expect(settlement.status).toBe(200);
  });
});

describe('Origin on state-changing calls', () => {
  const pay = async (origin: string | null, host = 'localhost:8443', url = 'http://localhost') => {
    const init = await h.signedInit(terminal, 'POST', apiPaths.payments, { bad: true });
    const headers = new Headers(init.headers);
    headers.set('Host', host);
    if (origin !== null) headers.set('Origin', origin);
    return h.app.request(new URL(apiPaths.payments, url).href, { ...init, headers });
  };

  it.each(['https://attacker.example', 'null', 'http://localhost:8443.evil', 'file://'])(
    'refuses Origin %s with 403 naming it and ALLOWED_ORIGINS',
    async (origin) => {
      const response = await pay(origin);
      expect(response.status).toBe(403);
      const problem = await readProblem(response);
      expect(problem.code).toBe('FORBIDDEN');
      expect(problem.detail).toContain(origin);
      expect(problem.detail).toContain('ALLOWED_ORIGINS');
    },
  );

  it('takes its own origin (scheme and Host), an allowed one, and none at all', async () => {
    // The signed body is invalid on purpose: 400 means the call got past the origin check.
    expect((await pay('http://localhost:8443')).status).toBe(400);
    expect((await pay('https://shop.example')).status).toBe(400);
    expect((await pay(null)).status).toBe(400);
    expect((await pay('https://localhost', 'localhost', 'https://localhost')).status).toBe(400);
  });

  it('judges the scheme too: an http page may not write to the https server', async () => {
    expect((await pay('http://localhost', 'localhost', 'https://localhost')).status).toBe(403);
    expect((await pay('https://localhost:8443')).status).toBe(403);
  });

  it('leaves reads alone: a GET with a foreign Origin is not refused', async () => {
    const response = await h.app.request(apiPaths.keys, {
      headers: { Origin: 'https://attacker.example' },
    });
    expect(response.status).toBe(200);
  });
});
