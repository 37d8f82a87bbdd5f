import { describe, expect, it } from 'vitest';
import { parseWalletOrigin } from './wallet-origin.ts';

const PAGE = 'https://till.shop.example';

describe('parseWalletOrigin', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['https://192.168.1.20:8443', 'https://192.168.1.20:8443'],
    [' https://wallet.shop.example/ ', 'https://wallet.shop.example'],
    ['HTTPS://Wallet.Shop.Example:443', 'https://wallet.shop.example'],
    ['https://[fd00::20]:8443', 'https://[fd00::20]:8443'],
    ['http://localhost:8080', 'http://localhost:8080'],
    [PAGE, ''],
    [`${PAGE}/`, ''],
  ])('reads %j as the origin %j', (text, origin) => {
    expect(parseWalletOrigin(text, PAGE)).toEqual({ ok: true, origin });
  });

  it.each([
    ['192.168.1.20:8443', 'noScheme'],
    ['wallet.shop.example', 'noScheme'],
    ['https://', 'notUrl'],
    ['ftp://wallet.shop.example', 'scheme'],
    ['https://wallet.shop.example/api/v1', 'notOrigin'],
    ['https://wallet.shop.example/?x=1', 'notOrigin'],
    ['https://wallet.shop.example/#top', 'notOrigin'],
    ['https://user:pw@wallet.shop.example', 'notOrigin'],
    ['http://192.168.1.20:8080', 'mixedContent'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseWalletOrigin(text, PAGE)).toEqual({ ok: false, problem });
  });

  it('lets an http page, or the build, name an http wallet', () => {
    const lan = 'http://192.168.1.20:8080';
    expect(parseWalletOrigin(lan, 'http://192.168.1.20:5173')).toEqual({ ok: true, origin: lan });
    expect(parseWalletOrigin(lan, null)).toEqual({ ok: true, origin: lan });
  });
});
