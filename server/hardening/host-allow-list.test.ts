import { X509Certificate } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { beforeEach, describe, expect, it } from 'vitest';
import { PROBLEM_CONTENT_TYPE } from '../../protocol/problem.ts';
import { InjectedFaults } from '../faults/injected-faults.ts';
import { parseAllowedHosts } from '../http/allowed-hosts.ts';
import {
  buildHostAllowList,
  guardHost,
  hostOfHeader,
  isAllowedHost,
  LOOPBACK_HOSTS,
} from '../http/host-allow-list.ts';
import { createLimitedServer, DEFAULT_SERVER_LIMITS } from '../http/server-limits.ts';
import { withCaDownload } from '../tls/ca-download.ts';
import { certificateHostNames } from '../tls/certificate-host-names.ts';
import { certificateNames } from '../tls/certificate-names.ts';
import { ensureGeneratedCertificate } from '../tls/generated-certificate.ts';
import { createRedirectServer } from '../tls/redirect-server.ts';
import { createHarness, type Harness } from '../test-support/harness.ts';
import { listenForTest, rawRequest } from '../test-support/served.ts';
import { tempDir } from '../test-support/temp-dir.ts';

const ATTACKER = 'attacker.example';
const SERVED = ['shop.example', 'saoma.test', '192.168.1.20'];
const STATIC_PATHS = ['/', '/wallet', '/assets/index-3f2a1b.js', '/sw.js', '/history'];

let h: Harness;

beforeEach(async () => {
  const root = path.join(tempDir('hosts'), 'dist');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Saoma</title>');
  writeFileSync(path.join(root, 'wallet.html'), '<!doctype html><title>Wallet</title>');
  writeFileSync(path.join(root, 'sw.js'), '// sw');
  writeFileSync(path.join(root, 'assets', 'index-3f2a1b.js'), '// app');
  h = await createHarness({
    staticRoot: root,
    faults: new InjectedFaults(),
    allowedHosts: buildHostAllowList({
      bindHost: '0.0.0.0',
      lanAddresses: ['192.168.1.20', 'fd00::2'],
      certificateNames: ['saoma.test'],
      allowedHosts: ['shop.example'],
    }),
  });
});

