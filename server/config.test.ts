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
});
