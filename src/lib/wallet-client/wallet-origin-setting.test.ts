import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chooseWalletOrigin,
  isWalletCrossOrigin,
  walletApiUrl,
  walletOrigin,
  walletOriginShown,
} from './wallet-origin-setting.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

let storage: Storage;

beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('location', { origin: 'https://till.shop.example' });
});
afterEach(() => vi.unstubAllGlobals());

describe('the wallet server setting', () => {
  it('is the page’s own origin until one is chosen (no VITE_WALLET_URL in tests)', () => {
    expect(walletOrigin()).toBe('');
    expect(isWalletCrossOrigin()).toBe(false);
    expect(walletOriginShown()).toBe('https://till.shop.example');
    expect(walletApiUrl('/api/v1/demo')).toBe('/api/v1/demo');
  });

  it('keeps a chosen wallet server and sends the API there', () => {
    expect(chooseWalletOrigin(' https://wallet.shop.example:8443/ ')).toEqual({
      ok: true,
      origin: 'https://wallet.shop.example:8443',
    });
    expect(walletApiUrl('/api/v1/payments')).toBe(
      'https://wallet.shop.example:8443/api/v1/payments',
    );
    expect(isWalletCrossOrigin()).toBe(true);
  });

  it('changes nothing when the address is refused', () => {
    chooseWalletOrigin('https://wallet.shop.example');
    expect(chooseWalletOrigin('http://192.168.1.20:8080')).toEqual({
      ok: false,
      problem: 'mixedContent',
    });
    expect(chooseWalletOrigin('wallet.other.example')).toEqual({ ok: false, problem: 'noScheme' });
    expect(walletOrigin()).toBe('https://wallet.shop.example');
  });

  it('ignores a stored value it cannot read, rather than calling a broken address', () => {
    storage.setItem('saoma.walletOrigin', 'javascript:alert(1)');
    expect(walletOrigin()).toBe('');
  });

  it('goes back to the page’s origin when that is chosen', () => {
    chooseWalletOrigin('https://wallet.shop.example');
    chooseWalletOrigin('https://till.shop.example');
    expect(walletOrigin()).toBe('');
  });
});