/** Every method and path the app routes, with its parameters filled in. */
function everyRoute(): { method: string; path: string }[] {
  const seen = new Set<string>();
  const routes: { method: string; path: string }[] = [];
  for (const route of h.app.routes) {
    if (route.method === 'ALL' || !route.path.startsWith('/api/v1/')) continue;
    const path = route.path.replace(/:[A-Za-z]+/g, 'x1');
    const key = `${route.method} ${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    routes.push({ method: route.method, path });
  }
  return routes;
}

function send(method: string, url: string, host: string): Promise<Response> {
  const body = ['GET', 'HEAD'].includes(method) ? undefined : '{}';
  const headers: Record<string, string> = { Host: host };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return Promise.resolve(h.app.request(url, { method, headers, ...(body ? { body } : {}) }));
}

describe('the Host allow-list (DNS rebinding)', () => {
  it('knows every route of the API: the test below covers them all', () => {
    const routes = everyRoute().map(({ method, path }) => `${method} ${path}`);
    expect(routes.length).toBeGreaterThan(20);
    for (const expected of [
      'POST /api/v1/wallets',
      'POST /api/v1/payments',
      'GET /api/v1/demo',
      'POST /api/v1/demo/pairing-codes',
      'POST /api/v1/pairings',
      'GET /api/v1/keys',
      'PUT /api/v1/admin/faults',
    ]) {
      expect(routes).toContain(expected);
    }
  });

  it('answers 421 problem+json to Host: attacker.example on every route, static ones too', async () => {
    const requests = [
      ...everyRoute(),
      ...STATIC_PATHS.map((path) => ({ method: 'GET', path })),
      { method: 'GET', path: '/api/v1/nothing-here' },
    ];
    for (const { method, path } of requests) {
      for (const host of [ATTACKER, `${ATTACKER}:8443`, 'localhost.attacker.example']) {
        const response = await send(method, path, host);
        expect(response.status, `${method} ${path} Host: ${host}`).toBe(421);
        expect(response.headers.get('Content-Type')).toBe(PROBLEM_CONTENT_TYPE);
        expect(await response.json()).toMatchObject({ code: 'MISDIRECTED_REQUEST', status: 421 });
      }
    }
  });

  it('answers the same requests from the hosts it serves', async () => {
    const requests = [...everyRoute(), ...STATIC_PATHS.map((path) => ({ method: 'GET', path }))];
    const hosts = [
      'localhost:8080',
      '127.0.0.1',
      '[::1]:8443',
      'SHOP.example.',
      ...SERVED,
      '[fd00::2]',
    ];
    for (const { method, path } of requests) {
      for (const host of hosts) {
        const response = await send(method, path, host);
        expect(response.status, `${method} ${path} Host: ${host}`).not.toBe(421);
      }
    }
    const page = await send('GET', '/wallet', 'saoma.test:8443');
    expect(await page.text()).toContain('Wallet');
  });

  it('serves the loopback names only when the app is given no list', async () => {
    const plain = await createHarness();
    const ask = (host: string) => plain.app.request('/api/v1/keys', { headers: { Host: host } });
    expect((await ask('localhost:8080')).status).toBe(200);
    expect((await ask('[::1]')).status).toBe(200);
    expect((await ask('192.168.1.20')).status).toBe(421);
  });
});

describe('the Host allow-list on the node servers', () => {
  const CA_DER = Buffer.from([0x30, 0x82, 0x01, 0x0a]);

  async function apiServer(): Promise<number> {
    const allowed = buildHostAllowList({
      bindHost: '127.0.0.1',
      lanAddresses: [],
      certificateNames: ['saoma.test'],
      allowedHosts: [],
    });
    const listener = getRequestListener(withCaDownload(h.app.fetch, CA_DER));
    return listenForTest(createLimitedServer(DEFAULT_SERVER_LIMITS, guardHost(allowed, listener)));
  }

  it('refuses a request without Host, and a foreign Host, before the app and the CA download', async () => {
    const port = await apiServer();
    for (const head of [
      'GET /api/v1/demo HTTP/1.1',
      'GET /saoma-ca.crt HTTP/1.1',
      'GET /saoma-ca.crt HTTP/1.1\r\nHost: attacker.example',
      'GET / HTTP/1.1\r\nHost: attacker.example:80',
      'GET http://localhost/api/v1/demo HTTP/1.1\r\nHost: attacker.example',
    ]) {
      const answer = await rawRequest(port, head);
      expect(answer, head).toMatch(/^HTTP\/1\.1 421 /);
      expect(answer).toContain('application/problem+json');
      expect(answer).toContain('"code":"MISDIRECTED_REQUEST"');
    }
    expect(await rawRequest(port, 'GET /saoma-ca.crt HTTP/1.1\r\nHost: saoma.test')).toMatch(
      /^HTTP\/1\.1 200 /,
    );
    expect(await rawRequest(port, 'GET /api/v1/demo HTTP/1.1\r\nHost: 127.0.0.1:1')).toMatch(
      /^HTTP\/1\.1 200 /,
    );
  });

  it('refuses a foreign or missing Host on the HTTP redirect server, its CA download too', async () => {
    const port = await listenForTest(
      createRedirectServer({
        httpsPort: 8443,
        fallbackHost: 'localhost',
        caDer: CA_DER,
        allowedHosts: [...LOOPBACK_HOSTS, 'saoma.test'],
      }),
    );
    for (const head of [
      'GET / HTTP/1.1\r\nHost: attacker.example',
      'GET /saoma-ca.crt HTTP/1.1\r\nHost: attacker.example',
      'GET / HTTP/1.0',
    ]) {
      const answer = await rawRequest(port, head);
      expect(answer, head).toMatch(/^HTTP\/1\.[01] 421 /);
      expect(answer).toContain('"code":"MISDIRECTED_REQUEST"');
    }
    const redirected = await rawRequest(port, 'GET /x HTTP/1.1\r\nHost: saoma.test:8080');
    expect(redirected).toMatch(/^HTTP\/1\.1 308 /);
    expect(redirected).toContain('Location: https://saoma.test:8443/x');
  });
});

describe('the allowed host names', () => {
  it('compares host parts case-insensitively, without port or final dot, IPv6 in brackets', () => {
    expect(hostOfHeader('Shop.Example.:8443')).toBe('shop.example');
    expect(hostOfHeader('[FD00:0:0:0:0:0:0:2]:80')).toBe('fd00::2');
    expect(hostOfHeader(undefined)).toBeNull();
    expect(hostOfHeader('a b')).toBeNull();
    expect(hostOfHeader('fd00::2')).toBeNull();
    const allowed = ['shop.example', '*.tunnel.example'];
    expect(isAllowedHost('SHOP.EXAMPLE', allowed)).toBe(true);
    expect(isAllowedHost('a.tunnel.example', allowed)).toBe(true);
    expect(isAllowedHost('a.b.tunnel.example', allowed)).toBe(false);
    expect(isAllowedHost('tunnel.example', allowed)).toBe(false);
    expect(isAllowedHost('shop.example.evil', allowed)).toBe(false);
    expect(isAllowedHost('', allowed)).toBe(false);
  });

  it('builds the list from loopback, HOST, the LAN addresses, the certificate and ALLOWED_HOSTS', () => {
    const dir = tempDir('host-names');
    const names = certificateNames(
      'shop-pc',
      [{ address: 'fd00::2', family: 'IPv6' }],
      ['saoma.test'],
    );
    const generated = ensureGeneratedCertificate(dir, 'shop-pc', names, new Date());
    const fromCertificate = certificateHostNames(new X509Certificate(generated.cert));
    expect(fromCertificate).toEqual(
      expect.arrayContaining(['localhost', 'shop-pc', 'shop-pc.local', 'saoma.test']),
    );
    const list = buildHostAllowList({
      bindHost: '10.1.2.3',
      lanAddresses: ['192.168.1.20'],
      certificateNames: fromCertificate,
      allowedHosts: ['Proxy.Example.'],
    });
    for (const host of ['localhost', '127.0.0.1', '[::1]', '10.1.2.3', '192.168.1.20']) {
      expect(isAllowedHost(host, list), host).toBe(true);
    }
    for (const host of ['shop-pc.local', 'saoma.test', '[fd00::2]', 'proxy.example']) {
      expect(isAllowedHost(host, list), host).toBe(true);
    }
    expect(buildHostAllowList({ ...emptySources, bindHost: '0.0.0.0' })).toEqual(LOOPBACK_HOSTS);
  });

  it('parses ALLOWED_HOSTS, and refuses what is not a host name', () => {
    expect(parseAllowedHosts('Proxy.Example., *.trycloudflare.com,,10.0.0.1')).toEqual({
      ok: true,
      hosts: ['proxy.example', '*.trycloudflare.com', '10.0.0.1'],
    });
    for (const bad of ['https://proxy.example', 'proxy.example:443', 'a/b', 'two words']) {
      const parsed = parseAllowedHosts(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain('ALLOWED_HOSTS');
    }
  });
});

const emptySources = { bindHost: '', lanAddresses: [], certificateNames: [], allowedHosts: [] };
