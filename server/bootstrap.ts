import { resolveAdminToken, type AdminTokenSource } from './auth/admin-token.ts';
import { DEMO_MERCHANT_NAME, seedDemoWallets } from './demo/seed.ts';
import { ensureDefaultMerchant } from './merchants/merchants.ts';
import type { Merchant } from './store/merchants-repo.ts';
import type { Store } from './store/store.ts';
import type { Wallet } from './store/wallets-repo.ts';

export const DEFAULT_MERCHANT_NAME = 'Saoma Shop';

export type Bootstrapped = {
  adminTokenHash: string;
  adminTokenSource: AdminTokenSource;
  /** The admin token, only at the start that generated it (the banner shows it then, once). */
  generatedAdminToken: string | null;
  merchant: Merchant;
  demoWallets: Wallet[];
};

/** Prepares a store for serving: the default merchant, the admin token and the demo data. */
export function bootstrap(
  store: Store,
  options: { demo: boolean; adminToken: string | null },
  now: () => number,
): Promise<Bootstrapped> {
  return store.transaction(async (repos) => {
    const at = now();
    const name = options.demo ? DEMO_MERCHANT_NAME : DEFAULT_MERCHANT_NAME;
    const merchant = await ensureDefaultMerchant(repos, name, at);
    const admin = await resolveAdminToken(repos.settings, options.adminToken);
    const demoWallets = options.demo ? await seedDemoWallets(repos, at) : [];
    return {
      adminTokenHash: admin.tokenHash,
      adminTokenSource: admin.source,
      generatedAdminToken: admin.generated,
      merchant,
      demoWallets,
    };
  });
}
