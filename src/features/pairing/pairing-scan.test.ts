import { describe, expect, it } from 'vitest';
import { judgePairingScan } from './pairing-scan.ts';

const PAGE = 'https://192.168.1.20:8443';
const WALLET = 'https://wallet.example:8443';
const origins = [PAGE, WALLET];

describe('judgePairingScan', () => {
  it("takes the code from a terminal pairing link of the page's or the wallet's origin", () => {
    expect(judgePairingScan(`${PAGE}/#pair=ABCD2345`, origins)).toEqual({
      ok: true,
      code: 'ABCD2345',
    });
    expect(judgePairingScan(`${WALLET}#pair=abcd-2345`, origins)).toEqual({
      ok: true,
      code: 'ABCD2345',
    });
  });

  it('takes a bare code, grouped or in lower case', () => {
    expect(judgePairingScan(' abcd 2345 ', origins)).toEqual({ ok: true, code: 'ABCD2345' });
  });

  it('refuses a link to another server and names it', () => {
    expect(judgePairingScan('https://evil.example/#pair=ABCD2345', origins)).toEqual({
      ok: false,
      reason: 'other-server',
      origin: 'https://evil.example',
    });
    // Same host, another port, is another origin.
    expect(judgePairingScan('https://192.168.1.20:9443/#pair=ABCD2345', origins).ok).toBe(false);
  });

  it('refuses payment codes of every kind', () => {
    for (const text of ['283456789012345678', '134567890123456789', '6212345678901234567']) {
      expect(judgePairingScan(text, origins)).toEqual({ ok: false, reason: 'payment-code' });
    }
  });

  it('refuses a wallet-simulator link, a link without a code and other texts', () => {
    expect(judgePairingScan(`${PAGE}/wallet#pair=ABCD2345`, origins)).toEqual({
      ok: false,
      reason: 'wallet-link',
    });
    for (const text of [
      `${PAGE}/`,
      `${PAGE}/history#pair=ABCD2345`,
      `${PAGE}/#pair=`,
      'SOP1.eyJ4IjoxfQ.c2ln',
      'SCP1.abc.def',
      '6901234567892',
      'hello world',
      'ftp://192.168.1.20/#pair=ABCD2345',
      'ABC',
    ]) {
      expect(judgePairingScan(text, origins), text).toEqual({ ok: false, reason: 'not-pairing' });
    }
  });
});
