import type { WalletCreated } from '../../protocol/wallets.ts';
import { SHORT_WALLET_BALANCE } from './campaign/plan-limits.ts';
import { customerPhone, type CustomerPhone } from './customer-phone.ts';
import type { WalletAdmin } from './wallet-admin.ts';

/** Far more than the campaign can spend: 1,000 sales of at most 3,000.00 each. */
const FUNDED_BALANCE = 300_000_000;

export type CampaignWallets = {
  phones: { funded: CustomerPhone[]; short: CustomerPhone };
  startBalances: Map<string, number>;
};

/** The campaign's own wallets: well-funded ones, and a short one for INSUFFICIENT_FUNDS. */
export async function createCampaignWallets(
  admin: WalletAdmin,
  origin: string,
  funded: number,
): Promise<CampaignWallets> {
  const created: WalletCreated[] = [];
  for (let i = 0; i < funded; i++) {
    created.push(await admin.createWallet(`Campaign ${i + 1}`, FUNDED_BALANCE));
  }
  const short = await admin.createWallet('Campaign short', SHORT_WALLET_BALANCE);
  return {
    phones: {
      funded: created.map((wallet) => customerPhone(origin, wallet)),
      short: customerPhone(origin, short),
    },
    startBalances: new Map([...created, short].map((w) => [w.walletId, w.balance])),
  };
}
