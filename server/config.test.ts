import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('has defaults for everything', () => {
    expect(parseConfig({}, '/srv/saoma')).toEqual({
      ok: true,
      config: {
        port: 8080,
        host: '127.0.0.1',
        dataDir: '/srv/saoma/.data',
        staticDir: null,
        adminToken: null,
        demo: true,
        databaseUrl: null,
        fees: { alipay: 3800, wechat: 3800, unionpay: 3800 },
        allowFaults: false,
        rateLimit: { perSecond: 100, burst: 200 },
        allowedOrigins: [],
        https: null,
        allowedHosts: [],
        openRateLimit: { perMinute: 30, burst: 30 },
        serverLimits: {
          headersTimeoutMs: 10_000,
          requestTimeoutMs: 30_000,
          keepAliveTimeoutMs: 5_000,
          maxConnections: 256,
        },
        codeCaps: { online: 5, offline: 50 },
        codeHashKey: null,
      },
    });
  });

  it('reads every variable, and treats empty ones as unset', () => {
    const parsed = parseConfig(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/saoma',
        STATIC_DIR: '/srv/saoma-web',
        ADMIN_TOKEN: 'adm1n',
        DEMO: '0',
        DATABASE_URL: 'postgres://saoma@db/saoma',
        FEE_RATES: 'wechat=0.6, unionpay=0.25',
        ALLOW_FAULTS: 'yes',
        RATE_LIMIT_PER_SECOND: '5',
        RATE_LIMIT_BURST: '8',
        ALLOWED_ORIGINS: 'https://shop.example, http://192.168.1.20:5173/',
        ALLOWED_HOSTS: 'Saoma.Shop.Example., 10.0.0.9',
        OPEN_RATE_LIMIT_PER_MINUTE: '120',
        HEADERS_TIMEOUT_MS: '2000',
        REQUEST_TIMEOUT_MS: '4000',
        KEEP_ALIVE_TIMEOUT_MS: '1000',
        MAX_CONNECTIONS: '64',
        MAX_UNUSED_ONLINE_CODES: '7',
        MAX_UNUSED_OFFLINE_CODES: '500',
        CODE_HASH_KEY: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
      },
      '/srv',
    );
    expect(parsed).toEqual({
      ok: true,
      config: {
        port: 9000,
        host: '0.0.0.0',
        dataDir: '/var/lib/saoma',
        staticDir: '/srv/saoma-web',
        adminToken: 'adm1n',
        demo: false,
        databaseUrl: 'postgres://saoma@db/saoma',
        fees: { alipay: 3800, wechat: 6000, unionpay: 2500 },
        allowFaults: true,
        rateLimit: { perSecond: 5, burst: 8 },
        allowedOrigins: ['https://shop.example', 'http://192.168.1.20:5173'],
        https: null,
        allowedHosts: ['saoma.shop.example', '10.0.0.9'],
        openRateLimit: { perMinute: 120, burst: 120 },
        serverLimits: {
          headersTimeoutMs: 2000,
          requestTimeoutMs: 4000,
          keepAliveTimeoutMs: 1000,
          maxConnections: 64,
        },
        codeCaps: { online: 7, offline: 500 },
        codeHashKey: Uint8Array.from({ length: 32 }, (_, index) => index),
      },
    });
    expect(parseConfig({ PORT: '', ADMIN_TOKEN: '', DEMO: '' }, '/srv')).toMatchObject({
      ok: true,
      config: { port: 8080, adminToken: null, demo: true },
    });
  });

  it('resolves a relative DATA_DIR and STATIC_DIR against the working directory', () => {
    expect(parseConfig({ DATA_DIR: 'state', STATIC_DIR: 'web' }, '/srv/saoma')).toMatchObject({
      config: { dataDir: '/srv/saoma/state', staticDir: '/srv/saoma/web' },
    });
  });

  it.each([
    ['PORT', 'abc', /PORT must be a whole number/],
    ['PORT', '65536', /PORT/],
    ['PORT', '-1', /PORT/],
    ['PORT', '80.5', /PORT/],
    ['HOST', 'http://x', /HOST/],
    ['DEMO', 'maybe', /DEMO must be/],
    ['ADMIN_TOKEN', 'has space', /ADMIN_TOKEN/],
    ['ALLOW_FAULTS', 'sometimes', /ALLOW_FAULTS must be/],
    ['RATE_LIMIT_PER_SECOND', '-1', /RATE_LIMIT_PER_SECOND must be/],
    ['RATE_LIMIT_BURST', '0', /RATE_LIMIT_BURST must be/],
    ['ALLOWED_ORIGINS', '*', /ALLOWED_ORIGINS must be .* got "\*"/],
    ['ALLOWED_ORIGINS', 'https://shop.example/app', /ALLOWED_ORIGINS .* got "https:\/\/shop/],
    ['ALLOWED_ORIGINS', 'shop.example', /ALLOWED_ORIGINS/],
    ['ALLOWED_ORIGINS', 'ftp://shop.example', /ALLOWED_ORIGINS/],
    ['ALLOWED_ORIGINS', 'https://a.example,https://u:p@b.example', /got "https:\/\/u:p@b/],
    ['ALLOWED_HOSTS', 'https://proxy.example', /ALLOWED_HOSTS must be .* got "https:/],
    ['ALLOWED_HOSTS', 'proxy.example:443', /ALLOWED_HOSTS/],
    ['OPEN_RATE_LIMIT_PER_MINUTE', '-1', /OPEN_RATE_LIMIT_PER_MINUTE must be/],
    ['OPEN_RATE_LIMIT_PER_MINUTE', '2.5', /OPEN_RATE_LIMIT_PER_MINUTE/],
    ['OPEN_RATE_LIMIT_BURST', '0', /OPEN_RATE_LIMIT_BURST must be/],
    ['HEADERS_TIMEOUT_MS', '0', /HEADERS_TIMEOUT_MS must be/],
    ['REQUEST_TIMEOUT_MS', 'soon', /REQUEST_TIMEOUT_MS must be/],
    ['KEEP_ALIVE_TIMEOUT_MS', '-5', /KEEP_ALIVE_TIMEOUT_MS must be/],
    ['MAX_CONNECTIONS', '0', /MAX_CONNECTIONS must be/],
    ['MAX_UNUSED_ONLINE_CODES', '0', /MAX_UNUSED_ONLINE_CODES must be/],
    ['MAX_UNUSED_OFFLINE_CODES', 'many', /MAX_UNUSED_OFFLINE_CODES must be/],
    ['REQUEST_TIMEOUT_MS', '5000', /HEADERS_TIMEOUT_MS \(10000\) may not exceed/],
  ])('refuses %s=%s with a clear message', (name, value, message) => {
    const parsed = parseConfig({ [name]: value }, '/srv');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' ')).toMatch(message);
  });

  it.each(['1', 'true', 'YES', 'on'])('reads DEMO=%s as on', (value) => {
    expect(parseConfig({ DEMO: value }, '/srv')).toMatchObject({ config: { demo: true } });
  });

  it('turns the open ceiling off with OPEN_RATE_LIMIT_PER_MINUTE=0 or off', () => {
    for (const value of ['0', 'off', 'OFF']) {
      expect(parseConfig({ OPEN_RATE_LIMIT_PER_MINUTE: value }, '/srv')).toMatchObject({
        config: { openRateLimit: null },
      });
    }
    expect(
      parseConfig({ OPEN_RATE_LIMIT_PER_MINUTE: '10', OPEN_RATE_LIMIT_BURST: '3' }, '/srv'),
    ).toMatchObject({ config: { openRateLimit: { perMinute: 10, burst: 3 } } });
  });

  it('refuses a CODE_HASH_KEY that is not 32 bytes of base64url', () => {
    const parsed = parseConfig({ CODE_HASH_KEY: 'c2hvcnQ' }, '/srv');
    expect(parsed).toMatchObject({ ok: false });
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      expect.stringMatching(/^CODE_HASH_KEY must be 32 bytes as base64url/),
    ]);
  });

  it('accepts PORT=0 (any free port)', () => {
    expect(parseConfig({ PORT: '0' }, '/srv')).toMatchObject({ config: { port: 0 } });
  });

  it('refuses command-line arguments other than --https', () => {
    const parsed = parseConfig({}, '/srv', ['--http']);
    expect(parsed).toEqual({
      ok: false,
      errors: [
        'Unknown argument "--http"; the only flag is --https (npm start -- --https). Everything else is set by environment variables (README, "Configuration").',
      ],
    });
    expect(parseConfig({}, '/srv', ['8080'])).toMatchObject({ ok: false });
  });
});

