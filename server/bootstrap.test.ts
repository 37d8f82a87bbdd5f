import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashToken } from './auth/token-hash.ts';
import { bootstrap, DEFAULT_MERCHANT_NAME } from './bootstrap.ts';
import { openTestStore } from './test-support/test-store.ts';
import { tempDir } from './test-support/temp-dir.ts';

const now = () => Date.parse('2026-11-21T08:00:00.000Z');

describe('bootstrap', () => {
  it('seeds the demo shop and wallets once, and keeps them across restarts', async () => {
    const file = path.join(tempDir('boot'), 'wallet.db');
    const first = await openTestStore(file);
    const booted = await bootstrap(first, { demo: true, adminToken: null }, now);
    expect(booted.merchant.name).toBe('Saoma Demo Shop');
    expect(booted.demoWallets.map((wallet) => [wallet.name, wallet.balance])).toEqual([
      ['Alice', 1_000_000],
      ['Bob', 1_000_000],
      ['Chen Wei', 1_000_000],
    ]);
    expect(booted.adminTokenSource).toBe('generated');
    expect(booted.generatedAdminToken).not.toBeNull();
    expect(booted.adminTokenHash).toBe(hashToken(booted.generatedAdminToken ?? ''));
    await first.transaction((r) => r.wallets.debit(booted.demoWallets[0]?.id ?? '', 500));
    await first.close();

    const second = await openTestStore(file);
    const rebooted = await bootstrap(second, { demo: true, adminToken: null }, now);
    expect(rebooted.merchant).toEqual(booted.merchant);
    expect(rebooted.demoWallets.map((wallet) => wallet.id)).toEqual(
      booted.demoWallets.map((wallet) => wallet.id),
    );
    expect(rebooted.demoWallets[0]?.balance).toBe(1_000_000 - 500);
    expect(rebooted.adminTokenHash).toBe(booted.adminTokenHash);
    expect(rebooted.adminTokenSource).toBe('stored');
    // Shown only by the start that made it.
    expect(rebooted.generatedAdminToken).toBeNull();
  });

  it('prefers ADMIN_TOKEN over the stored token, without replacing it', async () => {
    const store = await openTestStore();
    const generated = (await bootstrap(store, { demo: true, adminToken: null }, now))
      .adminTokenHash;
    expect(await bootstrap(store, { demo: true, adminToken: 'from-env' }, now)).toMatchObject({
      adminTokenHash: hashToken('from-env'),
      adminTokenSource: 'env',
      generatedAdminToken: null,
    });
    expect((await bootstrap(store, { demo: true, adminToken: null }, now)).adminTokenHash).toBe(
      generated,
    );
  });

  it('makes a default merchant and no demo wallets outside demo mode', async () => {
    const store = await openTestStore();
    const booted = await bootstrap(store, { demo: false, adminToken: 'x' }, now);
    expect(booted.merchant.name).toBe(DEFAULT_MERCHANT_NAME);
    expect(booted.demoWallets).toEqual([]);
    expect(await store.transaction((r) => r.wallets.listDemo())).toEqual([]);
  });
});
