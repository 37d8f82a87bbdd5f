import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nobleSigningHashes } from '../crypto/noble-hashes.ts';
import { sha256Hex } from '../crypto/sha256-hex.ts';
import { keyedCodeHash } from '../crypto/code-hash.ts';
import { deviceCodeHashKey, saleCodeHash } from './code-hash-key.ts';
import { db, SaomaDatabase, type SaleRow } from './database.ts';
import { saleRow } from './test-support/sale-row.ts';

// Vitest runs in Node, which has WebCrypto: `page.secure = false` plays a page over plain HTTP.
const page = vi.hoisted(() => ({ secure: true }));
vi.mock('../crypto/web-crypto.ts', () => ({
  subtleCrypto: () => (page.secure ? crypto.subtle : undefined),
}));

const CODE = '281234567890123456';

beforeEach(async () => {
  page.secure = true;
  await db.deviceSecrets.clear();
});

describe('saleCodeHash', () => {
  it('is an HMAC under a non-extractable device key, made once and kept', async () => {
    const hash = await saleCodeHash(CODE);
    expect(hash).toMatch(/^h1\.[A-Za-z0-9_-]{43}$/);
    expect(await saleCodeHash(CODE)).toBe(hash);
    expect(await saleCodeHash('281234567890123457')).not.toBe(hash);
    expect(hash).not.toContain(await sha256Hex(CODE));

    const rows = await db.deviceSecrets.toArray();
    expect(rows).toHaveLength(1);
    const key = rows[0]?.key;
    expect(key).toBeInstanceOf(CryptoKey);
    expect(key instanceof CryptoKey && key.extractable).toBe(false);
  });

  it('differs from device to device', async () => {
    const first = await saleCodeHash(CODE);
    await db.deviceSecrets.clear();
    expect(await saleCodeHash(CODE)).not.toBe(first);
  });

  it('gives every caller the same key, even when they ask at once', async () => {
    const keys = await Promise.all([deviceCodeHashKey(), deviceCodeHashKey(), deviceCodeHashKey()]);
    expect(await db.deviceSecrets.count()).toBe(1);
    const hashes = await Promise.all(keys.map((key) => keyedCodeHash(key, CODE)));
    expect(new Set(hashes).size).toBe(1);
  });

  it('keeps raw bytes and hashes with @noble/hashes on a page without WebCrypto, to the same HMAC', async () => {
    page.secure = false;
    const hash = await saleCodeHash(CODE);
    const key = (await db.deviceSecrets.get('code-hash'))?.key;
    expect(key).toBeInstanceOf(Uint8Array);
    if (!(key instanceof Uint8Array)) return;
    const noble = await nobleSigningHashes(key);
    const mac = Buffer.from(await noble.hmacSha256(new TextEncoder().encode(CODE)));
    expect(hash).toBe(`h1.${mac.toString('base64url')}`);
    page.secure = true;
    expect(await keyedCodeHash(key, CODE)).toBe(hash);
  });
});

describe('database version 3', () => {
  it('drops the bare hash of final sales, and keeps pending ones (they still hold the code)', async () => {
    const name = 'saoma-upgrade-test';
    const old = new Dexie(name);
    old.version(2).stores({
      session: 'id',
      sales: 'outTradeNo, state, createdAt, [pending+nextAttemptAt], offlineCodeId, authCodeHash',
      refunds: 'outRefundNo, outTradeNo, state, createdAt, [pending+nextAttemptAt]',
      keyring: 'id',
      settings: 'id',
    });
    const bare = await sha256Hex(CODE);
    await old
      .table<SaleRow, string>('sales')
      .bulkPut([
        saleRow('PAID', 'paid', { authCode: '28************3456', authCodeHash: bare }),
        saleRow('UNKNOWN', 'unknown', { authCode: CODE, authCodeHash: bare }),
      ]);
    old.close();

    const upgraded = new SaomaDatabase(name);
    expect((await upgraded.sales.get('PAID'))?.authCodeHash).toBe('');
    expect((await upgraded.sales.get('UNKNOWN'))?.authCodeHash).toBe(bare);
    expect(await upgraded.deviceSecrets.count()).toBe(0);
    upgraded.close();
  });
});
