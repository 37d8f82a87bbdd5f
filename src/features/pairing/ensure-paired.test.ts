import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bytesToBase64Url } from '../../../protocol/base64url.ts';
import { computeSignature, importTerminalKey } from '../../../protocol/signing.ts';
import { TerminalKeyUnusableError } from '../../lib/crypto/terminal-key.ts';
import { db } from '../../lib/db/database.ts';
import { loadTerminalSession } from '../../lib/db/session.ts';
import { ensurePaired } from './ensure-paired.ts';

// Vitest runs in Node, which has WebCrypto: `page.secure = false` plays a page over plain HTTP.
const page = vi.hoisted(() => ({ secure: true }));
vi.mock('../../lib/crypto/web-crypto.ts', () => ({
  subtleCrypto: () => (page.secure ? crypto.subtle : undefined),
}));

const secret = bytesToBase64Url(new Uint8Array(32).map((_, i) => 255 - i));
vi.mock('../../lib/wallet-client/pairing-api.ts', () => ({
  getDemoInfo: () => Promise.resolve({ demo: true, merchantName: 'Demo', wallets: [] }),
  createDemoPairingCode: () => Promise.resolve({ code: 'PAIR-1', expiresAt: '' }),
  pairTerminal: () => Promise.resolve({ terminalId: 't_1', merchantId: 'm_1', secret }),
}));

const request = {
  method: 'POST',
  pathWithQuery: '/api/v1/payments',
  body: '{}',
  ts: 1,
  nonce: 'n-12345678',
};

beforeEach(async () => {
  page.secure = true;
  await db.session.clear();
});

describe('ensurePaired outside a secure context', () => {
  it('pairs, keeps the secret as raw bytes, and signs as WebCrypto would', async () => {
    page.secure = false;
    const paired = await ensurePaired();
    expect((await loadTerminalSession())?.key).toBeInstanceOf(Uint8Array);
    const again = await ensurePaired();
    const expected = await computeSignature(await importTerminalKey(secret), request);
    for (const session of [paired, again]) {
      if (!session) throw new Error('not paired');
      expect(session.terminalId).toBe('t_1');
      expect(await computeSignature(session.key, request)).toBe(expected);
    }
  });

  it('says what to do when the stored key is a CryptoKey it cannot use', async () => {
    await ensurePaired();
    expect((await loadTerminalSession())?.key).not.toBeInstanceOf(Uint8Array);
    page.secure = false;
    await expect(ensurePaired()).rejects.toBeInstanceOf(TerminalKeyUnusableError);
    expect(await loadTerminalSession()).toBeDefined();
  });
});
