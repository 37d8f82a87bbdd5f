import { beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../protocol/paths.ts';
import { createHarness, readProblem, type Harness } from '../test-support/harness.ts';

const SHOP = 'https://shop.example';
const STRANGER = 'https://stranger.example';

let h: Harness;

beforeEach(async () => {
  h = await createHarness({ allowedOrigins: [SHOP, 'http://192.168.1.20:5173'] });
});

function preflight(origin: string, extra: Record<string, string> = {}): Promise<Response> {
  return h.request('OPTIONS', apiPaths.payments, {
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, content-type',
      ...extra,
    },
  });
}

describe('CORS', () => {
  it('answers the preflight of a signed request from an allowed origin', async () => {
    const response = await preflight(SHOP);
    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(SHOP);
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('POST');
    const allowedHeaders = response.headers.get('Access-Control-Allow-Headers')?.toLowerCase();
    expect(allowedHeaders).toContain('authorization');
    expect(allowedHeaders).toContain('content-type');
    expect(response.headers.get('Vary')).toContain('Origin');
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull();
    expect(response.headers.get('Access-Control-Allow-Private-Network')).toBeNull();
  });

  it('lets a page on the public internet reach a wallet on the LAN when it is allowed', async () => {
    const response = await preflight(SHOP, { 'Access-Control-Request-Private-Network': 'true' });
    expect(response.headers.get('Access-Control-Allow-Private-Network')).toBe('true');
  });

  it('refuses the preflight from any other origin, and says which setting allows it', async () => {
    const response = await preflight(STRANGER);
    expect(response.status).toBe(403);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const problem = await readProblem(response);
    expect(problem.code).toBe('FORBIDDEN');
    expect(problem.detail).toContain(STRANGER);
    expect(problem.detail).toContain('ALLOWED_ORIGINS');
  });

  it('does not take an origin that merely starts like an allowed one', async () => {
    expect((await preflight(`${SHOP}.evil.example`)).status).toBe(403);
    expect((await preflight('http://shop.example')).status).toBe(403);
  });

  it('lets an allowed origin read answers, errors included, and the headers the client needs', async () => {
    const terminal = await h.createTerminal();
    const init = await h.signedInit(terminal, 'POST', apiPaths.payments, { bad: true });
    const headers = new Headers(init.headers);
    headers.set('Origin', SHOP);
    const response = await h.app.request(apiPaths.payments, { ...init, headers });
    expect(response.status).toBe(400);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(SHOP);
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Retry-After');
    // The terminal learns its clock offset from Date, also from a wallet on another origin.
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Date');
    expect(response.headers.get('Vary')).toContain('Origin');
  });

  it('gives other origins no permission to read, and same-origin requests need none', async () => {
    const fromStranger = await h.request('GET', apiPaths.demo, { headers: { Origin: STRANGER } });
    expect(fromStranger.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const sameOrigin = await h.request('GET', apiPaths.demo);
    expect(sameOrigin.status).toBe(200);
    expect(sameOrigin.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('allows no origin at all unless configured', async () => {
    const plain = await createHarness();
    const response = await plain.request('OPTIONS', apiPaths.payments, {
      headers: { Origin: SHOP, 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(403);
  });
});