describe('parseConfig: HTTPS', () => {
  const generated = { kind: 'generated', extraNames: [] };

  it.each([
    ['HTTPS=1', { HTTPS: '1' }, []],
    ['HTTPS=on', { HTTPS: 'on' }, []],
    ['--https', {}, ['--https']],
  ])(
    '%s serves HTTPS on 8443, redirects from 8080, and listens on every interface',
    (_, env, argv) => {
      expect(parseConfig(env, '/srv', argv)).toMatchObject({
        ok: true,
        config: {
          port: 8443,
          host: '0.0.0.0',
          https: { source: generated, httpPort: 8080 },
        },
      });
    },
  );

  it('stays plain HTTP on 127.0.0.1:8080 with HTTPS=0 or unset', () => {
    for (const env of [{}, { HTTPS: '0' }, { HTTPS: 'no' }]) {
      expect(parseConfig(env, '/srv')).toMatchObject({
        config: { port: 8080, host: '127.0.0.1', https: null },
      });
    }
  });

  it('takes PORT, HOST, HTTP_PORT and TLS_HOSTNAMES with HTTPS', () => {
    expect(
      parseConfig(
        {
          HTTPS: 'true',
          PORT: '443',
          HOST: '::',
          HTTP_PORT: '80',
          TLS_HOSTNAMES: ' Saoma.local, shop-laptop ,192.168.1.20,fd00::2,saoma.local,',
        },
        '/srv',
      ),
    ).toMatchObject({
      ok: true,
      config: {
        port: 443,
        host: '::',
        https: {
          source: {
            kind: 'generated',
            extraNames: ['saoma.local', 'shop-laptop', '192.168.1.20', 'fd00::2'],
          },
          httpPort: 80,
        },
      },
    });
  });

  it('turns the redirect off with HTTP_PORT=off, and takes any free port with HTTP_PORT=0', () => {
    expect(parseConfig({ HTTPS: '1', HTTP_PORT: 'OFF' }, '/srv')).toMatchObject({
      config: { https: { httpPort: null } },
    });
    expect(parseConfig({ HTTPS: '1', PORT: '0', HTTP_PORT: '0' }, '/srv')).toMatchObject({
      config: { port: 0, https: { httpPort: 0 } },
    });
  });

  it('serves a given certificate and key, resolved against the working directory', () => {
    expect(
      parseConfig({ TLS_CERT: 'tls/fullchain.pem', TLS_KEY: '/etc/saoma/key.pem' }, '/srv'),
    ).toMatchObject({
      ok: true,
      config: {
        port: 8443,
        host: '0.0.0.0',
        https: {
          source: {
            kind: 'files',
            certFile: '/srv/tls/fullchain.pem',
            keyFile: '/etc/saoma/key.pem',
          },
          httpPort: 8080,
        },
      },
    });
  });

  it.each([
    [
      { HTTPS: 'maybe' },
      [],
      /^HTTPS must be 1 or 0 \(or true\/false, yes\/no, on\/off\), got "maybe"\.$/,
    ],
    [{ TLS_CERT: 'cert.pem' }, [], /^TLS_CERT and TLS_KEY go together .* only TLS_CERT is set\.$/],
    [{ TLS_KEY: 'key.pem' }, [], /only TLS_KEY is set/],
    [{ HTTPS: '0' }, ['--https'], /^HTTPS=0 contradicts --https/],
    [{ HTTPS: '0', TLS_CERT: 'c', TLS_KEY: 'k' }, [], /^HTTPS=0 contradicts TLS_CERT\/TLS_KEY/],
    [{ TLS_HOSTNAMES: 'saoma.local' }, [], /^TLS_HOSTNAMES .* needs HTTPS=1\.$/],
    [{ HTTP_PORT: '8081' }, [], /^HTTP_PORT is the port that redirects to HTTPS; it needs HTTPS=1/],
    [
      { TLS_CERT: 'c', TLS_KEY: 'k', TLS_HOSTNAMES: 'saoma.local' },
      [],
      /^TLS_HOSTNAMES applies to the generated certificate only/,
    ],
    [{ HTTPS: '1', TLS_HOSTNAMES: 'shop_pc' }, [], /^TLS_HOSTNAMES must be .* got "shop_pc"\.$/],
    [{ HTTPS: '1', TLS_HOSTNAMES: 'a.example,-bad.example' }, [], /got "-bad\.example"/],
    [{ HTTPS: '1', TLS_HOSTNAMES: '*.example' }, [], /TLS_HOSTNAMES/],
    [{ HTTPS: '1', TLS_HOSTNAMES: 'https://saoma.local' }, [], /TLS_HOSTNAMES/],
    [
      { HTTPS: '1', HTTP_PORT: 'eighty' },
      [],
      /^HTTP_PORT must be a whole number from 0 to 65535 \(or "off"\), got "eighty"\.$/,
    ],
    [{ HTTPS: '1', HTTP_PORT: '65536' }, [], /HTTP_PORT must be/],
    [
      { HTTPS: '1', HTTP_PORT: '8443' },
      [],
      /^HTTP_PORT \(the redirect to HTTPS\) and PORT \(HTTPS\) are both 8443/,
    ],
    [
      { HTTPS: '1', PORT: '8080' },
      [],
      /are both 8080; give them different ports, or HTTP_PORT=off\.$/,
    ],
  ])('refuses %j %j with a clear message', (env, argv, message) => {
    const parsed = parseConfig(env, '/srv', argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' ')).toMatch(message);
  });
});
