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
  ])('refuses %s=%s with a clear message', (name, value, message) => {
    const parsed = parseConfig({ [name]: value }, '/srv');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' ')).toMatch(message);
  });

  it.each(['1', 'true', 'YES', 'on'])('reads DEMO=%s as on', (value) => {
    expect(parseConfig({ DEMO: value }, '/srv')).toMatchObject({ config: { demo: true } });
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
